import type { ReactNode } from "react";

interface TableGroupProps {
  /** The group's heading row, spanning every column; none for an ungrouped body. */
  heading?: ReactNode;
  /** How many columns the heading spans. */
  span: number;
  children: ReactNode;
}

/** One group of rows: its own tbody, so its heading labels its rows for assistive technology. */
export function TableGroup({ heading, span, children }: TableGroupProps) {
  return (
    <tbody>
      {heading ? (
        <tr className="group-row">
          <th scope="rowgroup" colSpan={span} data-testid="group-header">
            {heading}
          </th>
        </tr>
      ) : null}
      {children}
    </tbody>
  );
}

/** Rows cut into runs of the same group value, in their order; a null value is no group. */
export function groupRuns<Row>(rows: Row[], valueOf: (row: Row) => string | null): { value: string | null; rows: Row[] }[] {
  const runs: { value: string | null; rows: Row[] }[] = [];
  for (const row of rows) {
    const value = valueOf(row);
    const last = runs[runs.length - 1];
    if (last && last.value === value) last.rows.push(row);
    else runs.push({ value, rows: [row] });
  }
  return runs;
}
