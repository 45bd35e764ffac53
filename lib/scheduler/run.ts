import "server-only";
import { composeDueDigests } from "../digests/run";
import { clearUnclaimedBlobs } from "../documents/blobs";
import { noticeNewlyOverdue } from "../notifications/overdue";
import { purgeExpired } from "../notifications/purge";

export type ScheduledWorkReport = {
  overdue: Awaited<ReturnType<typeof noticeNewlyOverdue>>;
  digests: Awaited<ReturnType<typeof composeDueDigests>>;
  purged: Awaited<ReturnType<typeof purgeExpired>>;
  cleared: Awaited<ReturnType<typeof clearUnclaimedBlobs>>;
};

/**
 * The scheduler's work at one moment, before the mail worker delivers: notices of milestones fallen
 * overdue, the digests now due, and the clearing of what is past keeping (old notifications and
 * mail; the bytes of uploads that never became a document's version). Each step is its own
 * transaction and finds its work done when repeated, so a pass may run on every instance at once.
 */
export async function runScheduledWork(now: Date): Promise<ScheduledWorkReport> {
  const overdue = await noticeNewlyOverdue(now);
  const digests = await composeDueDigests(now);
  const purged = await purgeExpired(now);
  const cleared = await clearUnclaimedBlobs(now);
  return { overdue, digests, purged, cleared };
}
