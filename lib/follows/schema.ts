import { z } from "zod";
import { positiveId } from "../forms/fields";
import { msg } from "../i18n/message";

/** The follow button's form: the item, and whether the officer wants to follow it from now on. */
export const setFollowSchema = z.object({
  itemId: positiveId("item"),
  following: z.enum(["true", "false"], { message: msg("follows.badChoice") }).transform((value) => value === "true"),
});

export type SetFollow = z.output<typeof setFollowSchema>;
