"use server";

import { writeAction } from "../actions/write-action";
import { msg } from "../i18n/message";
import { economyNames } from "../labels";
import * as office from "./mutations";
import { officeSettingsSchema } from "./schema";

/** Administrators only: every officer who chose no economy of their own follows this one. */
export const setOfficeEconomy = writeAction({
  role: "ADMIN",
  schema: officeSettingsSchema,
  write: (tx, admin, input) => office.setOfficeEconomy(tx, admin, input),
  answer: ({ economy }) => ({ message: economy ? msg("settings.office.saved", economyNames(economy)) : msg("settings.office.cleared") }),
});
