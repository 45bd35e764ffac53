// The scheduler's digest step: every officer whose digest moment has come gets their digest, and
// one for each saved view they subscribe to, composed into the outbox in the officer's language.
import "server-only";
import { dayInZone } from "../dates";
import { db } from "../db";
import { lockRow, writeTransaction, type Tx } from "../db/write";
import { DEFAULT_LOCALE, isLocale } from "../i18n/config";
import { parseListRequest } from "../items/list-request";
import { itemTableSchema, type ItemFilters } from "../items/schema";
import { enqueueMail } from "../mail/enqueue";
import { unsubscribeUrl, type UnsubscribeToken } from "../mail/unsubscribe";
import { officeTimeZone } from "../today";
import { collectSections, DigestReads, followedScope, overdueActionsOf, viewScope, type DigestScope } from "./collect";
import { composeDigest, isEmptyDigest } from "./compose";
import { appBaseUrl, ownDigestLinks, viewDigestLinks } from "./links";
import { digestIsDue, latestDigestSlot, previousDigestSlot, type DigestSchedule } from "./schedule";

/** Officers read per batch: the run's memory follows the batch, not the number of officers. */
const BATCH = 100;
/** The oldest change a digest tells of: one switched back on after months does not recount them all. */
const LOOKBACK_MS = 31 * 86_400_000;

export interface DigestRunReport {
  /** Officers with a digest (their own or a view's) due. */
  officers: number;
  /** Digests put in the outbox, an officer's own and views'. */
  composed: number;
  /** Digests due with nothing to say: no email, and the next one starts from here. */
  empty: number;
  /** Subscriptions skipped because the view can no longer be read (no longer shared, or its query refused). */
  unreadable: number;
}

interface RunContext {
  now: Date;
  zone: string;
  base: string;
  reads: DigestReads;
  views: Map<string, Promise<ItemFilters | null>>;
}

/**
 * Composes every digest due at `now`. Each officer's are written in one transaction that holds
 * their row: it reads again when their last digest was, so of two schedulers running at once (two
 * instances) only the first composes it, and the second finds it done; the outbox's key refuses a
 * second copy besides. Nothing to say sends nothing, but the digest still counts as done.
 */
export async function composeDueDigests(now: Date): Promise<DigestRunReport> {
  const zone = officeTimeZone();
  const context: RunContext = { now, zone, base: appBaseUrl(), reads: new DigestReads(dayInZone(now, zone)), views: new Map() };
  const report: DigestRunReport = { officers: 0, composed: 0, empty: 0, unreadable: 0 };
  for (let after = 0; ;) {
    const batch = await db.user.findMany({
      where: { id: { gt: after }, active: true, digestFrequency: { not: "OFF" } },
      orderBy: { id: "asc" },
      take: BATCH,
      select: {
        id: true,
        digestFrequency: true,
        digestWeekday: true,
        lastDigestAt: true,
        createdAt: true,
        viewSubscriptions: { select: { lastDigestAt: true, createdAt: true } },
      },
    });
    if (batch.length === 0) break;
    after = batch[batch.length - 1]!.id;
    for (const officer of batch) {
      const slot = latestDigestSlot({ frequency: officer.digestFrequency, weekday: officer.digestWeekday }, now, zone);
      const viewsDue = officer.viewSubscriptions.some((subscription) => digestIsDue(slot, subscription.lastDigestAt, subscription.createdAt));
      if (!viewsDue && !digestIsDue(slot, officer.lastDigestAt, officer.createdAt)) continue;
      const outcome = await writeTransaction((tx) => composeForOfficer(tx, officer.id, viewsDue, context));
      if (outcome.composed + outcome.empty + outcome.unreadable > 0) report.officers++;
      report.composed += outcome.composed;
      report.empty += outcome.empty;
      report.unreadable += outcome.unreadable;
    }
  }
  return report;
}

type Outcome = Omit<DigestRunReport, "officers">;

/**
 * `viewsDue`: whether the batch found a view digest due. One that was not cannot have become due
 * since: a subscription made in between is newer than the moment.
 */
