// zod pieces for HTML form fields, which always arrive as strings: "" means "not given".
import { z } from "zod";
import { isIsoDay } from "../dates";

export const requiredText = (label: string, max: number, min = 1) =>
  z
    .string({ message: `${label} is required.` })
    .trim()
    .min(min, { message: min > 1 ? `${label} needs at least ${min} characters.` : `${label} is required.` })
    .max(max, { message: `${label} is at most ${max} characters.` });

export const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label} is at most ${max} characters.` })
    .optional()
    .transform((value) => value || null);

export const optionalDay = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .refine((value) => !value || isIsoDay(value), { message: `${label} must be a real date such as 2024-04-30.` })
    .transform((value) => value || null);

export const requiredDay = (label: string) =>
  z
    .string({ message: `${label} is required.` })
    .trim()
    .refine((value) => isIsoDay(value), { message: `${label} must be a real date such as 2024-04-30.` });

export const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z
    .string()
    .optional()
    .transform((value) => value || null)
    .pipe(z.enum(values, { message }).nullable());

export const wholeUsd = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ?? "").replace(/[,\s]/g, "").replace(/^US?\$/i, ""))
    .refine((value) => value === "" || /^\d{1,12}$/.test(value), { message: `${label} is a whole number of US dollars, e.g. 150000.` })
    .transform((value) => (value === "" ? null : Number(value)));

/** A database id as a form sends it: digits only, so "0x1", "1e0" and " 1 " are refused, not read as 1. */
export const positiveId = (label: string) =>
  z
    .string({ message: `${label} is missing.` })
    .regex(/^[1-9]\d{0,9}$/, { message: `${label} is not valid.` })
    .transform(Number)
    .refine((id) => id <= 2_147_483_647, { message: `${label} is not valid.` });

export const version = positiveId("The version you edited");
