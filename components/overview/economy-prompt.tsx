import { getTranslations } from "next-intl/server";
import Link from "next/link";

/** Neither the officer nor the office has chosen an economy yet: where to choose one. */
export async function EconomyPrompt({ isAdmin }: { isAdmin: boolean }) {
  const t = await getTranslations("myEconomy");
  return (
    <section
      aria-labelledby="my-economy"
      className="mb-6 rounded-lg border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-950"
      data-testid="economy-prompt"
    >
      <h2 id="my-economy" className="font-semibold">
        {t("promptTitle")}
      </h2>
      <p className="mt-1">{t("promptBody")}</p>
      <Link href={isAdmin ? "/admin/settings" : "/account/notifications"} className="mt-2 inline-block font-medium underline underline-offset-2">
        {isAdmin ? t("promptAdmin") : t("promptOfficer")}
      </Link>
    </section>
  );
}
