import { getTranslations } from "next-intl/server";
import { AddCoSponsorForm } from "@/components/co-sponsors/add-co-sponsor-form";
import { EconomyLink } from "@/components/economies/economy-link";
import { ActionButton } from "@/components/forms/action-button";
import { EmptyState, Section } from "@/components/ui/section";
import { removeCoSponsor, withdrawCoSponsor } from "@/lib/co-sponsors/actions";
import { formatDay } from "@/lib/dates";
import { listEconomies } from "@/lib/economies/queries";
import { economyName } from "@/lib/i18n/data";
import type { ItemSectionProps } from "./types";

/** Who co-sponsors the item now, who withdrew and when, and an editor's controls for both. */
export async function ItemCoSponsors({ item, locale, canEdit }: ItemSectionProps) {
  const t = await getTranslations("item");
  const economies = canEdit
    ? (await listEconomies()).filter((e) => e.code !== item.proposer.code).map((e) => ({ value: e.code, label: economyName(e, locale) }))
    : [];
  const current = item.coSponsorships.filter((c) => !c.withdrawnOn);
  const withdrawn = item.coSponsorships.filter((c) => c.withdrawnOn);
  return (
    <Section title={t("coSponsors")} aside={item.kind === "INITIATIVE" ? t("initiativesNeedNone") : `${current.length}`}>
      {current.length === 0 ? (
        <EmptyState>{t("noCoSponsor")}</EmptyState>
      ) : (
        <ul className="flex flex-col gap-1.5 text-sm" aria-label={t("coSponsorList")}>
          {current.map((c) => (
            <li key={c.economy.code} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
              <span>
                <EconomyLink economy={c.economy} />
                {c.joinedOn ? <span className="ml-2 text-xs text-slate-500">{t("since", { date: formatDay(c.joinedOn, locale) })}</span> : null}
              </span>
              {canEdit ? (
                <span className="flex gap-1.5">
                  <ActionButton
                    action={withdrawCoSponsor}
                    fields={{ itemId: item.id, economyCode: c.economy.code }}
                    label={t("withdrewLabel", { economy: economyName(c.economy, locale) })}
                    size="sm"
                    confirm={t("confirmWithdraw", { economy: economyName(c.economy, locale) })}
                  >
                    {t("withdrew")}
                  </ActionButton>
                  <ActionButton
                    action={removeCoSponsor}
                    fields={{ itemId: item.id, economyCode: c.economy.code }}
                    tone="danger"
                    size="sm"
                    label={t("removeLabel", { economy: economyName(c.economy, locale) })}
                    confirm={t("confirmRemove", { economy: economyName(c.economy, locale) })}
                  >
                    {t("remove")}
                  </ActionButton>
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canEdit ? <AddCoSponsorForm itemId={item.id} economies={economies} /> : null}
      {withdrawn.length > 0 ? (
        <div className="mt-3 border-t border-slate-100 pt-3">
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t("withdrawn")}</h3>
          <ul className="mt-1 flex flex-col gap-1 text-sm">
            {withdrawn.map((c) => (
              <li key={c.economy.code} className="flex items-baseline justify-between gap-3 text-slate-500">
                <EconomyLink economy={c.economy} />
                <span className="text-xs">{formatDay(c.withdrawnOn!, locale)}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Section>
  );
}
