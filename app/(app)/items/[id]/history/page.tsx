import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventTable } from "@/components/audit/event-table";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/section";
import { itemHistory } from "@/lib/audit/queries";
import { requirePageUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import { localTitle } from "@/lib/i18n/data";
import { itemTitles } from "@/lib/items/queries";
import { itemIdSchema } from "@/lib/items/schema";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("item"))("historyTitle") };
}

export default async function ItemHistoryPage({ params }: PageProps<"/items/[id]/history">) {
  await requirePageUser();
  const [t, locale] = await Promise.all([getTranslations("item"), getLocale()]);
  const id = itemIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const [item, events] = await Promise.all([itemTitles(id.data), itemHistory(id.data)]);
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
      {events.length === 0 ? <EmptyState>{t("historyEmpty")}</EmptyState> : <EventTable events={events} caption={t("historyList")} testId="history-event" />}
    </>
  );
}
