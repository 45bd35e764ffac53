// The saved views' limits, apart from their zod schemas: the form reads them in the browser, and
// importing them from schema.ts put all of zod (30 KB compressed) in every work-plan page's scripts.
export const VIEW_NAME_MAX = 80;
/** Far above any query the filter form writes; a longer one is not a work-plan address. */
export const VIEW_QUERY_MAX = 2000;
