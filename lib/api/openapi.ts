// The API's contract. Tests validate every response against these schemas, so document and
// responses cannot drift apart.
const nullable = (schema: object) => ({ anyOf: [schema, { type: "null" }] });
const day = { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" };
const economyCode = { type: "string", pattern: "^[A-Z]{2}$" };

const Economy = {
  type: "object",
  required: ["code", "name", "shortName", "nameZh"],
  properties: {
    code: economyCode,
    name: { type: "string" },
    shortName: nullable({ type: "string" }),
    nameZh: { type: "string" },
    apecOrder: { type: "integer" },
  },
  additionalProperties: false,
};
const MilestoneSummary = {
  type: "object",
  required: ["id", "title", "titleZh", "precision", "dueStart", "dueEnd", "anchor", "status"],
  properties: {
    id: { type: "integer" },
    itemId: { type: "integer" },
    title: { type: "string" },
    titleZh: nullable({ type: "string" }),
    precision: { enum: ["DAY", "MONTH", "QUARTER", "YEAR", "ANCHOR", "UNDATED"] },
    dueStart: nullable(day),
    dueEnd: nullable(day),
    anchor: nullable({ type: "string" }),
    status: { enum: ["PLANNED", "DONE", "LATE", "CANCELLED"] },
    completedOn: nullable(day),
  },
  additionalProperties: false,
};
const kind = nullable({ enum: ["INITIATIVE", "APEC_FUNDED", "SELF_FUNDED"] });
const itemStatus = { enum: ["PROPOSED", "APPROVED", "IN_IMPLEMENTATION", "COMPLETED", "CANCELLED"] };
const stance = { enum: ["CONSIDERING", "WILL_COSPONSOR", "DECLINED", "NOT_RELEVANT"] };
const position = {
  ...nullable(stance),
  description: "Our economy's position on the item (see /positions for the deadline, who decided and the note); null when none is recorded.",
};
const Item = {
  type: "object",
  required: ["id", "kind", "year", "projectNumber", "titleEn", "titleZh", "status", "proposer", "coSponsors", "nextMilestone", "position"],
  properties: {
    id: { type: "integer" },
    kind,
    year: { type: "integer" },
    projectNumber: nullable({ type: "string" }),
    titleEn: { type: "string" },
    titleZh: nullable({ type: "string" }),
    status: itemStatus,
    proposer: { $ref: "#/components/schemas/Economy" },
    coSponsors: {
      type: "array",
      items: {
        allOf: [{ $ref: "#/components/schemas/EconomyFields" }],
        type: "object",
        required: ["code", "joinedOn"],
        properties: { joinedOn: nullable(day) },
      },
    },
    nextMilestone: nullable({ $ref: "#/components/schemas/Milestone" }),
    position,
  },
  additionalProperties: false,
};
const EconomyFields = { type: "object", required: ["code", "name", "nameZh"], properties: Economy.properties };
const ItemDetail = {
  type: "object",
  required: ["id", "forum", "titleEn", "proposer", "coSponsorships", "milestones", "position", "version"],
  properties: {
    id: { type: "integer" },
    kind,
    forum: { type: "string" },
    year: { type: "integer" },
    projectNumber: nullable({ type: "string" }),
    titleEn: { type: "string" },
    titleZh: nullable({ type: "string" }),
    status: itemStatus,
    proposer: { $ref: "#/components/schemas/Economy" },
    fundAccount: nullable({ enum: ["GENERAL_PROJECT_ACCOUNT", "TILF_SPECIAL_ACCOUNT", "APEC_SUPPORT_FUND", "SELF_FUNDED"] }),
    apecFundingUsd: nullable({ type: "integer" }),
    coFundingUsd: nullable({ type: "integer" }),
    expectedStart: nullable(day),
    expectedEnd: nullable(day),
    summary: nullable({ type: "string" }),
    coSponsorships: {
      type: "array",
      items: {
        type: "object",
        required: ["economy", "joinedOn", "withdrawnOn"],
        properties: { economy: { $ref: "#/components/schemas/Economy" }, joinedOn: nullable(day), withdrawnOn: nullable(day) },
        additionalProperties: false,
      },
    },
    milestones: { type: "array", items: { $ref: "#/components/schemas/Milestone" } },
    position,
    version: { type: "integer" },
  },
  additionalProperties: false,
};
const Meeting = {
  type: "object",
  required: ["id", "kind", "name", "datePrecision", "startDate", "endDate", "dateAnchor", "external", "organiser", "itemIds"],
  properties: {
    id: { type: "integer" },
    kind: { enum: ["MEETING", "WORKSHOP", "OTHER"] },
    name: { type: "string" },
    nameZh: nullable({ type: "string" }),
    shortName: nullable({ type: "string" }),
    datePrecision: { enum: ["DAY", "MONTH", "QUARTER", "YEAR", "ANCHOR", "UNDATED"] },
    // The first and last day the meeting may fall on, as for a milestone; null when not known.
    startDate: nullable(day),
    endDate: nullable(day),
    dateAnchor: nullable({ type: "string" }),
    external: { type: "boolean" },
    organiser: nullable({ type: "string" }),
    place: nullable({ type: "string" }),
    format: nullable({ type: "string" }),
    chair: nullable({ type: "string" }),
    itemIds: { type: "array", items: { type: "integer" } },
  },
  additionalProperties: false,
};
const CoSponsorship = {
  type: "object",
  required: ["itemId", "economy", "joinedOn", "withdrawnOn"],
  properties: { itemId: { type: "integer" }, economy: economyCode, joinedOn: nullable(day), withdrawnOn: nullable(day) },
  additionalProperties: false,
};
const instant = { type: "string", format: "date-time" };
/** An object with exactly these properties, every one present (null where it has no value). */
const exactly = (properties: Record<string, object>) => ({ type: "object", required: Object.keys(properties), properties, additionalProperties: false });
const ItemRef = exactly({ id: { type: "integer" }, title: { type: "string", description: "The English title." } });
const MeetingRef = exactly({ id: { type: "integer" }, name: { type: "string" } });
const DocumentVersion = exactly({
  number: { type: "integer", minimum: 1, description: "1 for the first upload, one more for each replacement." },
  fileName: { type: "string" },
  contentType: { type: "string", description: "Detected from the file's content, not taken from the uploader." },
  size: { type: "integer", minimum: 0, description: "Bytes." },
  sha256: { type: "string", pattern: "^[0-9a-f]{64}$" },
  uploadedAt: instant,
});
const documentFields = {
  id: { type: "integer" },
  title: { type: "string" },
  kind: { enum: ["CONCEPT_NOTE", "SURVEY", "REPORT", "AGENDA", "PRESENTATION", "OTHER"] },
  language: { type: "string", description: 'BCP 47, e.g. "en" or "zh-TW".' },
  apecNumber: nullable({ type: "string", examples: ["2024/SOM1/SCCP/005"] }),
  item: nullable({ $ref: "#/components/schemas/ItemRef" }),
  meeting: nullable({ $ref: "#/components/schemas/MeetingRef" }),
  archived: { type: "boolean" },
  currentVersion: nullable({ $ref: "#/components/schemas/DocumentVersion" }),
  versionCount: { type: "integer", minimum: 0 },
  downloadUrl: {
    type: "string",
    pattern: "^/documents/\\d+/download$",
    description:
      "The app's own download of the current version, relative to the site (not to /api/v1). It needs a signed-in session in a browser; an API token does not open it, and the API never serves the bytes.",
  },
  createdAt: instant,
  updatedAt: instant,
};
const Document = {
  ...exactly(documentFields),
  description: "A document's metadata: its title, kind and language, what it belongs to (an item, a meeting or both) and its current version.",
};
const DocumentDetail = exactly({
  ...documentFields,
  versions: { type: "array", description: "Every version, the newest first.", items: { $ref: "#/components/schemas/DocumentVersion" } },
});
const FollowUpAction = {
  ...exactly({
    id: { type: "integer" },
    description: { type: "string" },
    owner: nullable(exactly({ id: { type: "integer" }, name: { type: "string" } })),
    due: exactly({
      precision: { enum: ["DAY", "MONTH", "UNDATED"], description: "A day, a month, or no date yet." },
      start: { ...nullable(day), description: "The first day the action may fall due on; null without a date." },
      end: { ...nullable(day), description: "The last day: an action is overdue once it has passed on the office's calendar." },
      text: { type: "string", description: 'As the app writes it: "30 Apr 2024", "April 2024" (never a made-up day), "No date yet".' },
    }),
    status: { enum: ["OPEN", "DONE", "DROPPED"] },
    completedOn: nullable(day),
    item: nullable({ $ref: "#/components/schemas/ItemRef" }),
    meeting: nullable({ $ref: "#/components/schemas/MeetingRef" }),
    recommendationId: { ...nullable({ type: "integer" }), description: "The mission-report recommendation the action was made from, if any." },
    createdAt: instant,
    updatedAt: instant,
  }),
  description: "A follow-up action: a to-do an item or a meeting left behind.",
};
const Position = {
  ...exactly({
    item: { $ref: "#/components/schemas/ItemRef" },
    stance,
    deadline: { ...nullable(day), description: "The internal deadline for deciding." },
    decidedBy: { ...nullable({ type: "string" }), description: "Who decided, as the officer wrote it." },
    note: nullable({ type: "string" }),
    updatedAt: instant,
  }),
  description: "Our economy's position on one item.",
};
const Error = {
  type: "object",
  required: ["error", "message"],
  properties: { error: { type: "string" }, message: { type: "string" } },
  additionalProperties: false,
};
/** Every list answers with this one shape: a page of rows, which page it is, and how many rows match in all. */
const pageOf = (schema: string) => ({
  type: "object",
  description: "One page of the list: at most pageSize rows in data; total counts every row that matches.",
  required: ["data", "page", "pageSize", "total"],
  properties: {
    data: { type: "array", items: { $ref: `#/components/schemas/${schema}` } },
    page: { type: "integer", minimum: 1 },
    pageSize: { type: "integer", minimum: 1 },
    total: { type: "integer", minimum: 0 },
  },
  additionalProperties: false,
});

const paging = [
  {
    name: "page",
    in: "query",
    description: "Which page of the list, from 1; a page past the end has no rows.",
    schema: { type: "integer", minimum: 1, default: 1 },
  },
  { name: "pageSize", in: "query", description: "Rows per page.", schema: { type: "integer", minimum: 1, maximum: 200, default: 50 } },
];
const codeList = (example: string) => ({ type: "string", pattern: "^[A-Za-z0-9_-]+(,[A-Za-z0-9_-]+)*$", examples: [example] });
const filters = [
  { name: "proposer", in: "query", description: "Proposing economy codes, comma-separated, e.g. PE or PE,CL.", schema: codeList("PE") },
  { name: "coSponsor", in: "query", description: "Economies that currently co-sponsor, comma-separated, e.g. CL,JP.", schema: codeList("CL,JP") },
  {
    name: "coSponsorMatch",
    in: "query",
    description: "With several co-sponsors: items backed by any of them (default) or by all.",
    schema: { type: "string", enum: ["any", "all"] },
  },
  { name: "kind", in: "query", description: "Kinds, comma-separated.", schema: codeList("INITIATIVE,APEC_FUNDED") },
  { name: "status", in: "query", description: "Statuses, comma-separated.", schema: codeList("IN_IMPLEMENTATION") },
  { name: "year", in: "query", description: "Work-plan years, comma-separated.", schema: codeList("2024") },
  { name: "forum", in: "query", description: "Forum codes, comma-separated; a forum includes its sub-fora.", schema: codeList("SCCP") },
  { name: "fund", in: "query", description: "Fund sources, comma-separated.", schema: codeList("APEC_SUPPORT_FUND") },
  {
    name: "due",
    in: "query",
    description: "Milestone window: overdue, 30d, 90d, a month (YYYY-MM), or undated (open milestones without a date yet).",
    schema: { type: "string", pattern: "^(overdue|undated|30d|90d|\\d{4}-(0[1-9]|1[0-2]))$" },
  },
  {
    name: "position",
    in: "query",
    description:
      "Our economy's position on the item, comma-separated: CONSIDERING, WILL_COSPONSOR, DECLINED, NOT_RELEVANT, or none for items without one (any case, - for _).",
    schema: codeList("WILL_COSPONSOR,none"),
  },
  { name: "q", in: "query", description: "Text in the English or Chinese title or the APEC project number.", schema: { type: "string", maxLength: 100 } },
  {
    name: "sort",
    in: "query",
    description:
      "Up to 4 columns, comma-separated, - for descending: title, projectNumber, year, kind, forum, fund, proposer, coSponsors, nextMilestone, status.",
    schema: { type: "string", examples: ["nextMilestone,-year"] },
  },
  ...paging,
];
const responses = (schema: object) => ({
  "200": { description: "OK", content: { "application/json": { schema } } },
  "400": { description: "A filter or paging parameter is not valid.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
  "401": { description: "No valid API token.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
});
const list = (summary: string, schema: string, parameters: object[] = filters) => ({
  get: { summary, security: [{ bearer: [] }], parameters, responses: responses({ $ref: `#/components/schemas/${schema}` }) },
});
const one = (summary: string, schema: string, missing: string) => ({
  get: {
    summary,
    security: [{ bearer: [] }],
    parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } }],
    responses: {
      ...responses({ $ref: `#/components/schemas/${schema}` }),
      "404": { description: missing, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
    },
  },
});
const idFilter = (name: string, description: string) => ({ name, in: "query", description, schema: { type: "integer", minimum: 1 } });
const enumFilter = (name: string, description: string, values: readonly string[]) => ({
  name,
  in: "query",
  description: `${description} Comma-separated, any of: ${values.join(", ")}.`,
  schema: codeList(values[0]!),
});
const documentFilters = [
  idFilter("itemId", "Documents of this item."),
  idFilter("meetingId", "Documents of this meeting."),
  enumFilter("kind", "Kinds.", documentFields.kind.enum),
  {
    name: "q",
    in: "query",
    description: "Text in the title or the APEC document number, in any case; % and _ are ordinary characters.",
    schema: { type: "string", maxLength: 100 },
  },
  {
    name: "includeArchived",
    in: "query",
    description: "true to list archived documents too; they are left out by default.",
    schema: { type: "string", enum: ["true", "false"], default: "false" },
  },
  ...paging,
];
const followUpFilters = [
  enumFilter("status", "Statuses.", ["OPEN", "DONE", "DROPPED"]),
  idFilter("ownerId", "Actions this user owns."),
  idFilter("itemId", "Actions on this item."),
  idFilter("meetingId", "Actions from this meeting."),
  {
    name: "due",
    in: "query",
    description:
      "overdue: open actions whose due period has wholly passed on the office's calendar, as for milestones (one due in April 2024 is overdue from 1 May); 30d: open actions due from today to 30 days on.",
    schema: { type: "string", enum: ["overdue", "30d"] },
  },
  ...paging,
];
const positionFilters = [enumFilter("stance", "Stances.", stance.enum), idFilter("itemId", "The position on this item."), ...paging];

export const OPENAPI = {
  openapi: "3.1.0",
  info: {
    title: "SCCP Tracker API",
    version: "1.0.0",
    description: "Read-only access to the APEC SCCP work plan. Send a personal token (made under API tokens) as Authorization: Bearer <token>.",
  },
  servers: [{ url: "/api/v1" }],
  paths: {
    "/items": list("Work-plan items, filtered like the table.", "ItemPage"),
    "/items/{id}": one("One item with its co-sponsorships, milestones and our position.", "ItemDetail", "No such item."),
    "/economies": {
      get: {
        summary: "The 21 APEC member economies in APEC's order.",
        security: [{ bearer: [] }],
        responses: responses({ $ref: "#/components/schemas/EconomyPage" }),
      },
    },
    "/milestones": list("Milestones of the selected items, in time order.", "MilestonePage"),
    "/meetings": list("Meetings, newest first; with filters, those reporting a selected item.", "MeetingPage"),
    "/co-sponsorships": list("Co-sponsorships (current and withdrawn) of the selected items, by item, then in APEC's order.", "CoSponsorshipPage"),
    "/documents": list("Documents' metadata, never their bytes, newest first. Documents of an archived item are left out.", "DocumentPage", documentFilters),
    "/documents/{id}": one("One document's metadata with every version.", "DocumentDetail", "No such document, or its item is archived."),
    "/follow-ups": list(
      "Follow-up actions, the soonest due first and those without a date last. Actions on an archived item are left out.",
      "FollowUpActionPage",
      followUpFilters,
    ),
    "/follow-ups/{id}": one("One follow-up action.", "FollowUpAction", "No such follow-up action, or its item is archived."),
    "/positions": list(
      "Our economy's position on items, the nearest internal deadline first. economy names the office's economy these positions are for (null until an administrator sets it).",
      "PositionPage",
      positionFilters,
    ),
  },
  components: {
    securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    schemas: {
      Economy,
      EconomyFields,
      Milestone: MilestoneSummary,
      Item,
      ItemDetail,
      Meeting,
      CoSponsorship,
      Error,
      ItemPage: pageOf("Item"),
      EconomyPage: pageOf("Economy"),
      MilestonePage: pageOf("Milestone"),
      MeetingPage: pageOf("Meeting"),
      CoSponsorshipPage: pageOf("CoSponsorship"),
      ItemRef,
      MeetingRef,
      Document,
      DocumentVersion,
      DocumentDetail,
      FollowUpAction,
      Position,
      DocumentPage: pageOf("Document"),
      FollowUpActionPage: pageOf("FollowUpAction"),
      PositionPage: {
        ...pageOf("Position"),
        required: ["economy", "data", "page", "pageSize", "total"],
        properties: {
          economy: { ...nullable(economyCode), description: "The office's economy, whose positions these are; null until an administrator sets it." },
          ...pageOf("Position").properties,
        },
      },
    },
  },
} as const;
