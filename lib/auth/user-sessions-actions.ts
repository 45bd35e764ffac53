"use server";

import { z } from "zod";
import { writeAction } from "../actions/write-action";
import { msg } from "../i18n/message";
import { userRefSchema } from "../users/schema";
import * as sessions from "./user-sessions-mutations";

const SECURITY_PAGE = "/account/security";

const sessionRefSchema = z.object({
  sessionId: z
    .string({ message: msg("v.required", { field: "session" }) })
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, { message: msg("v.invalid", { field: "session" }) }),
});

/** Any signed-in officer: signs out one of their other sessions. */
export const endOwnSession = writeAction({
  role: "VIEWER",
  allowSecondFactorSetUp: true,
  schema: sessionRefSchema,
  write: (tx, me, input) => sessions.endOwnSession(tx, me, input),
  answer: () => ({ message: msg("sessions.endedOne") }),
  revalidate: SECURITY_PAGE,
});

/** Any signed-in officer: signs out every session but this one. */
export const endOwnOtherSessions = writeAction({
  role: "VIEWER",
  allowSecondFactorSetUp: true,
  schema: z.object({}),
  write: (tx, me) => sessions.endOwnOtherSessions(tx, me),
  answer: (count) => ({ message: msg("sessions.endedOthers", { count }) }),
  revalidate: SECURITY_PAGE,
});

/** Administrators: ends every session of another account. */
export const endAllSessionsOf = writeAction({
  role: "ADMIN",
  schema: userRefSchema,
  write: (tx, me, input) => sessions.endAllSessionsOf(tx, me, input),
  answer: ({ email, count }) => ({ message: msg("sessions.endedAll", { email, count }) }),
  revalidate: "/admin/users",
});
