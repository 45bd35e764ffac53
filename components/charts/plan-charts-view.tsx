import Link from "next/link";
import { chartFileHref, type ChartSpec } from "@/lib/charts/spec";
import { ChartFigure } from "./chart-figure";

/**
 * The work plan's charts, each with its downloads carrying the page's own filters, so a file is the
 * very chart on the screen. Each figure's id (its chart's name) makes a link to that chart alone;
 * given `viewLabel`, each also links to itself in the Charts view, with the same filters.
 */
export function PlanChartsView({
  specs,
  query,
  viewLabel,
  headingLevel,
  columns = 1,
}: {
  specs: ChartSpec[];
  query: URLSearchParams;
  viewLabel?: string;
  headingLevel?: 2 | 3;
  /** Two: side by side on a wide screen, for a glance rather than a reading. */
  columns?: 1 | 2;
}) {
  return (
    <div className={columns === 2 ? "grid gap-6 lg:grid-cols-2" : "flex flex-col gap-8"}>
      {specs.map((spec) => (
        <div key={spec.name} id={spec.name} className="min-w-0 scroll-mt-4">
          <ChartFigure
            spec={spec}
            headingLevel={headingLevel}
            downloads={{ svg: chartFileHref(spec.name, "svg", query), png: chartFileHref(spec.name, "png", query) }}
          />
          {viewLabel ? (
            <p className="mt-2 text-sm">
              <Link href={`/charts${query.size ? `?${query}` : ""}#${spec.name}` as never} className="text-brand-700 underline-offset-2 hover:underline">
                {viewLabel}
              </Link>
            </p>
          ) : null}
        </div>
      ))}
    </div>
  );
}
