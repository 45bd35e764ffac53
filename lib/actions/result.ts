// One result shape for every server action, so forms show the same kinds of errors everywhere.
import { z } from "zod";
import { msg } from "../i18n/message";

export type FieldErrors = Record<string, string[]>;

export interface ConflictField {
  name: string;
  label: string;
  yours: string;
  saved: string;
}

export type ActionResult =
  | {
      ok: true;
      message: string;
      id?: number;
      secret?: string;
      /** The save went through on top of a colleague's change to other fields. */
      merged?: boolean;
    }
  | {
      ok: false;
      message: string;
      fieldErrors?: FieldErrors;
      /** What the user typed, echoed so the form keeps it (never passwords). */
      values?: Record<string, string>;
      conflict?: { savedVersion: number; fields: ConflictField[]; saved?: Record<string, string> };
    };

export function invalid(error: z.ZodError, values: Record<string, string>): ActionResult {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, message: msg("a.fieldsNeedAttention"), fieldErrors, values };
}

export function failure(message: string, values?: Record<string, string>, fieldErrors?: FieldErrors): ActionResult {
  return { ok: false, message, values, fieldErrors };
}
