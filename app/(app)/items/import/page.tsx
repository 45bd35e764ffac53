import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ImportForm } from "@/components/imports/import-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("import"))("title") };
}

export default async function ImportPage() {
  await requirePageUser({ role: "EDITOR" });
  const t = await getTranslations("import");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")}>
        <Link href="/items" className="text-sm text-brand-700 underline-offset-2 hover:underline">
          {t("backToWorkPlan")}
        </Link>
      </PageHeader>
      <ul className="mb-6 list-disc space-y-1 pl-5 text-sm text-slate-700">
        <li>{t("howIds")}</li>
        <li>{t("howTitles")}</li>
        <li>{t("howCoSponsors")}</li>
        <li>{t("howDue")}</li>
        <li>{t("howNoDelete")}</li>
      </ul>
      <ImportForm />
    </>
  );
}
