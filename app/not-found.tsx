import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 pt-10">
      <Notice headingLevel={1} title={t("notFoundTitle")}>
        <Link href="/" className="font-medium underline">
          {t("goOverview")}
        </Link>
        .
      </Notice>
    </main>
  );
}
