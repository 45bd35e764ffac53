import "server-only";
import { createTranslator } from "next-intl";
import { z } from "zod";
import { db } from "../db";
import { economySelect } from "../economies/queries";
import { msg, translateMessage } from "../i18n/message";
import en from "../i18n/messages/en.json";
import { parseListRequest, rawQuery } from "../items/list-request";
import { listQuerySchema, type ItemFilters } from "../items/schema";
import { userForToken } from "../tokens/tokens";
import type { Paging } from "./list-sql";

const english = createTranslator({ locale: "en", messages: en });

export function apiError(status: 400 | 401 | 404, error: string, messages: string[]) {
  return Response.json(
    { error, message: messages.map((m) => translateMessage(english as never, m)).join(" ") },
    { status, headers: { "Cache-Control": "no-store", ...(status === 401 ? { "WWW-Authenticate": 'Bearer realm="sccp-tracker"' } : {}) } },
  );
}

/** The user a request's bearer token belongs to; API clients never get a sign-in redirect. */
export async function apiUser(request: Request) {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? userForToken(match[1]!, "api") : null;
}

/** Paging as every list reads it: `page` from 1, `pageSize` from 1 to 200 (50 when absent). */
export const pagingFields = {
  page: z
    .string()
    .regex(/^[1-9]\d{0,5}$/, { message: msg("v.page") })
    .transform(Number)
    .default(1),
  pageSize: z
    .string()
    .regex(/^[1-9]\d{0,2}$/, { message: msg("api.pageSize") })
    .transform(Number)
    .refine((n) => n <= 200, { message: msg("api.pageSize") })
    .default(50),
};

/** Every list endpoint's query: the work plan's filters and the page asked for, nothing else. */
const apiListSchema = listQuerySchema(pagingFields);

/** Splits a request's query into the work plan's filters and paging, refusing anything else. */
export async function parseListQuery(request: Request): Promise<{ ok: false; response: Response } | { ok: true; filters: ItemFilters; paging: Paging }> {
  const parsed = await parseListRequest(new URL(request.url).searchParams, apiListSchema);
  if (!parsed.ok) return { ok: false, response: apiError(400, "bad_request", parsed.problems) };
  const { page, pageSize, ...filters } = parsed.data;
  return { ok: true, filters, paging: { page, pageSize } };
}

const problems = (error: z.ZodError) => error.issues.map((issue) => issue.message);

/**
 * The start of an endpoint with its own parameters: a valid token, then the query read by the
 * endpoint's schema (lib/api/params.ts, so an unknown or repeated parameter is refused by name),
 * or the JSON 400 naming every problem.
 */
export async function apiRequest<Schema extends z.ZodType>(request: Request, schema: Schema) {
  if (!(await apiUser(request))) return { ok: false as const, response: apiError(401, "unauthorized", [msg("api.unauthorized")]) };
  const parsed = schema.safeParse(rawQuery(new URL(request.url).searchParams));
  if (parsed.success) return { ok: true as const, data: parsed.data as z.output<Schema> };
  return { ok: false as const, response: apiError(400, "bad_request", problems(parsed.error)) };
}

type EconomyRow = { code: string; name: string; shortName: string | null; nameZh: string };

export const economyJson = (economy: EconomyRow) => ({ code: economy.code, name: economy.name, shortName: economy.shortName, nameZh: economy.nameZh });

export async function economiesJson() {
  const economies = await db.economy.findMany({ select: { ...economySelect, apecOrder: true }, orderBy: { apecOrder: "asc" } });
  return economies.map((economy) => ({ ...economyJson(economy), apecOrder: economy.apecOrder }));
}

type ItemRow = import("../items/queries").ItemRow;

export const itemJson = (row: ItemRow) => ({
  id: row.id,
  kind: row.kind,
  year: row.year,
  projectNumber: row.projectNumber,
  titleEn: row.titleEn,
  titleZh: row.titleZh,
  status: row.status,
  proposer: economyJson(row.proposer),
  coSponsors: row.coSponsors.map((economy) => ({ ...economyJson(economy), joinedOn: economy.joinedOn })),
  nextMilestone: row.nextMilestone
    ? {
        id: row.nextMilestone.id,
        title: row.nextMilestone.title,
        titleZh: row.nextMilestone.titleZh,
        precision: row.nextMilestone.precision,
        dueStart: row.nextMilestone.dueStart,
        dueEnd: row.nextMilestone.dueEnd,
        anchor: row.nextMilestone.anchor,
        status: row.nextMilestone.status,
      }
    : null,
});

/** The start of every list endpoint: a valid token, then valid filters and paging. */
export async function listRequest(request: Request) {
  if (!(await apiUser(request))) return { ok: false as const, response: apiError(401, "unauthorized", [msg("api.unauthorized")]) };
  return parseListQuery(request);
}
