import type { ReactNode, ThHTMLAttributes } from "react";
import { RowKeys } from "./row-keys";

export interface DataTableProps {
  /** Read by assistive technology only; a table inside another's cell may go without. */
  caption?: string;
  /** The head and bodies: TableHead, TableBody or TableGroup. */
  children: ReactNode;
  testId?: string;
  /** Up and Down move between the rows' links. */
  rowKeys?: boolean;
  /** Inside the box, below the table (a legend). */
  footer?: ReactNode;
  /** "nested": a small table inside another's cell, with no box and no sticky header. */
  variant?: "boxed" | "nested";
}

/**
 * The shell every table shares: a box that grows with the table (the page scrolls, the header
 * sticks to the window's top) and the table with its caption. Renders on the server; only
 * `rowKeys` adds a small client listener around it.
 */
export function DataTable({ caption, children, testId, rowKeys = false, footer, variant = "boxed" }: DataTableProps) {
  const table = (
    <table className={variant === "nested" ? "nested-table" : "data-table"} data-testid={testId}>
      {caption ? <caption className="sr-only">{caption}</caption> : null}
      {children}
    </table>
  );
  if (variant === "nested") return table;
  const content = (
    <>
      {table}
      {footer}
    </>
  );
  return rowKeys ? <RowKeys className="table-box">{content}</RowKeys> : <div className="table-box">{content}</div>;
}

/** The header row; `after` adds rows below it that stick with it (totals). */
export function TableHead({ children, after }: { children: ReactNode; after?: ReactNode }) {
  return (
    <thead>
      <tr>{children}</tr>
      {after}
    </thead>
  );
}

/** A column's heading. */
export function HeaderCell({ children, ...attributes }: ThHTMLAttributes<HTMLTableCellElement> & { children?: ReactNode }) {
  return (
    <th scope="col" {...attributes}>
      {children}
    </th>
  );
}
