import type { ActionResult } from "@/lib/actions/result";

export type Action = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/** A form post's body; a field given as a list is sent once per value. */
export function formData(fields: Record<string, string | number | (string | number)[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const one of Array.isArray(value) ? value : [value]) data.append(key, String(one));
  }
  return data;
}

export interface Outcome {
  result: ActionResult | null;
  redirectedTo: string | null;
}

/**
 * Calls a server action as a form post would. A redirect (what Next does after a save) is an
 * outcome too; the test files mock next/navigation's redirect to throw an error carrying its URL.
 */
export async function submitForm(action: Action, data: FormData): Promise<Outcome> {
  try {
    return { result: await action(null, data), redirectedTo: null };
  } catch (error) {
    const redirect = error as { digest?: string; url?: string };
    if (redirect.digest?.startsWith("NEXT_REDIRECT")) return { result: null, redirectedTo: redirect.url ?? "" };
    throw error;
  }
}
