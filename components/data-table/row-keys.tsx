"use client";

import type { KeyboardEvent, ReactNode } from "react";

/**
 * Up and Down move focus to the link of the next or previous row. The only client piece of a
 * table: the rows it wraps stay server-rendered, and it listens once for the whole table.
 */
export function RowKeys({ className, children }: { className: string; children: ReactNode }) {
  return (
    <div className={className} onKeyDown={moveBetweenRows}>
      {children}
    </div>
  );
}

function moveBetweenRows(event: KeyboardEvent<HTMLElement>) {
  if ((event.key !== "ArrowDown" && event.key !== "ArrowUp") || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const table = event.currentTarget.querySelector("table");
  if (!table) return;
  // Rows may sit in several groups (one tbody each); a row inside a cell's own small table
  // counts as the row around it.
  const rows = [...table.tBodies].flatMap((body) => [...body.rows]);
  const from = rows.findIndex((row) => row.contains(event.target as Node));
  if (from < 0) return;
  const step = event.key === "ArrowDown" ? 1 : -1;
  // A group's heading row has no link: it is passed over.
  for (let index = from + step; index >= 0 && index < rows.length; index += step) {
    const link = rows[index]!.querySelector<HTMLElement>("a[href]");
    if (link) {
      event.preventDefault();
      link.focus();
      return;
    }
  }
}
