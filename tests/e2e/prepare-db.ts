// Before the end-to-end server starts: a fresh database with the seed and one account per role.
import { hashPassword } from "../../lib/auth/password";
import { applyPendingMigrations } from "../../lib/db/apply-migrations";
import { createPrismaClient } from "../../lib/db/create-client";
import { databaseUrl } from "../../lib/db/url";
import { seedDatabase } from "../../prisma/seed/seed";
import { TEST_USERS } from "../support/test-users";

await applyPendingMigrations(databaseUrl());
const client = createPrismaClient();
await seedDatabase(client);
for (const user of Object.values(TEST_USERS)) {
  await client.user.create({ data: { email: user.email, name: user.name, role: user.role, passwordHash: await hashPassword(user.password) } });
}
await client.$disconnect();
console.log("End-to-end database ready.");
