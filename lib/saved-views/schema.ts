import { z } from "zod";
import { msg } from "../i18n/message";
import { VIEW_NAME_MAX, VIEW_QUERY_MAX } from "./limits";

const viewName = z
  .string({ message: msg("savedViews.nameRequired") })
  .trim()
  .min(1, { message: msg("savedViews.nameRequired") })
  .max(VIEW_NAME_MAX, { message: msg("savedViews.nameTooLong", { max: VIEW_NAME_MAX }) });

const viewId = z
  .string({ message: msg("savedViews.gone") })
  .regex(/^[1-9]\d{0,9}$/, { message: msg("savedViews.gone") })
  .transform(Number)
  .refine((id) => id <= 2_147_483_647, { message: msg("savedViews.gone") });

/** A checkbox: present ("on") when ticked, absent otherwise. */
const ticked = z
  .string()
  .optional()
  .transform((value) => value === "on" || value === "true");

const yesNo = z.enum(["true", "false"], { message: msg("savedViews.badChoice") }).transform((value) => value === "true");

export const createViewSchema = z.object({
  name: viewName,
  query: z.string({ message: msg("savedViews.badQuery") }).max(VIEW_QUERY_MAX, { message: msg("savedViews.queryTooLong") }),
  shared: ticked,
});

export const renameViewSchema = z.object({ id: viewId, name: viewName });
export const shareViewSchema = z.object({ id: viewId, shared: yesNo });
export const viewRefSchema = z.object({ id: viewId });
export const subscribeViewSchema = z.object({ id: viewId, subscribed: yesNo });
