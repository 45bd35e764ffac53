// `npm run db:migrate`: applies the pending folders of prisma/migrations and records them in
// `_prisma_migrations`, exactly as `prisma migrate deploy` would.
import { applyPendingMigrations } from "../lib/db/apply-migrations";
import { redactUrl } from "../lib/db/url";

applyPendingMigrations()
  .then(({ applied, databaseUrl }) => {
    console.log(
      applied.length
        ? `Applied ${applied.length} migration(s) to ${redactUrl(databaseUrl)}: ${applied.join(", ")}`
        : `Database ${redactUrl(databaseUrl)} is up to date; no migration to apply.`,
    );
  })
  .catch((error: unknown) => {
    console.error(`Migration failed; the database was left as it was before the failing migration.\n${describe(error)}`);
    process.exit(1);
  });

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error && "message" in error) return String((error as { message: unknown }).message);
  return String(error);
}
