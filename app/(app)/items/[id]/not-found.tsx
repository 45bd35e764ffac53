import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";

export default async function ItemNotFound() {
  const t = await getTranslations("errors");
  return (
    <Notice headingLevel={1} title={t("itemNotFound")}>
      {t("itemNotFoundBody")}{" "}
      <Link href="/items" className="font-medium underline">
        {t("backToWorkPlan")}
      </Link>
      .
    </Notice>
  );
}
