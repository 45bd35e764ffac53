import { useTranslations } from "next-intl";
import type { ItemKind, ItemStatus } from "@/lib/db/generated/enums";
import { EconomyLink } from "../economies/economy-link";
import { ItemStatusBadge } from "./item-status-badge";
import { ItemTitle } from "./item-title";

export interface ItemSummary {
  id: number;
  kind: ItemKind | null;
  year: number;
  titleEn: string;
  titleZh: string | null;
  status: ItemStatus;
  proposer: { code: string; name: string; shortName: string | null; nameZh?: string | null };
}

/** A compact list of items: title, year and kind, optionally the proposer, and status. */
export function ItemSummaryList({
  items,
  showProposer = false,
  detail,
}: {
  items: ItemSummary[];
  showProposer?: boolean;
  detail?: (item: ItemSummary) => React.ReactNode;
}) {
  const t = useTranslations("economies");
  const kinds = useTranslations("enums.itemKind");
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((item) => (
        <li key={item.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-6">
          <div className="min-w-0">
            <ItemTitle item={item} />
            <p className="mt-1 text-xs text-slate-500">
              {t("yearKind", { year: item.year, kind: kinds(item.kind ?? "none") })}
              {showProposer ? (
                <>
                  {" · "}
                  {t("proposedBy")} <EconomyLink economy={item.proposer} />
                </>
              ) : null}
            </p>
            {detail ? detail(item) : null}
          </div>
          <div className="shrink-0">
            <ItemStatusBadge status={item.status} />
          </div>
        </li>
      ))}
    </ul>
  );
}
