import "server-only";
import { createHash } from "node:crypto";
import { changedFields } from "../audit/record";
import { inChunks } from "../db/chunks";
import type { Tx } from "../db/write";
import type { ItemColumn, MilestoneColumn } from "../exports/columns";
import { listSeparator } from "../exports/rows";
import type { Locale } from "../i18n/config";
import { economyName } from "../i18n/data";
import { msg } from "../i18n/message";
import { itemToFormValues } from "../items/form-values";
import { itemFieldsSchema, type ItemFields } from "../items/schema";
import { milestoneToFormValues } from "../milestones/form-values";
import { milestoneFieldsSchema } from "../milestones/schema";
import { officeToday } from "../today";
import { limitProblems, messageKey, quoted, quotedMessage, type ParsedFile, type Problem, type Row, type Table } from "./parse";
import { economyReader, readKind, readMilestoneStatus, readStatus, splitList, unifyLineBreaks, word, type NamedEconomy } from "./vocabulary";

export interface Change {
  /** A key of the catalogue's "fields", so the page names it in the reader's language. */
  field: string;
  before: string;
  after: string;
}

export interface RowReport {
  sheet: string;
  line: number;
  outcome: "create" | "update" | "refuse";
  label: string;
  changes: Change[];
  problems: Problem[];
}

export interface ImportReport {
  file: string;
  /** What an apply must match: the file and, for every row it changes, what it changes from. */
  planHash: string;
  counts: { create: number; update: number; unchanged: number; refuse: number };
  rows: RowReport[];
  ignoredSheets: string[];
}

const ITEM_FIELDS = ["year", "kind", "titleEn", "titleZh", "projectNumber", "proposerCode", "status"] as const;
type ItemData = Pick<ItemFields, (typeof ITEM_FIELDS)[number]>;
const MILESTONE_FIELDS = ["title", "titleZh", "precision", "dueStart", "dueEnd", "anchor", "status", "completedOn", "note"] as const;
type MilestoneData = ReturnType<typeof milestoneFieldsSchema.parse>;

// The export has no forum column: every item of the work plan it lists is the SCCP's.
const NEW_ITEM_FORUM = "SCCP";

export type Operation =
  | { op: "createItem"; ref: number; data: ItemFields; coSponsors: string[] }
  | {
      op: "updateItem";
      id: number;
      version: number;
      data: Partial<ItemData>;
      add: string[];
      withdraw: string[];
      before: Record<string, unknown>;
      after: Record<string, unknown>;
    }
  | { op: "createMilestone"; itemId: number | null; itemRef: number | null; data: MilestoneData }
  | { op: "updateMilestone"; id: number; itemId: number; version: number; before: Record<string, unknown>; after: Record<string, unknown> };

export interface Plan {
  report: ImportReport;
  operations: Operation[];
}

const digits = (text: string) => (/^\d{1,9}$/.test(text) ? Number(text) : null);

/**
 * What the file would change, row by row, against the work plan as `tx` sees it now. Run inside
 * the apply's own transaction too, so what is written is what this finds at that moment, and its
 * hash says whether that is still what the officer reviewed.
 */
export async function buildPlan(tx: Tx, file: ParsedFile, fileName: string): Promise<Plan> {
  const context = await loadContext(tx, file);
  const items = file.items ? planItems(file.items, context) : [];
  const milestones = file.milestones ? planMilestones(file.milestones, context, items) : [];
  const planned = [...items, ...milestones];
  const operations = planned.flatMap((row) => (row.operation ? [row.operation] : []));
  const count = (outcome: RowReport["outcome"]) => planned.filter((row) => row.report?.outcome === outcome).length;
  const rows = planned.flatMap((row) => (row.report ? [row.report] : []));
  const refuse = count("refuse");
  return {
    operations,
    report: {
      file: quoted(fileName),
      planHash: createHash("sha256")
        .update(JSON.stringify({ file: file.sha256, operations }))
        .digest("hex"),
      counts: { create: count("create"), update: count("update"), refuse, unchanged: planned.filter((row) => !row.report).length },
      rows: refuse ? shownRefusals(rows.filter((row) => row.outcome === "refuse")) : rows,
      ignoredSheets:
        file.ignoredSheets.length > MAX_NAMED_SHEETS ? [...file.ignoredSheets.slice(0, MAX_NAMED_SHEETS).map(quoted), "…"] : file.ignoredSheets.map(quoted),
    },
  };
}

