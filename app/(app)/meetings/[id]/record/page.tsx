import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AgendaSection, DelegationSection, InterventionsSection, RecommendationsSection, ReportSection } from "@/components/meeting-records/record-sections";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import { meetingName } from "@/lib/i18n/data";
import { agendaFormOptions, meetingRecord } from "@/lib/meeting-records/queries";
import { meetingIdSchema } from "@/lib/meetings/schema";

export const dynamic = "force-dynamic";

async function loadRecord(params: PageProps<"/meetings/[id]/record">["params"]) {
  await requirePageUser();
  const id = meetingIdSchema.safeParse((await params).id);
  return id.success ? meetingRecord(id.data) : null;
}

export async function generateMetadata({ params }: PageProps<"/meetings/[id]/record">): Promise<Metadata> {
  const record = await loadRecord(params);
  const [t, te, locale] = await Promise.all([getTranslations("meetingRecords"), getTranslations("errors"), getLocale()]);
  return { title: record ? `${t("title")} · ${meetingName(record, locale as Locale)}` : te("meetingNotFound") };
}

export default async function MeetingRecordPage({ params }: PageProps<"/meetings/[id]/record">) {
  const user = await requirePageUser();
  const record = await loadRecord(params);
  if (!record) notFound();
  const canEdit = hasRole(user.role, "EDITOR");
  const [t, locale] = await Promise.all([getTranslations("meetingRecords"), getLocale()]);
  const options = canEdit ? await agendaFormOptions(record.id, locale as Locale) : { reported: [], others: [], economies: [] };
  return (
    <div className="flex flex-col gap-6">
      <div>
        <p className="text-sm text-slate-500">
          <Link href={`/meetings/${record.id}`} className="underline-offset-2 hover:underline">
            {meetingName(record, locale as Locale)}
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("subtitle")}</p>
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="flex flex-col gap-6 lg:col-span-2">
          <AgendaSection record={record} canEdit={canEdit} options={options} />
          <InterventionsSection record={record} canEdit={canEdit} />
          <RecommendationsSection record={record} canEdit={canEdit} />
        </div>
        <div className="flex flex-col gap-6">
          <DelegationSection record={record} canEdit={canEdit} />
          <ReportSection record={record} canEdit={canEdit} />
        </div>
      </div>
    </div>
  );
}
