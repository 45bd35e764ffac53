import { z } from "zod";
import { msg } from "../i18n/message";

const notificationId = z
  .string({ message: msg("notifications.badRequest") })
  .regex(/^[1-9]\d{0,9}$/, { message: msg("notifications.badRequest") })
  .transform(Number)
  .refine((id) => id <= 2_147_483_647, { message: msg("notifications.badRequest") });

export const markReadSchema = z.object({ id: notificationId });

/** "Mark all read" covers what the page knew of: up to the newest notification when it was shown, not one that came since. */
export const markAllReadSchema = z.object({ upTo: notificationId });

export const NOTIFICATION_FILTERS = ["all", "unread"] as const;
export type NotificationFilter = (typeof NOTIFICATION_FILTERS)[number];

/** The list's URL: which notifications and which page; anything else is refused by name. */
export const notificationListSchema = z.strictObject(
  {
    show: z
      .string()
      .optional()
      .transform((value) => value || "all")
      .pipe(z.enum(NOTIFICATION_FILTERS, { message: msg("notifications.badFilter") })),
    page: z
      .string()
      .optional()
      .transform((value) => value || "1")
      .refine((value) => /^[1-9]\d{0,5}$/.test(value), { message: msg("v.page") })
      .transform(Number),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? msg("notifications.badFilter") : undefined) },
);

export type NotificationListQuery = z.output<typeof notificationListSchema>;