/** A workbook of an export has three sheets that are views; one made to be long may have hundreds. */
const MAX_NAMED_SHEETS = 10;

/**
 * What a refused plan shows: its refused rows only (nothing can be applied until they are put
 * right, and the counts say what the others would do), with the problems limitProblems shows of
 * them. Each problem is measured with its row, so the rows it brings along count too.
 */
function shownRefusals(rows: RowReport[]): RowReport[] {
  const shells = rows.map((row) => ({ ...row, sheet: quoted(row.sheet), label: quoted(row.label), problems: [] as Problem[] }));
  const entries = rows.flatMap((row, at) => row.problems.map((problem) => ({ row: shells[at]!, at, problem })));
  const lines = limitProblems(
    entries,
    ({ problem }) => `${problem.column ?? ""}\n${messageKey(problem.message)}`,
    ({ problem: { column, value, message }, ...entry }) => ({
      ...entry,
      problem: {
        ...(column === undefined ? {} : { column: quoted(column) }),
        ...(value === undefined ? {} : { value: quoted(value) }),
        message: quotedMessage(message),
      },
    }),
  );
  const shown = new Map<number, Problem[]>();
  // A line for what was left out goes to the row of the problem just before it.
  let at = 0;
  for (const line of lines) {
    if ("problem" in line) at = line.problem.at;
    const problems = shown.get(at) ?? [];
    problems.push("problem" in line ? line.problem.problem : { message: line.more });
    shown.set(at, problems);
  }
  return [...shown].map(([at, problems]) => ({ ...shells[at]!, problems }));
}

/**
 * What a row changes of a saved record. Saved text may end its lines with CR LF (a browser sends a
 * textarea's so) where the file read back has LF: the same text, so no change. What the audit
 * trail records as before is what was saved.
 */
function changesFrom<T extends Record<string, unknown>>(saved: T, file: Partial<T>) {
  const diff = changedFields(withUnifiedLineBreaks(saved), file);
  return { ...diff, before: Object.fromEntries(diff.changed.map((field) => [field, saved[field] ?? null])) };
}

function withUnifiedLineBreaks<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, typeof value === "string" ? unifyLineBreaks(value) : value])) as T;
}

async function loadContext(tx: Tx, file: ParsedFile) {
  const itemIds = [...(file.items?.rows ?? []), ...(file.milestones?.rows ?? [])].flatMap((row) => {
    const id = digits(row.values.itemId);
    return id === null ? [] : [id];
  });
  const milestoneIds = (file.milestones?.rows ?? []).flatMap((row) => {
    const id = digits(row.values.milestoneId);
    return id === null ? [] : [id];
  });
  const numbers = [...(file.items?.rows ?? []), ...(file.milestones?.rows ?? [])]
    .map((row) => row.values.projectNumber.toUpperCase().replace(/\s+/g, " "))
    .filter(Boolean);
  const [economies, forum, items, milestones, numbered] = await Promise.all([
    tx.economy.findMany({ select: { code: true, name: true, shortName: true, nameZh: true } }),
    tx.forum.findUnique({ where: { code: NEW_ITEM_FORUM }, select: { id: true } }),
    inChunks(itemIds, (chunk) =>
      tx.item.findMany({
        where: { id: { in: chunk } },
        include: { forum: { select: { code: true } }, coSponsorships: { select: { economyCode: true, joinedOn: true, withdrawnOn: true } } },
      }),
    ),
    inChunks(milestoneIds, (chunk) => tx.milestone.findMany({ where: { id: { in: chunk } } })),
    inChunks(numbers, (chunk) => tx.item.findMany({ where: { projectNumber: { in: chunk } }, select: { id: true, projectNumber: true, archivedAt: true } })),
  ]);
  return {
    economies: new Map(economies.map((economy) => [economy.code, economy])),
    readEconomy: economyReader(economies),
    forumId: forum?.id ?? null,
    items: new Map(items.map((item) => [item.id, item])),
    milestones: new Map(milestones.map((milestone) => [milestone.id, milestone])),
    byNumber: new Map(numbered.map((item) => [item.projectNumber!, item])),
    today: officeToday(),
  };
}

