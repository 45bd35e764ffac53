// Session cookies an attacker can make: tampered, signed with another secret, expired, unsigned,
// valid but older than the user's last password change, or naming a session that is not theirs
// or no longer exists. Each counts as signed out: pages send
// to sign-in, and a form posted with one writes nothing.
import { randomBytes } from "node:crypto";
import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { decode, encode } from "next-auth/jwt";
import { itemIdByTitle, itemSnapshot, scalar } from "../support/e2e-db";
import { E2E_AUTH_SECRET } from "../support/e2e-dir";
import { sessionOf } from "../support/e2e-state";
import { itemEditForm, postForm } from "../support/http-forms";
import { recordFigures } from "../support/proof-figures";
import { TEST_USERS } from "../support/test-users";

const COOKIE = "next-auth.session-token";

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** Changes one character in the middle of the encrypted part, so the tag no longer matches. */
function tamper(jwe: string): string {
  const parts = jwe.split(".");
  const cipher = parts[3]!;
  const at = Math.floor(cipher.length / 2);
  parts[3] = cipher.slice(0, at) + (cipher[at] === "A" ? "B" : "A") + cipher.slice(at + 1);
  return parts.join(".");
}

function getWithCookie(baseURL: string, path: string, value: string): Promise<{ status: number; location: string | undefined }> {
  return new Promise((resolve, reject) => {
    const url = new URL(baseURL);
    httpRequest({ host: url.hostname, port: url.port, path, headers: { cookie: `${COOKIE}=${value}` } }, (response) => {
      response.resume();
      resolve({ status: response.statusCode!, location: response.headers.location });
    })
      .on("error", reject)
      .end();
  });
}

test("forged, tampered, expired and stale session cookies count as signed out and write nothing", async ({ baseURL, browser }) => {
  const secret = E2E_AUTH_SECRET;
  const editor = TEST_USERS.editor;
  const id = scalar("SELECT id FROM User WHERE email = ?", [editor.email]);
  const sv = scalar("SELECT sessionVersion FROM User WHERE id = ?", [id]);
  const real = sessionOf("editor", baseURL!);
  const sessionIdOf = async (cookie: string) => (await decode({ token: cookie.slice(`${COOKIE}=`.length), secret }))?.sid;
  const sid = await sessionIdOf(real.cookie);
  expect(sid, "the editor's cookie names its session").toEqual(expect.any(String));
  const claims = { uid: id, sv, sid, name: editor.name, email: editor.email };
  const now = Math.floor(Date.now() / 1000);

  const signedIn = async (value: string) => {
    const { status, location } = await getWithCookie(baseURL!, "/items", value);
    if (status === 200) return true;
    expect(location, "sent to sign in").toMatch(/\/sign-in/);
    return false;
  };

  // The control: a cookie made this way, with the server's secret and true claims, opens the app.
  expect(await signedIn(await encode({ token: claims, secret, maxAge: 3600 }))).toBe(true);

  const forged: Record<string, string> = {
    tampered: tamper(real.cookie.slice(`${COOKIE}=`.length)),
    "signed with another secret": await encode({ token: claims, secret: randomBytes(32).toString("base64url") }),
    expired: await encode({ token: claims, secret, maxAge: -3600 }),
    unsigned: `${base64url({ alg: "none", typ: "JWT" })}.${base64url({ ...claims, iat: now, exp: now + 3600 })}.`,
    "older than the last password change": await encode({ token: { ...claims, sv: sv + 1 }, secret, maxAge: 3600 }),
    "for no such user": await encode({ token: { ...claims, uid: 999_999 }, secret, maxAge: 3600 }),
    "naming no session": await encode({ token: { ...claims, sid: undefined }, secret, maxAge: 3600 }),
    "naming an ended session": await encode({ token: { ...claims, sid: randomBytes(18).toString("base64url") }, secret, maxAge: 3600 }),
    "naming another officer's session": await encode({
      token: { ...claims, sid: await sessionIdOf(sessionOf("viewer", baseURL!).cookie) },
      secret,
      maxAge: 3600,
    }),
    empty: "",
  };

  // An item no other end-to-end test reads (creating one would change the counts they check).
  const target = itemIdByTitle("APEC Customs-Business Dialogue on Women and Trade");
  const before = itemSnapshot(target);
  for (const [name, value] of Object.entries(forged)) {
    expect(await signedIn(value), name).toBe(false);
    // The form is read with the real session; the post carries the forged cookie.
    const fields = await itemEditForm(real, target, { notes: `written with a ${name} cookie` });
    const posted = await postForm({ baseURL: baseURL!, cookie: `${COOKIE}=${value}` }, `/items/${target}/edit`, fields);
    expect(posted.status, name).not.toBe(303);
  }
  expect(itemSnapshot(target)).toEqual(before);
  recordFigures("attack-sessions", { cookies: Object.keys(forged) });

  // And in a browser: the tampered cookie lands on the sign-in page.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  await context.addCookies([{ name: COOKIE, value: forged.tampered!, url: baseURL! }]);
  const page = await context.newPage();
  await page.goto("/items");
  await expect(page).toHaveURL(/\/sign-in/);
  await context.close();
});
