import "server-only";
import type { z } from "zod";
import { AuthorizationError, requireRole, type CurrentUser } from "../auth/session";
import type { Role } from "../db/generated/enums";
import { msg } from "../i18n/message";
import { ConflictError, RefusedError } from "./errors";
import { formValues } from "./form-values";
import { failure, invalid, type ActionResult } from "./result";

interface ActionSpec<S extends z.ZodType> {
  role: Role;
  /** Lets a user who still has a temporary password act (only to change it). */
  allowPasswordChange?: boolean;
  /** Lets a user who must still set up a required second factor act (to set it up, or to end sessions). */
  allowSecondFactorSetUp?: boolean;
  schema: S;
  /** Form fields never echoed back (passwords). */
  secretFields?: string[];
  run: (input: z.output<S>, user: CurrentUser) => Promise<ActionResult>;
}

/**
 * Every server action goes through here, in this order: authenticate and authorise (server actions
 * are public endpoints, whatever the UI shows), validate with the form's zod schema, then run the
 * change, which writes in one transaction and records its audit event. Known refusals come back
 * as messages; nothing is written when any step fails.
 */
export async function runAction<S extends z.ZodType>(spec: ActionSpec<S>, formData: FormData): Promise<ActionResult> {
  // An action is a public endpoint: a crafted call may send anything in place of a form.
  if (!(formData instanceof FormData)) return failure(msg("a.badRequest"));
  const values = formValues(formData, spec.secretFields);
  let user: CurrentUser;
  try {
    user = await requireRole(spec.role, { allowPasswordChange: spec.allowPasswordChange, allowSecondFactorSetUp: spec.allowSecondFactorSetUp });
  } catch (error) {
    if (error instanceof AuthorizationError) return failure(error.message, values);
    throw error;
  }
  const parsed = spec.schema.safeParse(formToObject(formData));
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    return await spec.run(parsed.data, user);
  } catch (error) {
    if (error instanceof ConflictError) {
      return {
        ok: false,
        message: error.message,
        values: error.merged ? { ...values, ...error.merged } : values,
        conflict: { savedVersion: error.savedVersion, fields: error.fields, saved: error.saved },
      };
    }
    if (error instanceof RefusedError) return failure(error.message, values, error.fieldErrors);
    if (isUniqueViolation(error)) return failure(msg("a.alreadyExists"), values);
    throw error;
  }
}

/** Form fields as an object; a field given several times (checkboxes) becomes an array. */
export function formToObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = all.length > 1 || key.endsWith("[]") ? all : (all[0] ?? "");
  }
  return out;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}
