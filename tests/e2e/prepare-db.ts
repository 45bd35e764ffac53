// Before the end-to-end server starts: a fresh database with the seed, one account per role (the
// administrator with a second factor, as administrators must have), and an
// item an officer made in the app with an English title only (every item of the report has both).
import { hashPassword } from "../../lib/auth/password";
import { recoveryCodeHash } from "../../lib/auth/totp";
import { applyPendingMigrations } from "../../lib/db/apply-migrations";
import { createPrismaClient } from "../../lib/db/create-client";
import { databaseUrl } from "../../lib/db/url";
import { seedDatabase } from "../../prisma/seed/seed";
import { E2E_ENGLISH_ONLY_ITEM } from "../support/e2e-fixtures";
import { TEST_USERS } from "../support/test-users";

await applyPendingMigrations(databaseUrl());
const client = createPrismaClient();
await seedDatabase(client);
for (const user of Object.values(TEST_USERS)) {
  const passwordHash = await hashPassword(user.password);
  // Administrators must have a second factor: theirs is enrolled with the secret auth.setup.ts computes codes from.
  const secondFactor = user.totpSecret
    ? {
        totpSecret: user.totpSecret,
        totpEnabledAt: new Date(),
        recoveryCodes: { create: user.recoveryCodes!.map((code) => ({ hash: recoveryCodeHash(code) })) },
      }
    : {};
  await client.user.create({ data: { email: user.email, name: user.name, role: user.role, passwordHash, ...secondFactor } });
}
const sccp = await client.forum.findUniqueOrThrow({ where: { code: "SCCP" } });
await client.item.create({
  data: { titleEn: E2E_ENGLISH_ONLY_ITEM, proposerCode: "MY", forumId: sccp.id, year: 2025, status: "PROPOSED", kind: "SELF_FUNDED" },
});
await client.$disconnect();
console.log("End-to-end database ready.");
