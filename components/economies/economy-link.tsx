import Link from "next/link";
import { economyLabel } from "@/lib/labels";

export function EconomyLink({ economy }: { economy: { code: string; name: string; shortName: string | null } }) {
  return (
    <Link href={`/economies/${economy.code}`} className="text-slate-800 underline-offset-2 hover:text-brand-700 hover:underline" title={economy.name}>
      {economyLabel(economy)}
    </Link>
  );
}

export function EconomyList({ economies }: { economies: { code: string; name: string; shortName: string | null }[] }) {
  if (economies.length === 0) return <span className="text-slate-500">None</span>;
  return (
    <ul className="flex flex-wrap gap-x-1.5 gap-y-0.5">
      {economies.map((economy, index) => (
        <li key={economy.code}>
          <EconomyLink economy={economy} />
          {index < economies.length - 1 ? <span className="text-slate-500">;</span> : null}
        </li>
      ))}
    </ul>
  );
}
