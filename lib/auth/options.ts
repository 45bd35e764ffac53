import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "../db";
import { msg } from "../i18n/message";
import { DUMMY_HASH, verifyPassword } from "./password";
import { authSecret } from "./secret";
import { attemptSucceeded, registerAttempt, throttleKeys } from "./throttle";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

export const SIGN_IN_FAILED = msg("auth.wrong");

export function lockedMessage(until: Date): string {
  return msg("auth.locked", { minutes: Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000)) });
}

/**
 * The client's address, for the per-address limit. Only behind a reverse proxy that sets
 * X-Forwarded-For (TRUST_PROXY=true) is that header believed; a client could otherwise pick any
 * address, to dodge the limit or to lock others out. Without it only the per-account limit applies.
 */
function clientAddress(headers: Record<string, unknown> | undefined): string | null {
  if (process.env.TRUST_PROXY !== "true") return null;
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" ? real : null);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Checks an email and password against the users table, with throttling; never logs the password. */
export async function authorizeCredentials(raw: unknown, address: string | null, wait: (ms: number) => Promise<unknown> = sleep) {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(SIGN_IN_FAILED);
  const { email, password } = parsed.data;
  const keys = throttleKeys(email, address);

  const attempt = await registerAttempt(db, keys);
  if (attempt.wasLocked) throw new Error(lockedMessage(attempt.lockedUntil!));

  const user = await db.user.findUnique({ where: { email } });
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !valid || !user.active) {
    await wait(attempt.delayMs);
    throw new Error(attempt.lockedUntil ? lockedMessage(attempt.lockedUntil) : SIGN_IN_FAILED);
  }
  await attemptSucceeded(db, keys);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return { id: String(user.id), email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  useSecureCookies: process.env.NODE_ENV === "production" && process.env.NEXTAUTH_URL?.startsWith("https://") === true,
  providers: [
    CredentialsProvider({
      name: "email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: (credentials, req) => authorizeCredentials(credentials, clientAddress(req?.headers)),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      session.user = { ...session.user, id: token.uid, sv: token.sv };
      return session;
    },
  },
};
