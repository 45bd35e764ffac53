import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { DefinitionList } from "@/components/ui/definition-list";
import { InferredTag, isInferred } from "@/components/ui/inferred-tag";
import { Section } from "@/components/ui/section";
import { formatDay } from "@/lib/dates";
import type { ItemSectionProps } from "./types";

/**
 * The item's facts (forum, project number, funding, overseer, dates) and the priorities it serves.
 * A status or year the source did not state is repeated here with its "inferred" mark.
 */
export async function ItemDetails({ item, locale }: ItemSectionProps) {
  const [t, tf, tfund, tstatus] = await Promise.all([
    getTranslations("item"),
    getTranslations("fields"),
    getTranslations("enums.fundAccount"),
    getTranslations("enums.itemStatus"),
  ]);
  const inferred: [string, ReactNode][] = [];
  if (isInferred(item.inferredFields, "status")) inferred.push([tf("status"), withTag(tstatus(item.status))]);
  if (isInferred(item.inferredFields, "year")) inferred.push([tf("year"), withTag(item.year)]);
  const usd = new Intl.NumberFormat(locale === "zh-TW" ? "zh-TW" : "en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });
  return (
    <>
      <Section title={t("details")}>
        <DefinitionList
          entries={[
            ...inferred,
            [tf("forumCode"), item.forum.code],
            [tf("projectNumber"), item.projectNumber],
            [
              tf("fundAccount"),
              item.fundAccount
                ? `${tfund(item.fundAccount)}${item.subFund ? ` – ${locale === "zh-TW" && item.subFund.nameZh ? item.subFund.nameZh : item.subFund.name}` : ""}`
                : null,
            ],
            [tf("apecFundingUsd"), item.apecFundingUsd !== null ? usd.format(item.apecFundingUsd) : null],
            [tf("coFundingUsd"), item.coFundingUsd !== null ? usd.format(item.coFundingUsd) : null],
            [tf("overseer"), item.overseer],
            [tf("expectedStart"), item.expectedStart ? formatDay(item.expectedStart, locale) : null],
            [tf("expectedEnd"), item.expectedEnd ? formatDay(item.expectedEnd, locale) : null],
          ]}
        />
      </Section>

      {item.priorities.length > 0 ? (
        <Section title={t("serves")}>
          <ul className="flex flex-col gap-2 text-sm">
            {item.priorities.map(({ priority }) => (
              <li key={`${priority.framework.name}-${priority.number}`}>
                <span className="text-slate-500">
                  {t("priority", {
                    framework: locale === "zh-TW" && priority.framework.nameZh ? priority.framework.nameZh : priority.framework.name,
                    number: priority.number,
                  })}
                </span>{" "}
                {locale === "zh-TW" && priority.titleZh ? priority.titleZh : priority.titleEn}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}

function withTag(value: ReactNode) {
  return (
    <>
      {value}
      <InferredTag />
    </>
  );
}