type Context = Awaited<ReturnType<typeof loadContext>>;

interface Planned {
  /** Null for a row that changes nothing. */
  report: RowReport | null;
  operation: Operation | null;
}

interface PlannedItem extends Planned {
  line: number;
  id: number | null;
  projectNumber: string | null;
}

function refused(sheet: string, line: number, label: string, problems: Problem[]): Planned {
  return { report: { sheet, line, outcome: "refuse", label, changes: [], problems }, operation: null };
}

function economyNames(codes: string[], context: Context, locale: Locale): string {
  return codes.map((code) => economyName(context.economies.get(code) ?? ({ name: code, shortName: null } as NamedEconomy), locale)).join(listSeparator(locale));
}

// ---------------------------------------------------------------------------------------------
// Items

/** What an item's row says, in the item form's terms; the title columns depend on the file's language. */
function readItemRow(row: Row<ItemColumn>, table: Table<ItemColumn>, context: Context) {
  const { values } = row;
  const problems: Problem[] = [...row.problems];
  const problem = (column: ItemColumn, message: string) => problems.push({ column: table.headings[column], value: values[column], message });
  // A Chinese file shows the Chinese title first and the English one beside it; an item without a
  // Chinese title shows its English title first and nothing beside it.
  const chineseFirst = table.locale === "zh-TW" && values.otherTitle !== "";
  const source: Partial<Record<keyof ItemFields, ItemColumn>> = {
    year: "year",
    kind: "kind",
    projectNumber: "projectNumber",
    proposerCode: "proposer",
    status: "status",
    titleEn: chineseFirst ? "otherTitle" : "title",
    titleZh: chineseFirst ? "title" : "otherTitle",
  };
  const id = values.itemId ? digits(values.itemId) : null;
  if (values.itemId && id === null) problem("itemId", msg("import.badId"));
  const existing = id === null ? undefined : context.items.get(id);
  if (id !== null && !existing) problem("itemId", msg("import.unknownItem", { id }));
  if (existing?.archivedAt) problem("itemId", msg("a.archivedItem"));

  const kind = readKind(values.kind);
  if (kind === undefined) problem("kind", msg("import.unknownValue", { value: values.kind }));
  const status = readStatus(values.status);
  if (!status) problem("status", values.status ? msg("import.unknownValue", { value: values.status }) : msg("v.required", { field: "status" }));
  const proposer = context.readEconomy(values.proposer);
  if (!proposer) problem("proposer", values.proposer ? msg("import.unknownEconomy", { value: values.proposer }) : msg("v.required", { field: "proposerCode" }));
  const coSponsors: string[] = [];
  for (const name of splitList(values.coSponsors)) {
    const code = context.readEconomy(name);
    if (!code) problems.push({ column: table.headings.coSponsors, value: name, message: msg("import.unknownEconomy", { value: name }) });
    else if (code === proposer) problems.push({ column: table.headings.coSponsors, value: name, message: msg("import.proposerCoSponsors") });
    else if (!coSponsors.includes(code)) coSponsors.push(code);
  }

  const base = existing ? itemToFormValues(existing) : blankItem();
  const parsed = itemFieldsSchema.safeParse({
    ...base,
    year: values.year,
    kind: kind === undefined ? base.kind : (kind ?? ""),
    titleEn: chineseFirst ? values.otherTitle : values.title,
    titleZh: chineseFirst ? values.title : table.locale === "zh-TW" ? "" : values.otherTitle,
    projectNumber: values.projectNumber,
    proposerCode: proposer ?? base.proposerCode,
    status: status ?? base.status,
  });
  const reported = new Set(problems.map((p) => p.column));
  for (const issue of parsed.error?.issues ?? []) {
    const column = source[issue.path[0] as keyof ItemFields];
    if (!column) problems.push({ message: issue.message });
    else if (!reported.has(table.headings[column])) problem(column, issue.message);
  }
  return { id, existing, fields: parsed.data, coSponsors, problems };
}

