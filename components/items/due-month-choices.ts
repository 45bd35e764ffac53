const FIRST_YEAR = 1989;
const LAST_YEAR = 2100;

/** How many years back the filter offers: every month of a long plan would weigh the page down. */
const RECENT_YEARS = 3;

/**
 * The years the due-month filter offers, latest first: the last few years of the plan, up to the
 * year after this one (milestones fall due after the year an item is planned for), and the month a
 * link already names, so a sent view still shows its choice. Within what the filter accepts
 * (1989-2100). A month further back is still a link away: the URL takes any month.
 */
export function dueMonthYears(planYears: readonly number[], today: string, chosenMonth?: string): number[] {
  const thisYear = Number(today.slice(0, 4));
  const chosenYear = chosenMonth ? Number(chosenMonth.slice(0, 4)) : null;
  let from = Math.max(Math.min(...planYears, thisYear), thisYear - RECENT_YEARS);
  let to = Math.max(...planYears, thisYear + 1);
  if (chosenYear !== null) [from, to] = [Math.min(from, chosenYear), Math.max(to, chosenYear)];
  from = Math.max(FIRST_YEAR, from);
  to = Math.min(LAST_YEAR, to);
  return Array.from({ length: to - from + 1 }, (_, index) => to - index);
}
