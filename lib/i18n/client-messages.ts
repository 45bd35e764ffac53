// The message namespaces client components read. Server components translate on the server, so
// only these travel to the browser with every page, not the whole catalogue; a unit test walks
// the client components and fails when one reads a namespace missing here.
import type { AbstractIntlMessages } from "next-intl";

export const CLIENT_NAMESPACES = [
  "a",
  "api",
  "auth",
  "calendar",
  "coSponsorForm",
  "columns",
  "common",
  "documents",
  "enums",
  "errors",
  "fields",
  "followUps",
  "forms",
  "import",
  "inferred",
  "itemForm",
  "items",
  "meetingDates",
  "meetings",
  "meetingRecords",
  "milestoneForm",
  "notifications",
  "officeName",
  "outboxRetry",
  "positions",
  "savedViews",
  "settings",
  "table",
  "users",
  "v",
] as const;

export function clientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  return Object.fromEntries(Object.entries(messages).filter(([namespace]) => (CLIENT_NAMESPACES as readonly string[]).includes(namespace)));
}
