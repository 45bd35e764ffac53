import { msg } from "../i18n/message";
import type { ConflictField } from "./result";

/** A stale edit: someone saved this record since the user loaded it. */
export class ConflictError extends Error {
  constructor(
    readonly savedVersion: number,
    readonly fields: ConflictField[],
    /** The form as it should come back: the user's changes on top of the saved record. */
    readonly merged?: Record<string, string>,
    /** The saved record's values: what the user's next attempt starts from. */
    readonly saved?: Record<string, string>,
  ) {
    super(msg("a.conflict"));
  }
}

/** A refusal with a message for the user; the transaction is rolled back and nothing is written. */
export class RefusedError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}
