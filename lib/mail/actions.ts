"use server";

import { writeAction } from "../actions/write-action";
import { systemClock } from "../clock";
import { msg } from "../i18n/message";
import * as outbox from "./mutations";
import { retrySchema } from "./schema";

/** A failed message tried again with a fresh set of attempts, or a waiting one on the next pass. */
export const retryOutboxMessage = writeAction({
  role: "ADMIN",
  schema: retrySchema,
  write: (tx, admin, { id }) => outbox.retryMessage(tx, admin, id, systemClock()),
  answer: (was) => ({ message: msg(was === "failed" ? "outboxRetry.retried" : "outboxRetry.retriedNow") }),
  revalidate: "/admin/outbox",
});
