// The first run's administrator. Kept free of server-only imports: npm start calls it.
import { generatePassword, hashPassword } from "../auth/password";
import type { PrismaClient } from "../db/generated/client";
import { inWriteTransaction, lockNames } from "../db/write-sql";
import { msg } from "../i18n/message";
import { emailSchema, newPasswordSchema } from "./schema";

export const DEFAULT_ADMIN_EMAIL = "admin@sccp-tracker.local";

export type BootstrapOutcome = { created: false } | { created: true; email: string; generatedPassword: string | null };

/**
 * When there is no account at all, creates an administrator: from ADMIN_EMAIL and ADMIN_PASSWORD
 * when set, otherwise with a generated password that must be changed at first sign-in.
 */
export async function ensureAdmin(
  db: PrismaClient,
  env: { ADMIN_EMAIL?: string; ADMIN_PASSWORD?: string } = { ADMIN_EMAIL: process.env.ADMIN_EMAIL, ADMIN_PASSWORD: process.env.ADMIN_PASSWORD },
): Promise<BootstrapOutcome> {
  if ((await db.user.count()) > 0) return { created: false };
  const email = emailSchema.safeParse(env.ADMIN_EMAIL?.trim() || DEFAULT_ADMIN_EMAIL);
  if (!email.success) throw new Error(`ADMIN_EMAIL="${env.ADMIN_EMAIL}" is not an email address.`);
  const given = env.ADMIN_PASSWORD;
  if (given !== undefined && given !== "" && !newPasswordSchema.safeParse(given).success) {
    throw new Error("ADMIN_PASSWORD must be 12 to 200 characters long.");
  }
  const password = given || generatePassword();
  const passwordHash = await hashPassword(password);
  // The release step already runs one at a time; this holds even without it (two first starts).
  const created = await inWriteTransaction(db, async (tx) => {
    await lockNames(tx, ["first-administrator"]);
    if ((await tx.user.count()) > 0) return false;
    const user = await tx.user.create({
      data: { email: email.data, name: "Administrator", role: "ADMIN", passwordHash, mustChangePassword: !given },
    });
    await tx.auditEvent.create({
      data: {
        action: "user.create",
        entityType: "User",
        entityId: String(user.id),
        summary: msg("audit.firstAdmin", { email: user.email }),
        after: JSON.stringify({ email: user.email, role: "ADMIN" }),
      },
    });
    return true;
  });
  if (!created) return { created: false };
  return { created: true, email: email.data, generatedPassword: given ? null : password };
}
