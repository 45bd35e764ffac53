// The parameters of the API's own lists (documents, follow-up actions, positions), read as the
// work plan's filters are: every problem named in words, nothing guessed.
import { z } from "zod";
import { DocumentKind, FollowUpStatus, PositionStance } from "../db/generated/enums";
import { msg } from "../i18n/message";
import { queryRecord } from "../items/schema";
import { FOLLOW_UP_WINDOWS } from "./follow-ups";
import { pagingFields } from "./v1";

const MAX_ID = 2_147_483_647;

/** A row's id in a query or a path: a positive whole number that fits the database's integer. */
export function idParam(name: string) {
  return z
    .string()
    .regex(/^[1-9]\d{0,9}$/, { message: msg("api.idParam", { name }) })
    .transform(Number)
    .refine((id) => id <= MAX_ID, { message: msg("api.idParam", { name }) });
}

/** "a,b" of an enum's values, in any case and with "-" for "_", as the work plan's filters read them. */
export function enumList<T extends string>(name: string, values: readonly T[]) {
  return z.string().transform((text, ctx): T[] => {
    const chosen: T[] = [];
    const parts = text
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);
    // An empty value is refused like a wrong one: the link lost what it meant to ask.
    for (const part of parts.length ? parts : [""]) {
      const value = part.toUpperCase().replace(/-/g, "_") as T;
      if (!values.includes(value)) {
        ctx.addIssue({ code: "custom", message: msg("v.filterValue", { name, value: part }) });
        return z.NEVER;
      }
      if (!chosen.includes(value)) chosen.push(value);
    }
    return chosen;
  });
}

/** Text searched for, as the work plan's q: at most 100 characters; blank means "not filtered". */
export const searchParam = z
  .string()
  .trim()
  .max(100, { message: msg("v.searchLength") })
  .transform((value) => value || undefined);

/** `true` or `false`, nothing else. */
export function flagParam(name: string) {
  return z.enum(["true", "false"], { message: msg("api.flag", { name }) }).transform((value) => value === "true");
}

/**
 * An endpoint's whole query: its own parameters, each optional, and paging; any other key, or a
 * repeated one, is refused by name.
 */
export function apiQuerySchema<Shape extends Record<string, z.ZodType<unknown, string>>>(shape: Shape) {
  const optional = Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, field.optional()])) as {
    [K in keyof Shape]: z.ZodOptional<Shape[K]>;
  };
  const fields = z.object({ ...optional, ...pagingFields });
  return queryRecord([...Object.keys(shape), ...Object.keys(pagingFields)]).pipe(
    fields as unknown as z.ZodType<z.output<typeof fields>, Partial<Record<string, string>>>,
  );
}

/** GET /documents: where the files belong, what kind they are, text in the title or APEC number. */
export const documentQuery = apiQuerySchema({
  itemId: idParam("itemId"),
  meetingId: idParam("meetingId"),
  kind: enumList("kind", Object.values(DocumentKind)),
  q: searchParam,
  includeArchived: flagParam("includeArchived"),
});

/** GET /follow-ups: by status, owner, item, meeting and due window. */
export const followUpQuery = apiQuerySchema({
  status: enumList("status", Object.values(FollowUpStatus)),
  ownerId: idParam("ownerId"),
  itemId: idParam("itemId"),
  meetingId: idParam("meetingId"),
  due: z.enum(FOLLOW_UP_WINDOWS, { message: msg("api.followUpDue") }),
});

/** GET /positions: by stance and item. */
export const positionQuery = apiQuerySchema({
  stance: enumList("stance", Object.values(PositionStance)),
  itemId: idParam("itemId"),
});
