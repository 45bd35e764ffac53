import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import type { ItemSectionProps } from "./types";

/** The item's summary and free notes, when it has either. */
export async function ItemSummaryNotes({ item }: Pick<ItemSectionProps, "item">) {
  if (!item.summary && !item.notes) return null;
  const t = await getTranslations("item");
  return (
    <Section title={t("summaryNotes")}>
      {item.summary ? <p className="text-sm leading-6 text-slate-800">{item.summary}</p> : null}
      {item.notes ? <p className="mt-3 whitespace-pre-line text-sm leading-6 text-slate-700">{item.notes}</p> : null}
    </Section>
  );
}
