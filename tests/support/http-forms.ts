// The app spoken to over plain HTTP, as a browser without JavaScript would: sign in through
// next-auth's credentials flow, read a form's hidden fields (the server action's ids, the version,
// the values the form started from) from the page, and post the form back as multipart.

export interface HttpSession {
  baseURL: string;
  /** The `Cookie` header carrying the session. */
  cookie: string;
}

export interface PostResult {
  status: number;
  location: string | null;
  html: string;
}

/** Signs in; `setCookie` is the session cookie exactly as the server set it, attributes and all. */
export async function signIn(baseURL: string, email: string, password: string): Promise<HttpSession & { setCookie: string }> {
  const csrf = await fetch(`${baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(csrf), origin: baseURL },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    redirect: "manual",
  });
  const session = response.headers.getSetCookie().find((cookie) => /^(__Secure-)?next-auth\.session-token=/.test(cookie));
  if (!session) throw new Error(`Signing in as ${email} failed (HTTP ${response.status}).`);
  return { baseURL, cookie: session.split(";")[0]!, setCookie: session };
}

function cookieHeader(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

export async function getPage(session: HttpSession, path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${session.baseURL}${path}`, { headers: { cookie: session.cookie }, redirect: "manual" });
  return { status: response.status, html: await response.text() };
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#x27": "'", "#39": "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, name: string) => ENTITIES[name]!);

/** The hidden fields of the first form on the page that has a field named `marker`. */
export function hiddenFields(html: string, marker: string): [string, string][] {
  for (const form of html.match(/<form\b[\s\S]*?<\/form>/g) ?? []) {
    if (!form.includes(`name="${marker}"`)) continue;
    return [...form.matchAll(/<input\b([^>]*)>/g)]
      .map((input) => Object.fromEntries([...input[1]!.matchAll(/([\w:$-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, decode(value!)])))
      .filter((attributes) => attributes.type === "hidden" && attributes.name)
      .map((attributes) => [attributes.name!, attributes.value ?? ""]);
  }
  throw new Error(`The page has no form with a field named "${marker}".`);
}

/** Posts a form as the browser would, from the app's own origin unless told otherwise. */
export async function postForm(session: HttpSession, path: string, fields: [string, string][], origin: string | null = session.baseURL): Promise<PostResult> {
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  const response = await fetch(`${session.baseURL}${path}`, {
    method: "POST",
    body,
    headers: { cookie: session.cookie, ...(origin === null ? {} : { origin }) },
    redirect: "manual",
  });
  return { status: response.status, location: response.headers.get("location"), html: await response.text() };
}

export type SaveOutcome = "saved" | "conflict" | "refused";

function outcomeOf(result: PostResult): SaveOutcome {
  if (result.status === 303) return "saved";
  return result.html.includes('data-testid="conflict"') ? "conflict" : "refused";
}

/**
 * Opens an item's edit page and saves it with `changes` on top of the values it showed: the
 * officer's read-modify-write. Another save in between makes it a conflict, never an overwrite.
 */
export async function editItem(session: HttpSession, id: number, changes: Record<string, string>, origin?: string | null) {
  const result = await postForm(session, `/items/${id}/edit`, await itemEditForm(session, id, changes), origin);
  return { outcome: outcomeOf(result), ...result };
}

/** The fields an item's edit form posts: what the page showed, with `changes` typed over it. */
export async function itemEditForm(session: HttpSession, id: number, changes: Record<string, string>): Promise<[string, string][]> {
  const page = await getPage(session, `/items/${id}/edit`);
  if (page.status !== 200) throw new Error(`GET /items/${id}/edit answered ${page.status}.`);
  const hidden = hiddenFields(page.html, "original");
  const original = JSON.parse(hidden.find(([name]) => name === "original")![1]) as Record<string, string>;
  return [...hidden, ...Object.entries({ ...original, ...changes })];
}

/** Creates an item through the new-item form; a 303 to the new item's page means it was saved. */
export async function createItem(session: HttpSession, fields: Record<string, string>) {
  const page = await getPage(session, "/items/new");
  if (page.status !== 200) throw new Error(`GET /items/new answered ${page.status}.`);
  const hidden = hiddenFields(page.html, "titleEn");
  const result = await postForm(session, "/items/new", [...hidden, ...Object.entries({ forumCode: "SCCP", status: "PROPOSED", year: "2024", ...fields })]);
  const id = result.status === 303 ? Number(/\/items\/(\d+)$/.exec(result.location ?? "")?.[1]) : null;
  return { outcome: outcomeOf(result), id, ...result };
}
