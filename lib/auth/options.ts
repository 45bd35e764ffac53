import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies, headers } from "next/headers";
import { z } from "zod";
import { db } from "../db";
import { writeTransaction } from "../db/write";
import { msg } from "../i18n/message";
import {
  KNOWN_DEVICE_MAX_AGE_S,
  KNOWN_DEVICE_PATH,
  knownDeviceCookie,
  knownDeviceCookieName,
  newDeviceId,
  readKnownDevice,
  type KnownDevice,
} from "./known-device";
import { acceptOidcSignIn, OIDC_PROVIDER_ID, oidcProvider } from "./oidc";
import { currentLocalSignIn, currentOidcConfig } from "./oidc-config";
import { DUMMY_HASH, verifyPassword } from "./password";
import { acceptSignInFactor } from "./second-factor-mutations";
import { authSecret } from "./secret";
import { lockedMessage, SIGN_IN_FAILED } from "./sign-in-messages";
import { attemptSucceeded, attemptWithdrawn, deviceThrottleKey, registerAttempt, throttleKeys } from "./throttle";
import { closeSignedOutSession, openUserSession } from "./user-sessions-mutations";

export { lockedMessage, SIGN_IN_FAILED };

export const CODE_NEEDED = msg("auth.codeNeeded");
export const WRONG_CODE = msg("auth.wrongCode");
/** LOCAL_SIGN_IN=false, and the email is not the break-glass administrator's. */
export const LOCAL_SIGN_IN_OFF = msg("oidc.localSignInOff");
/** The break-glass email's password was right, but the account is not an administrator with a second factor. */
export const BREAK_GLASS_NOT_READY = msg("oidc.breakGlassNotReady");

const optionalCode = z
  .string()
  .max(100)
  .optional()
  .transform((value) => value?.trim() || null);

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
  /** The authenticator app's code, or one of the recovery codes, for an account with a second factor. */
  code: optionalCode,
  recoveryCode: optionalCode,
});

const secureCookies = process.env.NODE_ENV === "production" && process.env.NEXTAUTH_URL?.startsWith("https://") === true;

/**
 * The client's address, for the per-address limit. Only behind a reverse proxy that sets
 * X-Forwarded-For (TRUST_PROXY=true) is that header believed; a client could otherwise pick any
 * address, to dodge the limit or to lock others out. Without it only the per-account limit applies.
 * The proxy appends the address it saw to whatever the client sent, so the last entry is the one
 * to believe.
 */
export function clientAddress(headers: Record<string, unknown> | undefined): string | null {
  if (process.env.TRUST_PROXY !== "true") return null;
  const forwarded = headers?.["x-forwarded-for"];
  const last = typeof forwarded === "string" ? forwarded.split(",").at(-1)?.trim() : undefined;
  const real = headers?.["x-real-ip"];
  return last || (typeof real === "string" && real.trim() ? real.trim() : null);
}

export interface SignInContext {
  /** The client's address, when a trusted proxy tells it. */
  address: string | null;
  /** The device the browser's known-device cookie names, if any. */
  knownDevice: KnownDevice | null;
}

/**
 * Checks an email and password against the users table, with throttling; never logs the password.
 * An account with a second factor also needs a current authentication code or a recovery code:
 * sent without one, a right password is answered CODE_NEEDED (the form then asks for it) and does
 * not count as a failure; a wrong or replayed code counts like a wrong password.
 * Also returns the known-device cookie the browser gets for signing in.
 */
