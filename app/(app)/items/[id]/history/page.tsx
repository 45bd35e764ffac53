import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventChanges } from "@/components/audit/event-changes";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/section";
import { itemHistory } from "@/lib/audit/queries";
import { requirePageUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/config";
import { localTitle } from "@/lib/i18n/data";
import { translateMessage } from "@/lib/i18n/message";
import { itemIdSchema } from "@/lib/items/schema";
import { formatInstant } from "@/lib/today";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("item"))("historyTitle") };
}

export default async function ItemHistoryPage({ params }: PageProps<"/items/[id]/history">) {
  await requirePageUser();
  const [t, tAll, tc, locale] = await Promise.all([getTranslations("item"), getTranslations(), getTranslations("common"), getLocale()]);
  const id = itemIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const [item, events] = await Promise.all([
    db.item.findUnique({ where: { id: id.data }, select: { id: true, titleEn: true, titleZh: true } }),
    itemHistory(id.data),
  ]);
  if (!item && events.length === 0) notFound();

  return (
    <>
      <PageHeader
        title={t("historyTitle")}
        subtitle={
          item ? (
            <Link href={`/items/${item.id}`} className="text-brand-700 underline-offset-2 hover:underline">
              {localTitle(item, locale as Locale).text}
            </Link>
          ) : (
            t("deletedItem")
          )
        }
      />
      <div className="rounded-lg border border-slate-200 bg-white px-4">
        {events.length === 0 ? (
          <EmptyState>{t("historyEmpty")}</EmptyState>
        ) : (
          <ol className="divide-y divide-slate-100" aria-label={t("historyList")}>
            {events.map((event) => (
              <li key={event.id} className="py-3" data-testid="history-event">
                <p className="text-sm text-slate-900">
                  <span className="font-medium">{translateMessage(tAll, event.summary)}</span>
                </p>
                <p className="text-xs text-slate-500">
                  {formatInstant(event.at, locale as Locale)} · {event.user ? event.user.name : tc("theSystem")}
                </p>
                <EventChanges before={event.before} after={event.after} />
              </li>
            ))}
          </ol>
        )}
      </div>
    </>
  );
}
