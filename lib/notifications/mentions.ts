// A mention is "@" and an officer's email address, or the part of it before the "@" when no other
// officer's address starts the same: "@mei.lin" or "@mei.lin@customs.gov.tw". Names have spaces
// and repeat across economies; addresses do not.

const MENTION = /(?<![\w.@])@([A-Za-z0-9._%+-]+(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?)/g;

/** Every handle mentioned in a text, lower-cased, without trailing sentence punctuation. */
export function mentionHandles(text: string | null | undefined): Set<string> {
  const handles = new Set<string>();
  if (!text) return handles;
  for (const match of text.matchAll(MENTION)) {
    const handle = match[1]!.replace(/[._%+-]+$/, "").toLowerCase();
    if (handle) handles.add(handle);
  }
  return handles;
}

/** The handles a new text mentions that the old one did not: an edit re-saving a note tells nobody twice. */
export function newMentions(before: string | null | undefined, after: string | null | undefined): string[] {
  const old = mentionHandles(before);
  return [...mentionHandles(after)].filter((handle) => !old.has(handle));
}

/** A short excerpt of the text around the first mention of a handle, for the notice. */
export function mentionExcerpt(text: string, handle: string, width = 140): string {
  const flat = text.replace(/\s+/g, " ");
  const at = flat.toLowerCase().indexOf(`@${handle}`);
  if (flat.length <= width) return flat.trim();
  const centre = Math.max(0, at);
  const start = Math.max(0, Math.min(centre - Math.floor(width / 3), flat.length - width));
  const piece = flat.slice(start, start + width).trim();
  return `${start > 0 ? "…" : ""}${piece}${start + width < flat.length ? "…" : ""}`;
}

export interface MentionableUser {
  id: number;
  email: string;
}

/**
 * Which officers the handles name: a full address matches that officer; a bare handle matches the
 * one officer whose address begins with it, and nobody when it is ambiguous.
 */
export function resolveMentions(handles: string[], users: MentionableUser[]): Map<string, number> {
  const byEmail = new Map(users.map((user) => [user.email.toLowerCase(), user.id]));
  const byLocal = new Map<string, number | null>();
  for (const user of users) {
    const local = user.email.toLowerCase().split("@")[0]!;
    byLocal.set(local, byLocal.has(local) ? null : user.id);
  }
  const resolved = new Map<string, number>();
  for (const handle of handles) {
    const id = handle.includes("@") ? byEmail.get(handle) : byLocal.get(handle);
    if (id != null) resolved.set(handle, id);
  }
  return resolved;
}
