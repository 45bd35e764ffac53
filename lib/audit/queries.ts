import "server-only";
import { db } from "../db";
import type { Prisma } from "../db/generated/client";
import type { AuditFilters } from "./schema";

const eventSelect = {
  id: true,
  at: true,
  action: true,
  entityType: true,
  entityId: true,
  itemId: true,
  summary: true,
  before: true,
  after: true,
  user: { select: { id: true, name: true, email: true } },
} as const;

function parse(json: string | null): Record<string, unknown> | null {
  if (!json) return null;
  try {
    return JSON.parse(json) as Record<string, unknown>;
  } catch {
    return null;
  }
}

function decode<T extends { before: string | null; after: string | null }>(event: T) {
  return { ...event, before: parse(event.before), after: parse(event.after) };
}

/** Every change to one item, its co-sponsors, milestones and meeting reports; newest first. */
export async function itemHistory(itemId: number) {
  const events = await db.auditEvent.findMany({ where: { itemId }, select: eventSelect, orderBy: [{ at: "desc" }, { id: "desc" }] });
  return events.map(decode);
}

export const AUDIT_PAGE_SIZE = 50;

export async function listAuditEvents(filters: AuditFilters) {
  const where: Prisma.AuditEventWhereInput = {
    ...(filters.user ? { userId: filters.user } : {}),
    ...(filters.entity ? { entityType: filters.entity } : {}),
    ...(filters.action ? { action: { startsWith: filters.action } } : {}),
    ...(filters.from || filters.to
      ? {
          at: {
            ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}),
            ...(filters.to ? { lt: new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
          },
        }
      : {}),
  };
  const [total, events, users] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      select: eventSelect,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
    db.user.findMany({ select: { id: true, name: true, email: true }, orderBy: { name: "asc" } }),
  ]);
  return { total, page: filters.page, pageSize: AUDIT_PAGE_SIZE, events: events.map(decode), users };
}
