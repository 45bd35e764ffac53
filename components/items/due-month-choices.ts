const FIRST_YEAR = 1989;
const LAST_YEAR = 2100;

/**
 * The years the due-month filter offers, latest first: every year from the plan's first to the year
 * after this one (milestones fall due after the year an item is planned for), and the month a link
 * already names, so a sent view still shows its choice. Within what the filter accepts (1989-2100).
 */
export function dueMonthYears(planYears: number[], today: string, chosenMonth?: string): number[] {
  const thisYear = Number(today.slice(0, 4));
  const known = [...planYears, thisYear, thisYear + 1, ...(chosenMonth ? [Number(chosenMonth.slice(0, 4))] : [])];
  const from = Math.max(FIRST_YEAR, Math.min(...known));
  const to = Math.min(LAST_YEAR, Math.max(...known));
  return Array.from({ length: to - from + 1 }, (_, index) => to - index);
}