function blankItem(): Record<keyof ItemFields, string> {
  return {
    kind: "",
    forumCode: NEW_ITEM_FORUM,
    year: "",
    projectNumber: "",
    titleEn: "",
    titleZh: "",
    proposerCode: "",
    status: "",
    fundAccount: "",
    subFundId: "",
    apecFundingUsd: "",
    coFundingUsd: "",
    overseer: "",
    expectedStart: "",
    expectedEnd: "",
    summary: "",
    notes: "",
  };
}

function planItems(table: Table<ItemColumn>, context: Context): PlannedItem[] {
  const read = table.rows.map((row) => ({ row, ...readItemRow(row, table, context) }));
  const firstLine = new Map<string, number>();
  const present = (field: keyof ItemData, value: unknown) => presentItemValue(field, value, context, table.locale);

  return read.map(({ row, id, existing, fields, coSponsors, problems }) => {
    const label = row.values.title || (existing ? existing.titleEn : "") || row.values.itemId;
    const projectNumber = fields?.projectNumber ?? null;
    const problem = (column: ItemColumn, message: string) => problems.push({ column: table.headings[column], value: row.values[column], message });
    // Two rows for one item, or one project number for two items, cannot both be written.
    for (const [key, column] of [
      [id === null ? null : `id:${id}`, "itemId"],
      [projectNumber ? `number:${projectNumber}` : null, "projectNumber"],
    ] as const) {
      if (!key) continue;
      const earlier = firstLine.get(key);
      if (earlier !== undefined) problem(column, msg("import.sameAsRow", { row: earlier }));
      else firstLine.set(key, row.line);
    }
    const owner = projectNumber ? context.byNumber.get(projectNumber) : undefined;
    if (owner && owner.id !== id) problem("projectNumber", msg("import.projectNumberTaken", { number: projectNumber! }));
    if (!existing && context.forumId === null) problems.push({ message: msg("a.unknownForum", { code: NEW_ITEM_FORUM }) });

    const active = existing?.coSponsorships.filter((c) => !c.withdrawnOn).map((c) => c.economyCode) ?? [];
    const add = coSponsors.filter((code) => !active.includes(code));
    const withdraw = active.filter((code) => !coSponsors.includes(code));
    for (const code of withdraw) {
      const joinedOn = existing?.coSponsorships.find((c) => c.economyCode === code)?.joinedOn;
      if (joinedOn && joinedOn > context.today)
        problems.push({ column: table.headings.coSponsors, value: economyNames([code], context, table.locale), message: msg("a.withdrawBeforeJoin") });
    }
    const done = { line: row.line, id, projectNumber };
    if (problems.length || !fields) return { ...done, ...refused(table.sheet, row.line, label, problems) };

    const data = Object.fromEntries(ITEM_FIELDS.map((field) => [field, fields[field]])) as ItemData;
    if (!existing) {
      return {
        ...done,
        report: {
          sheet: table.sheet,
          line: row.line,
          outcome: "create" as const,
          label,
          changes: [
            ...ITEM_FIELDS.filter((field) => data[field] !== null && data[field] !== "").map((field) => ({
              field,
              before: "",
              after: present(field, data[field]),
            })),
            ...(coSponsors.length ? [{ field: "coSponsors", before: "", after: economyNames(coSponsors, context, table.locale) }] : []),
          ],
          problems: [],
        },
        operation: { op: "createItem" as const, ref: row.line, data: fields, coSponsors },
      };
    }

    const diff = changesFrom(Object.fromEntries(ITEM_FIELDS.map((field) => [field, existing[field]])) as ItemData, data);
    const changes: Change[] = diff.changed.map((field) => ({
      field,
      before: present(field as keyof ItemData, diff.before[field]),
      after: present(field as keyof ItemData, diff.after[field]),
    }));
    if (add.length || withdraw.length)
      changes.push({ field: "coSponsors", before: economyNames(active, context, table.locale), after: economyNames(coSponsors, context, table.locale) });
    if (changes.length === 0) return { ...done, report: null, operation: null };
    const version = digits(row.values.version);
    if (version === null) problem("version", msg("import.versionNeeded"));
    else if (version !== existing.version) problem("version", msg("import.stale", { file: version, saved: existing.version }));
    if (problems.length) return { ...done, ...refused(table.sheet, row.line, label, problems) };
    return {
      ...done,
      report: { sheet: table.sheet, line: row.line, outcome: "update" as const, label, changes, problems: [] },
      operation: {
        op: "updateItem" as const,
        id: existing.id,
        version: existing.version,
        data: diff.after as Partial<ItemData>,
        before: { ...diff.before, ...(add.length || withdraw.length ? { coSponsors: active } : {}) },
        after: { ...diff.after, ...(add.length || withdraw.length ? { coSponsors } : {}) },
        add,
        withdraw,
      },
    };
  });
}

