import "server-only";
import { db } from "../db";

/** The user's API tokens that still work, newest first. */
export function liveApiTokens(userId: number) {
  return db.accessToken.findMany({
    where: { userId, purpose: "api", revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, label: true, createdAt: true, lastUsedAt: true },
  });
}

/** The user's calendar address that still works, if any (renewing ends the previous one). */
export function liveCalendarToken(userId: number) {
  return db.accessToken.findFirst({
    where: { userId, purpose: "calendar", revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, lastUsedAt: true },
  });
}
