// The session cookie as the production build sets it: HttpOnly and SameSite=Lax always, and Secure
// (with the __Secure- name the proxy then reads) once the public address is https.
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { getPage, signIn } from "../support/http-forms";
import { freePort, freshDatabase, startServer } from "../support/production-server";
import { TEST_USERS } from "../support/test-users";

const { email, password } = TEST_USERS.viewer;
const attributes = (setCookie: string) =>
  setCookie
    .split(";")
    .slice(1)
    .map((part) => part.trim().toLowerCase());

test("on a plain-http address the session cookie is HttpOnly and SameSite=Lax", async ({ baseURL }) => {
  const { setCookie } = await signIn(baseURL!, email, password);
  expect(setCookie).toMatch(/^next-auth\.session-token=/);
  expect(attributes(setCookie)).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "path=/"]));
});

test("behind https (NEXTAUTH_URL) the session cookie is also Secure, and the app reads it", async () => {
  test.setTimeout(90_000);
  const dir = "tests/.tmp/secure-cookie";
  const dbFile = freshDatabase(dir);
  const port = await freePort(Number(process.env.E2E_PORT ?? 3100) + 3);
  const server = await startServer({
    port,
    dbFile,
    logFile: `${dir}/server.log`,
    authSecret: randomBytes(32).toString("base64url"),
    env: { NEXTAUTH_URL: `https://127.0.0.1:${port}` },
  });
  try {
    const session = await signIn(server.url, email, password);
    expect(session.setCookie).toMatch(/^__Secure-next-auth\.session-token=/);
    expect(attributes(session.setCookie)).toEqual(expect.arrayContaining(["httponly", "secure", "samesite=lax", "path=/"]));
    expect((await getPage(session, "/items")).status).toBe(200);
  } finally {
    await server.kill();
  }
});