export async function authorizeCredentials(raw: unknown, context: SignInContext, now = new Date()) {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(SIGN_IN_FAILED);
  const { email, password, code, recoveryCode } = parsed.data;
  // With passwords off, only the break-glass address is even looked up: there is nothing to guess.
  const local = currentLocalSignIn();
  const breakGlass = !local.enabled;
  if (breakGlass && email !== local.breakGlassEmail) throw new Error(LOCAL_SIGN_IN_OFF);
  const user = await db.user.findUnique({ where: { email } });
  const known = context.knownDevice;
  const device = user && known?.userId === user.id && known.sessionVersion === user.sessionVersion ? known : null;
  const keys = device ? [deviceThrottleKey(device.userId, device.deviceId)] : throttleKeys(email, context.address);

  const attempt = await registerAttempt(db, keys, now);
  if (attempt.wasLocked) throw new Error(lockedMessage(attempt.lockedUntil!, now));
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !valid || !user.active) throw new Error(attempt.lockedUntil ? lockedMessage(attempt.lockedUntil, now) : SIGN_IN_FAILED);
  // The way in when single sign-on fails must be as strong as it: an administrator, with a second factor.
  if (breakGlass && (user.role !== "ADMIN" || !user.totpEnabledAt)) throw new Error(BREAK_GLASS_NOT_READY);
  if (user.totpEnabledAt) {
    if (!code && !recoveryCode) {
      await attemptWithdrawn(db, keys, attempt);
      throw new Error(CODE_NEEDED);
    }
    const accepted = await writeTransaction((tx) => acceptSignInFactor(tx, { userId: user.id, code, recoveryCode, now }));
    if (!accepted) throw new Error(attempt.lockedUntil ? lockedMessage(attempt.lockedUntil, now) : WRONG_CODE);
  }

  await attemptSucceeded(db, keys, attempt);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  return {
    id: String(user.id),
    email: user.email,
    name: user.name,
    sessionVersion: user.sessionVersion,
    knownDeviceCookie: knownDeviceCookie({ userId: user.id, sessionVersion: user.sessionVersion, deviceId: device?.deviceId ?? newDeviceId() }),
  };
}

/** next-auth's side of a sign-in: reads the request, and gives the browser its known-device cookie. */
async function authorizeRequest(credentials: unknown, headers: Record<string, unknown> | undefined) {
  const jar = await cookies();
  const cookieName = knownDeviceCookieName(secureCookies);
  const { knownDeviceCookie: cookie, ...user } = await authorizeCredentials(credentials, {
    address: clientAddress(headers),
    knownDevice: readKnownDevice(jar.get(cookieName)?.value),
  });
  jar.set(cookieName, cookie, { httpOnly: true, sameSite: "strict", secure: secureCookies, path: KNOWN_DEVICE_PATH, maxAge: KNOWN_DEVICE_MAX_AGE_S });
  return user;
}

const SESSION_MAX_AGE_S = 12 * 60 * 60;

// Read when the server starts; a mistake stops every sign-in with its message (npm start checks first).
const oidcConfig = currentOidcConfig();

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  useSecureCookies: secureCookies,
  providers: [
    CredentialsProvider({
      name: "email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
        code: { label: "Authentication code", type: "text" },
        recoveryCode: { label: "Recovery code", type: "text" },
      },
      authorize: (credentials, req) => authorizeRequest(credentials, req?.headers),
    }),
    ...(oidcConfig ? [oidcProvider(oidcConfig)] : []),
  ],
  callbacks: {
    async signIn({ user, account, profile }) {
      if (account?.provider === OIDC_PROVIDER_ID && oidcConfig) await acceptOidcSignIn(user, (profile ?? {}) as Record<string, unknown>, oidcConfig);
      return true;
    },
    async jwt({ token, user, account }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      // A sign-in (next-auth names the provider it came through) opens the session's row; the
      // renewal after a password change (lib/auth/session.ts) has no account and keeps its row.
      if (user && account) token.sid = await openRequestSession(token.uid, account.provider === OIDC_PROVIDER_ID ? "oidc" : "password");
      return token;
    },
    session({ session, token }) {
      session.user = { ...session.user, id: token.uid, sv: token.sv };
      return session;
    },
  },
  events: {
    // The row goes with the sign-out, so a copy of the cookie taken earlier opens nothing.
    async signOut({ token }) {
      if (typeof token?.sid === "string") await writeTransaction((tx) => closeSignedOutSession(tx, token.sid!));
    },
  },
};

/** The session row for a sign-in under way, with what lets the officer recognise it later: the browser and, behind a trusted proxy, the address. */
async function openRequestSession(userId: number, method: "password" | "oidc"): Promise<string> {
  const request = await headers();
  return writeTransaction((tx) =>
    openUserSession(tx, {
      userId,
      method,
      userAgent: request.get("user-agent"),
      address: clientAddress(Object.fromEntries(request.entries())),
      maxAgeS: SESSION_MAX_AGE_S,
    }),
  );
}
