import Link from "next/link";

export function ItemTitle({ item, size = "sm" }: { item: { id: number; titleEn: string; titleZh: string | null }; size?: "sm" | "base" }) {
  return (
    <div className="min-w-0">
      <Link
        href={`/items/${item.id}`}
        className={`font-medium text-brand-700 underline-offset-2 hover:underline ${size === "base" ? "text-base" : "text-sm"}`}
      >
        {item.titleEn}
      </Link>
      {item.titleZh ? (
        <p lang="zh-Hant" className="mt-0.5 text-xs text-slate-500">
          {item.titleZh}
        </p>
      ) : null}
    </div>
  );
}
