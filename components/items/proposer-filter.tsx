"use client";

import { useRouter } from "next/navigation";
import { economyLabel } from "@/lib/labels";

interface ProposerFilterProps {
  economies: { code: string; name: string; shortName: string | null }[];
  selected?: string;
}

/** A plain GET form, so the filter works without JavaScript; with it, choosing applies at once. */
export function ProposerFilter({ economies, selected }: ProposerFilterProps) {
  const router = useRouter();
  return (
    <form action="/items" method="get" className="flex flex-wrap items-end gap-2">
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium text-slate-700">Proposing economy</span>
        <select
          name="proposer"
          defaultValue={selected ?? ""}
          className="min-w-56 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm"
          onChange={(event) => {
            const code = event.currentTarget.value;
            router.push(code ? `/items?proposer=${encodeURIComponent(code)}` : "/items");
          }}
        >
          <option value="">All economies</option>
          {economies.map((economy) => (
            <option key={economy.code} value={economy.code}>
              {economyLabel(economy)}
            </option>
          ))}
        </select>
      </label>
      <noscript>
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm">
          Apply
        </button>
      </noscript>
    </form>
  );
}
