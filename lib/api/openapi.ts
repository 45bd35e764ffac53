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
const Item = {
  type: "object",
  required: ["id", "kind", "year", "projectNumber", "titleEn", "titleZh", "status", "proposer", "coSponsors", "nextMilestone"],
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
  },
  additionalProperties: false,
};
const EconomyFields = { type: "object", required: ["code", "name", "nameZh"], properties: Economy.properties };
const ItemDetail = {
  type: "object",
  required: ["id", "forum", "titleEn", "proposer", "coSponsorships", "milestones", "version"],
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
const Error = {
  type: "object",
  required: ["error", "message"],
  properties: { error: { type: "string" }, message: { type: "string" } },
  additionalProperties: false,
};
/** Every list answers with this one shape: a page of rows, which page it is, and how many rows match in all. */
const pageOf = (ref: string) => ({
  type: "object",
  description: "One page of the list: at most pageSize rows in data; total counts every row that matches.",
  required: ["data", "page", "pageSize", "total"],
  properties: {
    data: { type: "array", items: { $ref: `#/components/schemas/${ref}` } },
    page: { type: "integer", minimum: 1 },
    pageSize: { type: "integer", minimum: 1 },
    total: { type: "integer", minimum: 0 },
  },
  additionalProperties: false,
});

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
  { name: "q", in: "query", description: "Text in the English or Chinese title or the APEC project number.", schema: { type: "string", maxLength: 100 } },
  {
    name: "sort",
    in: "query",
    description:
      "Up to 4 columns, comma-separated, - for descending: title, projectNumber, year, kind, forum, fund, proposer, coSponsors, nextMilestone, status.",
    schema: { type: "string", examples: ["nextMilestone,-year"] },
  },
  {
    name: "page",
    in: "query",
    description: "Which page of the list, from 1; a page past the end has no rows.",
    schema: { type: "integer", minimum: 1, default: 1 },
  },
  { name: "pageSize", in: "query", description: "Rows per page.", schema: { type: "integer", minimum: 1, maximum: 200, default: 50 } },
];
const responses = (schema: object) => ({
  "200": { description: "OK", content: { "application/json": { schema } } },
  "400": { description: "A filter or paging parameter is not valid.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
  "401": { description: "No valid API token.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
});
const list = (summary: string, ref: string) => ({
  get: { summary, security: [{ bearer: [] }], parameters: filters, responses: responses({ $ref: `#/components/schemas/${ref}` }) },
});

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
    "/items/{id}": {
      get: {
        summary: "One item with its co-sponsorships and milestones.",
        security: [{ bearer: [] }],
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } }],
        responses: {
          ...responses({ $ref: "#/components/schemas/ItemDetail" }),
          "404": { description: "No such item.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
        },
      },
    },
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
    },
  },
} as const;
