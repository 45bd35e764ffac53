import type { BarChartSpec, ChartCategory, HeatMapSpec } from "@/lib/charts/spec";

const CELL = "border-b border-slate-200 px-2 py-1";
const NUMBER = `${CELL} text-right tabular-nums`;
const HEADER = `${CELL} bg-slate-50 text-left font-semibold`;

interface TableWords {
  caption: string;
  total: string;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** How many consecutive categories from `index` share its group (0 when it continues one above). */
function groupSpan(categories: ChartCategory[], index: number): number {
  const group = categories[index]!.group;
  if (group === undefined || (index > 0 && categories[index - 1]!.group === group)) return 0;
  let end = index;
  while (end + 1 < categories.length && categories[end + 1]!.group === group) end++;
  return end - index + 1;
}

/** A bar chart's numbers: a row per category (under its group), a column per series, with totals. */
export function BarChartTable({ spec, words }: { spec: BarChartSpec; words: TableWords }) {
  const grouped = spec.categories.some((c) => c.group !== undefined);
  const value = (c: number, s: number) => spec.values[c]?.[s] ?? 0;
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="mb-1 text-left text-xs text-slate-600">{words.caption}</caption>
      <thead>
        <tr>
          <th scope="col" colSpan={grouped ? 2 : 1} className={HEADER}>
            {spec.categoryAxis}
          </th>
          {spec.series.map((series) => (
            <th key={series.key} scope="col" className={`${HEADER} text-right`}>
              {series.label}
            </th>
          ))}
          <th scope="col" className={`${HEADER} text-right`}>
            {words.total}
          </th>
        </tr>
      </thead>
      <tbody>
        {spec.categories.map((category, c) => {
          const span = grouped ? groupSpan(spec.categories, c) : 0;
          return (
            <tr key={category.key} className="break-inside-avoid">
              {span ? (
                <th scope="rowgroup" rowSpan={span} className={`${CELL} align-top font-semibold`}>
                  {category.group}
                </th>
              ) : null}
              {grouped && category.group === undefined ? <td className={CELL} /> : null}
              <th scope="row" className={`${CELL} text-left font-normal`}>
                {category.label}
              </th>
              {spec.series.map((series, s) => (
                <td key={series.key} className={NUMBER}>
                  {value(c, s)}
                </td>
              ))}
              <td className={`${NUMBER} font-semibold`}>{sum(spec.series.map((_, s) => value(c, s)))}</td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={grouped ? 2 : 1} className={`${CELL} text-left font-semibold`}>
            {words.total}
          </th>
          {spec.series.map((series, s) => (
            <td key={series.key} className={`${NUMBER} font-semibold`}>
              {sum(spec.categories.map((_, c) => value(c, s)))}
            </td>
          ))}
          <td className={`${NUMBER} font-semibold`}>{sum(spec.values.flat())}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/** A heat map's numbers: the matrix itself, with each row's and column's total. */
export function HeatMapTable({ spec, words }: { spec: HeatMapSpec; words: TableWords & { corner: string } }) {
  const value = (r: number, c: number) => spec.values[r]?.[c] ?? 0;
  return (
    <table className="border-collapse text-sm">
      <caption className="mb-1 text-left text-xs text-slate-600">{words.caption}</caption>
      <thead>
        <tr>
          <td className={`${HEADER} text-xs font-normal text-slate-600`}>{words.corner}</td>
          {spec.columns.map((column) => (
            <th key={column.key} scope="col" className={`${HEADER} text-right align-bottom`}>
              {column.label}
            </th>
          ))}
          <th scope="col" className={`${HEADER} text-right align-bottom`}>
            {words.total}
          </th>
        </tr>
      </thead>
      <tbody>
        {spec.rows.map((row, r) => (
          <tr key={row.key}>
            <th scope="row" className={`${CELL} text-left font-normal whitespace-nowrap`}>
              {row.label}
            </th>
            {spec.columns.map((column, c) => (
              <td key={column.key} className={`${NUMBER} ${value(r, c) ? "" : "text-slate-400"}`}>
                {value(r, c)}
              </td>
            ))}
            <td className={`${NUMBER} font-semibold`}>{sum(spec.columns.map((_, c) => value(r, c)))}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" className={`${CELL} text-left font-semibold`}>
            {words.total}
          </th>
          {spec.columns.map((column, c) => (
            <td key={column.key} className={`${NUMBER} font-semibold`}>
              {sum(spec.rows.map((_, r) => value(r, c)))}
            </td>
          ))}
          <td className={`${NUMBER} font-semibold`}>{sum(spec.values.flat())}</td>
        </tr>
      </tfoot>
    </table>
  );
}