async function composeForOfficer(tx: Tx, userId: number, viewsDue: boolean, context: RunContext): Promise<Outcome> {
  const outcome: Outcome = { composed: 0, empty: 0, unreadable: 0 };
  await lockRow(tx, "User", userId);
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      locale: true,
      active: true,
      economyCode: true,
      digestFrequency: true,
      digestWeekday: true,
      lastDigestAt: true,
      createdAt: true,
      _count: { select: { follows: true } },
    },
  });
  if (!user?.active || user.digestFrequency === "OFF") return outcome;
  const frequency = user.digestFrequency;
  const schedule: DigestSchedule = { frequency, weekday: user.digestWeekday };
  const slot = latestDigestSlot(schedule, context.now, context.zone)!;
  const locale = isLocale(user.locale) ? user.locale : DEFAULT_LOCALE;
  const { reads, zone, base } = context;

  const compose = async (
    scope: DigestScope,
    period: { last: Date | null; created: Date },
    mail: { kind: "digest" | "view-digest"; dedupeKey: string },
    view: ViewPart | null,
  ) => {
    const since = changesSince(schedule, slot, period.last, period.created, zone);
    const sections = {
      ...(await collectSections(tx, reads, scope, user.id, since, slot)),
      actions: view ? undefined : await overdueActionsOf(tx, user.id, reads.today, base),
    };
    if (isEmptyDigest(sections)) {
      outcome.empty++;
      return;
    }
    const token: UnsubscribeToken = { userId: user.id, target: view ? { kind: "view", viewId: view.id } : { kind: "digest" } };
    const composed = composeDigest(
      {
        recipient: { name: user.name, locale },
        frequency,
        view: view ? { name: view.name, url: view.url } : null,
        today: reads.today,
        since,
        ...sections,
        links: view ? viewDigestLinks(base, view.filters) : ownDigestLinks(base),
        unsubscribeUrl: unsubscribeUrl(base, "/unsubscribe", token),
      },
      zone,
    );
    await enqueueMail(
      tx,
      {
        ...mail,
        userId: user.id,
        to: user.email,
        ...composed,
        headers: {
          "List-Unsubscribe": `<${unsubscribeUrl(base, "/api/unsubscribe", token)}>`,
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
      },
      context.now,
    );
    outcome.composed++;
  };

  if (digestIsDue(slot, user.lastDigestAt, user.createdAt)) {
    const economy = user.economyCode ?? (await reads.officeEconomy(tx));
    const scope = followedScope(user.id, economy, user._count.follows > 0);
    const period = { last: user.lastDigestAt, created: user.createdAt };
    await compose(scope, period, { kind: "digest", dedupeKey: `digest:${user.id}:${slot.toISOString()}` }, null);
    await tx.user.update({ where: { id: user.id }, data: { lastDigestAt: slot } });
  }

  if (!viewsDue) return outcome;
  const subscriptions = await tx.viewSubscription.findMany({
    where: { userId },
    orderBy: { viewId: "asc" },
    select: { lastDigestAt: true, createdAt: true, view: { select: { id: true, name: true, query: true, shared: true, ownerId: true } } },
  });
  for (const { view, lastDigestAt, createdAt } of subscriptions) {
    if (!digestIsDue(slot, lastDigestAt, createdAt)) continue;
    // A view its owner no longer shares is not the subscriber's to read any more.
    const filters = view.shared || view.ownerId === user.id ? await viewFilters(context, view.query) : null;
    if (filters) {
      const part: ViewPart = { id: view.id, name: view.name, url: `${base}/items${view.query ? `?${view.query}` : ""}`, filters };
      const dedupeKey = `view-digest:${view.id}:${user.id}:${slot.toISOString()}`;
      await compose(viewScope(view.query, filters), { last: lastDigestAt, created: createdAt }, { kind: "view-digest", dedupeKey }, part);
    } else outcome.unreadable++;
    await tx.viewSubscription.update({ where: { userId_viewId: { userId: user.id, viewId: view.id } }, data: { lastDigestAt: slot } });
  }
  return outcome;
}

interface ViewPart {
  id: number;
  name: string;
  url: string;
  filters: ItemFilters;
}

/**
 * Where a digest's "what changed" starts: the moment the last one covered; for a first digest, the
 * scheduled moment before this one, or when the account or subscription began if later.
 */
function changesSince(schedule: DigestSchedule, slot: Date, last: Date | null, created: Date, zone: string): Date {
  const previous = previousDigestSlot(schedule, slot, zone)!;
  const start = last ?? new Date(Math.max(previous.getTime(), created.getTime()));
  return new Date(Math.max(start.getTime(), slot.getTime() - LOOKBACK_MS));
}

/** A view's query read as the work plan reads it (lib/saved-views/queries.ts saved it so); once per run. */
function viewFilters(context: RunContext, query: string): Promise<ItemFilters | null> {
  let filters = context.views.get(query);
  if (!filters) {
    filters = parseListRequest(new URLSearchParams(query), itemTableSchema).then((parsed) => {
      if (!parsed.ok) return null;
      const { page: _page, size: _size, group: _group, ...rest } = parsed.data;
      return rest;
    });
    context.views.set(query, filters);
  }
  return filters;
}
