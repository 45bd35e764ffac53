// zod pieces for HTML form fields, which always arrive as strings: "" means "not given". Their
// messages are keys (see lib/i18n/message.ts) naming the field, rendered in the reader's language.
import { z } from "zod";
import { isIsoDay } from "../dates";
import { msg } from "../i18n/message";

export const requiredText = (field: string, max: number, min = 1) =>
  z
    .string({ message: msg("v.required", { field }) })
    .trim()
    .min(min, { message: min > 1 ? msg("v.minLength", { field, min }) : msg("v.required", { field }) })
    .max(max, { message: msg("v.maxLength", { field, max }) });

export const optionalText = (field: string, max: number) =>
  z
    .string({ message: msg("v.invalid", { field }) })
    .trim()
    .max(max, { message: msg("v.maxLength", { field, max }) })
    .optional()
    .transform((value) => value || null);

export const optionalDay = (field: string) =>
  z
    .string({ message: msg("v.day", { field }) })
    .trim()
    .optional()
    .refine((value) => !value || isIsoDay(value), { message: msg("v.day", { field }) })
    .transform((value) => value || null);

export const requiredDay = (field: string) =>
  z
    .string({ message: msg("v.required", { field }) })
    .trim()
    .refine((value) => isIsoDay(value), { message: msg("v.day", { field }) });

export const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, field: string) =>
  z
    .string({ message: msg("v.choose", { field }) })
    .optional()
    .transform((value) => value || null)
    .pipe(z.enum(values, { message: msg("v.choose", { field }) }).nullable());

export const requiredEnum = <T extends readonly [string, ...string[]]>(values: T, field: string) => z.enum(values, { message: msg("v.choose", { field }) });

export const wholeUsd = (field: string) =>
  z
    .string({ message: msg("v.usd", { field }) })
    .trim()
    .optional()
    .transform((value) => (value ?? "").replace(/[,\s]/g, "").replace(/^US?\$/i, ""))
    .refine((value) => value === "" || /^\d{1,12}$/.test(value), { message: msg("v.usd", { field }) })
    .transform((value) => (value === "" ? null : Number(value)));

/** A database id as a form sends it: digits only, so "0x1", "1e0" and " 1 " are refused, not read as 1. */
export const positiveId = (field: string) =>
  z
    .string({ message: msg("v.missing", { field }) })
    .regex(/^[1-9]\d{0,9}$/, { message: msg("v.invalid", { field }) })
    .transform(Number)
    .refine((id) => id <= 2_147_483_647, { message: msg("v.invalid", { field }) });

export const version = positiveId("version");
