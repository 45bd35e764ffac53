import { getTranslations } from "next-intl/server";
import { chartSize, chartSvgMarkup } from "@/lib/charts/render-svg";
import type { ChartSpec } from "@/lib/charts/spec";
import { chartIsEmpty } from "@/lib/charts/svg";
import type { Locale } from "@/lib/i18n/config";
import { BarChartTable, HeatMapTable } from "./chart-table";

export interface ChartFigureProps {
  spec: ChartSpec;
  /** Where the same chart downloads (chartFileHref); none for a figure that has no file of its own. */
  downloads?: { svg: string; png: string };
  headingLevel?: 2 | 3 | 4;
  /** False where the section around the figure is already headed by the chart's title (the mission report). */
  withHeading?: boolean;
  /** Unique on the page; defaults to the chart's name. Prefixes the SVG's title and description ids. */
  id?: string;
  /** The language of the figure's own words, when it differs from the reader's (a report in English). */
  locale?: Locale;
}

/**
 * A chart as a figure: its heading, the drawing (the very SVG the download serves, inlined so the
 * page needs no script), the description as its caption, and its numbers as a table. A chart whose
 * every count is zero shows a short note instead of empty axes.
 */
export async function ChartFigure({ spec, downloads, headingLevel = 2, withHeading = true, id = `chart-${spec.name}`, locale }: ChartFigureProps) {
  const t = locale ? await getTranslations({ locale, namespace: "charts" }) : await getTranslations("charts");
  const Heading = `h${headingLevel}` as const;
  const headingId = `${id}-heading`;
  const empty = chartIsEmpty(spec);
  const words = { caption: t("tableCaption", { title: spec.title }), total: t("total") };
  // Beside its table only when the drawing is narrow enough to keep its text readable there.
  const beside = spec.type === "bar" && spec.orientation === "vertical" && chartSize(spec).width <= 640;

  return (
    <figure
      aria-labelledby={withHeading ? headingId : undefined}
      aria-label={withHeading ? undefined : spec.title}
      className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-4 print:border-0 print:p-0"
      data-chart={spec.name}
    >
      {withHeading ? (
        <Heading id={headingId} className="text-base font-semibold text-slate-900">
          {spec.title}
        </Heading>
      ) : null}
      <figcaption className={`${withHeading ? "mt-1" : ""} text-sm text-slate-600`}>{spec.description}</figcaption>
      {empty ? (
        <p className="mt-3 rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700" data-testid="chart-empty">
          {t("nothingToShow")}
        </p>
      ) : (
        <div className={`mt-3 grid gap-4 ${beside ? "xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]" : ""} print:block`}>
          {/* The drawing is made from the spec by lib/charts/svg, which escapes every text it holds. */}
          <div className="min-w-0 break-inside-avoid [&>svg]:h-auto [&>svg]:max-w-full" dangerouslySetInnerHTML={{ __html: chartSvgMarkup(spec, id) }} />
          {/* A wide table (the heat map's 21 columns) scrolls inside its box: focusable and named, so a
              keyboard can scroll it too. */}
          <div
            tabIndex={0}
            role="region"
            aria-label={words.caption}
            className="min-w-0 overflow-x-auto break-inside-avoid rounded-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 print:mt-3 print:overflow-visible"
          >
            {spec.type === "heat-map" ? (
              <HeatMapTable spec={spec} words={{ ...words, corner: t("matrixCorner", { rows: spec.rowAxis, columns: spec.columnAxis }) }} />
            ) : (
              <BarChartTable spec={spec} words={words} />
            )}
          </div>
        </div>
      )}
      {downloads && !empty ? (
        <nav aria-label={t("downloads", { title: spec.title })} className="mt-3 flex gap-4 text-sm print:hidden">
          <a href={downloads.svg} download className="font-medium text-brand-800 underline">
            {t("downloadSvg")}
          </a>
          <a href={downloads.png} download className="font-medium text-brand-800 underline">
            {t("downloadPng")}
          </a>
        </nav>
      ) : null}
    </figure>
  );
}
