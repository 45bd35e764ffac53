import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SavedViewList, type ListedView } from "@/components/saved-views/saved-view-list";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import { describeFilters } from "@/lib/items/describe-filters";
import { filterNames } from "@/lib/items/filter-data";
import { rawQuery } from "@/lib/items/list-request";
import { itemTableSchema } from "@/lib/items/schema";
import { viewsFor, type SavedViewEntry } from "@/lib/saved-views/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("savedViews"))("title") };
}

export default async function SavedViewsPage() {
  const user = await requirePageUser();
  const locale = (await getLocale()) as Locale;
  const [t, tAll, views, names] = await Promise.all([getTranslations("savedViews"), getTranslations(), viewsFor(user.id, locale), filterNames(locale)]);
  // Each view says what it shows, in the words the work plan uses above its table.
  const described = (view: SavedViewEntry): ListedView => {
    const parsed = itemTableSchema.safeParse(rawQuery(new URLSearchParams(view.query)));
    const phrases = parsed.success ? describeFilters(parsed.data, names, tAll as never, locale) : [];
    return { ...view, description: phrases.length ? phrases.join(" · ") : t("wholePlan") };
  };
  const isAdmin = hasRole(user.role, "ADMIN");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("intro")} />
      <div className="flex flex-col gap-6">
        <Section title={t("mine")} aside={`${views.mine.length}`}>
          <SavedViewList views={views.mine.map(described)} userId={user.id} isAdmin={isAdmin} empty={t("noneMine")} />
        </Section>
        <Section title={t("sharedByColleagues")} aside={`${views.shared.length}`}>
          <SavedViewList views={views.shared.map(described)} userId={user.id} isAdmin={isAdmin} empty={t("noneShared")} />
        </Section>
      </div>
    </>
  );
}
