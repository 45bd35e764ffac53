import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { UNREAD_CAP, unreadCount } from "@/lib/notifications/queries";

/** The header's bell: a link to /notifications that says, and shows, how many are unread. */
export async function NotificationBell({ userId }: { userId: number }) {
  const [t, count] = await Promise.all([getTranslations("notifications"), unreadCount(userId)]);
  const many = count > UNREAD_CAP;
  return (
    <Link
      href="/notifications"
      aria-label={many ? t("bellMany", { count: UNREAD_CAP }) : t("bell", { count })}
      title={t("title")}
      className="relative inline-flex h-8 w-8 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900"
      data-testid="notification-bell"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
        className="h-5 w-5"
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {count > 0 ? (
        <span
          aria-hidden="true"
          data-testid="notification-count"
          className="absolute -right-1 -top-1 min-w-[1.1rem] rounded-full bg-rose-600 px-1 text-center text-[0.7rem] font-semibold leading-[1.1rem] text-white"
        >
          {many ? `${UNREAD_CAP}+` : count}
        </span>
      ) : null}
    </Link>
  );
}
