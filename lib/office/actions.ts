"use server";

import { writeAction } from "../actions/write-action";
import { secondFactorSettingSchema } from "../auth/second-factor-schema";
import { msg } from "../i18n/message";
import { economyNames } from "../labels";
import * as office from "./mutations";
import { officeNameSchema, officeSettingsSchema } from "./schema";

/** Administrators only: every officer who chose no economy of their own follows this one. */
export const setOfficeEconomy = writeAction({
  role: "ADMIN",
  schema: officeSettingsSchema,
  write: (tx, admin, input) => office.setOfficeEconomy(tx, admin, input),
  answer: ({ economy }) => ({ message: economy ? msg("settings.office.saved", economyNames(economy)) : msg("settings.office.cleared") }),
});

/** Administrators only: the name mission reports put on their cover. */
export const setOfficeName = writeAction({
  role: "ADMIN",
  schema: officeNameSchema,
  write: (tx, admin, input) => office.setOfficeName(tx, admin, input),
  answer: () => ({ message: msg("officeName.saved") }),
});

/** Administrators only: whether every officer must sign in with a second factor (administrators always must). */
export const setSecondFactorRequired = writeAction({
  role: "ADMIN",
  schema: secondFactorSettingSchema,
  write: (tx, admin, input) => office.setSecondFactorRequired(tx, admin, input),
  answer: ({ required }) => ({ message: msg(required ? "settings.secondFactor.savedOn" : "settings.secondFactor.savedOff") }),
});