/** A value as the file's language writes it, so before and after read like the file itself. */
function presentItemValue(field: keyof ItemData, value: unknown, context: Context, locale: Locale): string {
  if (value === null || value === undefined) return field === "kind" ? word(locale, "enums.itemKind.none") : "";
  if (field === "kind") return word(locale, `enums.itemKind.${String(value)}`);
  if (field === "status") return word(locale, `enums.itemStatus.${String(value)}`);
  if (field === "proposerCode") return economyNames([String(value)], context, locale);
  return String(value);
}

// ---------------------------------------------------------------------------------------------
// Milestones

const MILESTONE_SOURCE: Record<string, MilestoneColumn> = {
  title: "milestoneTitleEn",
  titleZh: "milestoneTitleZh",
  due: "milestoneDue",
  anchor: "anchor",
  status: "milestoneStatus",
  completedOn: "completedOn",
  note: "note",
};
// The form's names for what a milestone row changes (keys of the catalogue's "fields").
const MILESTONE_FIELD_LABELS: Record<string, string> = {
  title: "milestoneTitle",
  titleZh: "milestoneTitleZh",
  due: "due",
  anchor: "anchor",
  status: "status",
  completedOn: "completedOn",
  note: "note",
};

function planMilestones(table: Table<MilestoneColumn>, context: Context, items: PlannedItem[]): Planned[] {
  const seen = new Map<number, number>();
  return table.rows.map((row) => {
    const { values } = row;
    const problems: Problem[] = [...row.problems];
    const problem = (column: MilestoneColumn, message: string) => problems.push({ column: table.headings[column], value: values[column], message });
    const label = values.milestoneTitleEn || values.milestoneTitleZh || values.milestoneId;

    // Which item: its ID, or for an item without one yet, its APEC project number.
    const itemId = values.itemId ? digits(values.itemId) : null;
    const number = values.projectNumber.toUpperCase().replace(/\s+/g, " ");
    const newItem = !values.itemId && number ? items.find((item) => item.id === null && item.projectNumber === number) : undefined;
    const known = itemId !== null ? context.items.get(itemId) : !newItem && number ? context.byNumber.get(number) : undefined;
    if (values.itemId && itemId === null) problem("itemId", msg("import.badId"));
    else if (itemId !== null && !known) problem("itemId", msg("import.unknownItem", { id: itemId }));
    else if (!values.itemId && !number) problem("itemId", msg("import.whichItem"));
    else if (!known && !newItem) problem("projectNumber", msg("import.unknownProjectNumber", { number }));
    if (known?.archivedAt) problem("itemId", msg("a.archivedMilestones"));

    const id = values.milestoneId ? digits(values.milestoneId) : null;
    const existing = id === null ? undefined : context.milestones.get(id);
    if (values.milestoneId && id === null) problem("milestoneId", msg("import.badId"));
    else if (id !== null && !existing) problem("milestoneId", msg("import.unknownMilestone", { id }));
    else if (existing && existing.itemId !== (known?.id ?? null))
      problem("milestoneId", msg("import.otherItemsMilestone", { id: existing.id, item: existing.itemId }));
    if (id !== null && seen.has(id)) problem("milestoneId", msg("import.sameAsRow", { row: seen.get(id)! }));
    else if (id !== null) seen.set(id, row.line);

    const status = readMilestoneStatus(values.milestoneStatus);
    if (!status)
      problem(
        "milestoneStatus",
        values.milestoneStatus ? msg("import.unknownValue", { value: values.milestoneStatus }) : msg("v.required", { field: "status" }),
      );
    const parsed = milestoneFieldsSchema.safeParse({
      title: values.milestoneTitleEn,
      titleZh: values.milestoneTitleZh,
      due: values.milestoneDue,
      anchor: values.anchor,
      status: status ?? "PLANNED",
      completedOn: values.completedOn,
      note: values.note,
    });
    for (const issue of parsed.error?.issues ?? []) {
      const column = MILESTONE_SOURCE[String(issue.path[0])];
      if (!(column === "milestoneStatus" && !status))
        problems.push(column ? { column: table.headings[column], value: values[column], message: issue.message } : { message: issue.message });
    }
    if (problems.length || !parsed.success) return refused(table.sheet, row.line, label, problems);

    const present = (form: Record<string, string>) => ({ ...form, status: form.status ? word(table.locale, `enums.milestoneStatus.${form.status}`) : "" });
    const typed = parsed.data;
    if (!existing) {
      const after = present(milestoneToFormValues(typed));
      return {
        report: {
          sheet: table.sheet,
          line: row.line,
          outcome: "create",
          label,
          changes: Object.entries(after)
            .filter(([, value]) => value)
            .map(([field, value]) => ({ field: MILESTONE_FIELD_LABELS[field] ?? field, before: "", after: value })),
          problems: [],
        },
        operation: { op: "createMilestone", itemId: known?.id ?? null, itemRef: newItem ? newItem.line : null, data: typed },
      };
    }
    // The file shows an anchor without its days; an unchanged anchor keeps the days it has, as the form does.
    const saved = withUnifiedLineBreaks(existing);
    const keepsDays = typed.precision === "ANCHOR" && saved.precision === "ANCHOR" && typed.anchor === saved.anchor;
    const fields = keepsDays ? { ...typed, dueStart: existing.dueStart, dueEnd: existing.dueEnd } : typed;
    const diff = changesFrom(
      Object.fromEntries(MILESTONE_FIELDS.map((field) => [field, existing[field]])),
      Object.fromEntries(MILESTONE_FIELDS.map((field) => [field, fields[field]])),
    );
    if (diff.changed.length === 0) return { report: null, operation: null };
    const before = present(milestoneToFormValues(saved));
    const after = present(milestoneToFormValues(fields));
    const changes = Object.keys(after)
      .filter((field) => before[field as keyof typeof before] !== after[field as keyof typeof after])
      .map((field) => ({
        field: MILESTONE_FIELD_LABELS[field] ?? field,
        before: before[field as keyof typeof before] ?? "",
        after: after[field as keyof typeof after] ?? "",
      }));
    const version = digits(values.version);
    if (version === null) problem("version", msg("import.versionNeeded"));
    else if (version !== existing.version) problem("version", msg("import.stale", { file: version, saved: existing.version }));
    if (problems.length) return refused(table.sheet, row.line, label, problems);
    return {
      report: { sheet: table.sheet, line: row.line, outcome: "update", label, changes, problems: [] },
      operation: { op: "updateMilestone", id: existing.id, itemId: existing.itemId, version: existing.version, before: diff.before, after: diff.after },
    };
  });
}
