import "server-only";
import { db } from "../db";
import { describeUserAgent, type DescribedAgent } from "./user-agent";
import type { SignInMethod } from "./user-sessions-mutations";

export interface OwnSession {
  id: string;
  method: SignInMethod;
  agent: DescribedAgent;
  address: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  current: boolean;
}

/** The officer's sessions that can still be used, the one in hand first, then the most recently used. */
export async function listOwnSessions(userId: number, currentSessionId: string, now = new Date()): Promise<OwnSession[]> {
  const rows = await db.userSession.findMany({
    where: { userId, expiresAt: { gt: now } },
    orderBy: [{ lastSeenAt: "desc" }, { createdAt: "desc" }],
    select: { id: true, method: true, userAgent: true, address: true, createdAt: true, lastSeenAt: true },
  });
  return rows
    .map((row) => ({
      id: row.id,
      method: row.method === "oidc" ? ("oidc" as const) : ("password" as const),
      agent: describeUserAgent(row.userAgent),
      address: row.address,
      createdAt: row.createdAt,
      lastSeenAt: row.lastSeenAt,
      current: row.id === currentSessionId,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}

/** How many live sessions each account has, for the administrators' list of users. */
export async function liveSessionCounts(now = new Date()): Promise<Map<number, number>> {
  const groups = await db.userSession.groupBy({ by: ["userId"], where: { expiresAt: { gt: now } }, _count: { _all: true } });
  return new Map(groups.map((group) => [group.userId, group._count._all]));
}
