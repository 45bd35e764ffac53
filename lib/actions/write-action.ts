import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { CurrentUser } from "../auth/session";
import type { Role } from "../db/generated/enums";
import { writeTransaction, type Tx } from "../db/write";
import type { ActionResult } from "./result";
import { runAction } from "./run";

type Success = Omit<Extract<ActionResult, { ok: true }>, "ok">;

interface WriteActionSpec<S extends z.ZodType, R> {
  role: Role;
  /** Lets a user who must still set up a required second factor act. */
  allowSecondFactorSetUp?: boolean;
  schema: S;
  /** The feature's write (lib/<feature>/mutations.ts), run in one transaction. */
  write: (tx: Tx, user: CurrentUser, input: z.output<S>) => Promise<R>;
  /** What the officer is told when it went through. */
  answer: (written: R, input: z.output<S>) => Success;
  /** The path whose pages show the change; every page by default. */
  revalidate?: string;
  /** Where the browser goes after a success, when it leaves the form. */
  redirectTo?: (success: Success) => string | null;
}

/**
 * A server action that writes: authorise, parse, call the write layer, answer. Every form that
 * changes the work plan is one of these, so none can skip a step or write outside its feature's
 * rules.
 */
export function writeAction<S extends z.ZodType, R>(spec: WriteActionSpec<S, R>) {
  return async (_previous: ActionResult | null, formData: FormData): Promise<ActionResult> => {
    const result = await runAction(
      {
        role: spec.role,
        allowSecondFactorSetUp: spec.allowSecondFactorSetUp,
        schema: spec.schema,
        run: async (input, user) => {
          const written = await writeTransaction((tx) => spec.write(tx, user, input));
          if (spec.revalidate) revalidatePath(spec.revalidate);
          else revalidatePath("/", "layout");
          return { ok: true, ...spec.answer(written, input) };
        },
      },
      formData,
    );
    const to = result.ok ? spec.redirectTo?.(result) : null;
    // Outside runAction: a redirect is thrown, and must not read as the write's failure.
    if (to) redirect(to as never);
    return result;
  };
}
