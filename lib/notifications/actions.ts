"use server";

import { writeAction } from "../actions/write-action";
import { systemClock } from "../clock";
import { msg } from "../i18n/message";
import * as notifications from "./mutations";
import { markAllReadSchema, markReadSchema } from "./schema";

// Any signed-in officer, on their own notifications. Every page is revalidated: the bell in the
// header counts what is unread.

export const markNotificationRead = writeAction({
  role: "VIEWER",
  schema: markReadSchema,
  write: (tx, me, input) => notifications.markNotificationRead(tx, me, { ...input, now: systemClock() }),
  answer: () => ({ message: msg("notifications.markedOne") }),
});

export const markAllNotificationsRead = writeAction({
  role: "VIEWER",
  schema: markAllReadSchema,
  write: (tx, me, input) => notifications.markAllNotificationsRead(tx, me, { ...input, now: systemClock() }),
  answer: ({ marked }) => ({ message: msg("notifications.markedAll", { count: marked }) }),
});
