import type { ReactNode } from "react";
import { DataTable, HeaderCell, TableHead, type DataTableProps } from "./data-table";

export interface TableColumn<Row> {
  id: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Figures: right-aligned, in digits of one width. */
  numeric?: boolean;
  /** The cell names its row for assistive technology (a row header). */
  rowHeader?: boolean;
  /** Classes for this column's cells. */
  className?: string;
}

interface ColumnTableProps<Row> extends Omit<DataTableProps, "children"> {
  columns: TableColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string | number;
  /** `data-` attributes of a row, for tests and styles. */
  rowData?: (row: Row) => Record<`data-${string}`, string>;
}

/** A table described by its columns: one header row, one body, a row per item. */
export function ColumnTable<Row>({ columns, rows, rowKey, rowData, ...table }: ColumnTableProps<Row>) {
  return (
    <DataTable {...table}>
      <TableHead>
        {columns.map((column) => (
          <HeaderCell key={column.id} className={column.numeric ? "text-right" : undefined}>
            {column.header}
          </HeaderCell>
        ))}
      </TableHead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} {...rowData?.(row)}>
            {columns.map((column) => {
              const className = [column.numeric ? "text-right tabular-nums" : "", column.className ?? ""].join(" ").trim() || undefined;
              return column.rowHeader ? (
                <th key={column.id} scope="row" className={className}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={column.id} className={className}>
                  {column.cell(row)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
