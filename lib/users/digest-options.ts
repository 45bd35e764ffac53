// The digest's choices, apart from the zod schemas that check them: the settings form reads them in
// the browser, where importing schema.ts would bring all of zod along.
import { DigestFrequency } from "../db/generated/enums";

export const DIGEST_FREQUENCIES = Object.values(DigestFrequency) as [DigestFrequency, ...DigestFrequency[]];
/** ISO weekdays, 1 Monday to 7 Sunday, as the weekly digest's day. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
