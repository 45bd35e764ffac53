import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { requirePageUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export default async function ForbiddenPage() {
  await requirePageUser();
  const t = await getTranslations("auth");
  return (
    <Notice headingLevel={1} title={t("forbiddenTitle")}>
      {t("forbiddenBody")}{" "}
      <Link href="/" className="font-medium underline">
        {t("backToOverview")}
      </Link>
      .
    </Notice>
  );
}
