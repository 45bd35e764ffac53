import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { FollowUpList } from "@/components/follow-ups/follow-up-list";
import { MyActionsFilter } from "@/components/follow-ups/my-actions-filter";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { systemClock } from "@/lib/clock";
import { myActionsSearch, parseMyActionsQuery } from "@/lib/follow-ups/list-request";
import { activeOwners, listFollowUps } from "@/lib/follow-ups/queries";
import type { MyActionsQuery } from "@/lib/follow-ups/schema";
import { translateMessage } from "@/lib/i18n/message";
import { officeToday } from "@/lib/today";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("followUps"))("myActions") };
}

export default async function MyActionsPage({ searchParams }: PageProps<"/actions">) {
  const user = await requirePageUser();
  const [t, tAll] = await Promise.all([getTranslations("followUps"), getTranslations()]);
  const parsed = parseMyActionsQuery(await searchParams);
  const query: MyActionsQuery = parsed.success ? parsed.data : { status: "open", owner: "me" };
  const canEdit = hasRole(user.role, "EDITOR");
  const [actions, owners] = await Promise.all([
    listFollowUps({ ownerId: query.owner === "all" ? null : user.id, status: query.status }),
    canEdit ? activeOwners() : [],
  ]);
  const today = officeToday(systemClock());
  return (
    <>
      <PageHeader title={query.owner === "all" ? t("allActions") : t("myActions")} subtitle={t("myActionsSubtitle")}>
        <p className="flex gap-4 text-sm">
          <a href={`/actions/export${myActionsSearch(query, { format: "csv" })}`} className="text-brand-700 underline-offset-2 hover:underline" download>
            {t("exportCsv")}
          </a>
          <a href={`/actions/export${myActionsSearch(query, { format: "xlsx" })}`} className="text-brand-700 underline-offset-2 hover:underline" download>
            {t("exportXlsx")}
          </a>
        </p>
      </PageHeader>
      {parsed.success ? null : (
        <div className="mb-4">
          <Notice title={t("badFilter")}>
            <ul className="list-disc pl-5">
              {parsed.error.issues.map((issue) => (
                <li key={`${issue.path.join(".")}${issue.message}`}>{translateMessage(tAll, issue.message)}</li>
              ))}
            </ul>
          </Notice>
        </div>
      )}
      <MyActionsFilter query={query} />
      <Section title={t("title")} id="my-actions" aside={t("count", { count: actions.length })}>
        <FollowUpList
          actions={actions}
          today={today}
          empty={t("emptyFiltered")}
          editing={canEdit ? { owners: owners.map((owner) => ({ value: String(owner.id), label: owner.name })) } : null}
        />
      </Section>
      <p className="mt-4 text-sm">
        <Link href="/" className="text-brand-700 underline-offset-2 hover:underline">
          {tAll("nav.overview")}
        </Link>
      </p>
    </>
  );
}
