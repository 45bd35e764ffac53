import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";

export default async function EconomyNotFound() {
  const t = await getTranslations("errors");
  return (
    <Notice headingLevel={1} title={t("economyNotFound")}>
      {t("economyNotFoundBody")}{" "}
      <Link href="/economies" className="font-medium underline">
        {t("seeAllEconomies")}
      </Link>
      .
    </Notice>
  );
}
