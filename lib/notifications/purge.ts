import "server-only";
import { writeTransaction } from "../db/write";
import { NOTIFICATION_RETENTION_DAYS } from "./kinds";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Notifications, and mail sent, older than the retention period go; failed mail stays until an administrator deals with it. */
export async function purgeExpired(now: Date): Promise<{ notifications: number; sentMail: number }> {
  const before = new Date(now.getTime() - NOTIFICATION_RETENTION_DAYS * DAY_MS);
  return writeTransaction(async (tx) => {
    const notifications = await tx.notification.deleteMany({ where: { createdAt: { lt: before } } });
    const sentMail = await tx.outboxMessage.deleteMany({ where: { status: "SENT", createdAt: { lt: before } } });
    return { notifications: notifications.count, sentMail: sentMail.count };
  });
}
