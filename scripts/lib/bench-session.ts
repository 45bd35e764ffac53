// The benchmark's officers and how it signs them in, shared by `npm run bench` and
// `npm run bench:compare`.
import { hashPassword } from "../../lib/auth/password";
import { createPrismaClient } from "../../lib/db/create-client";
import { signIn } from "../../tests/support/http-forms";

export interface BenchUser {
  email: string;
  password: string;
}

/** The pages are measured as a viewer sees them. */
export const BENCH_VIEWER: BenchUser = { email: "bench@sccp-tracker.local", password: "bench-password-not-secret" };
/** Uploads need an editor. */
export const BENCH_EDITOR: BenchUser = { email: "bench-editor@sccp-tracker.local", password: "bench-password-not-secret" };

/** Both officers, active and with their known passwords, in the database at `url`. */
export async function ensureBenchUsers(url: string): Promise<void> {
  const client = createPrismaClient(url);
  try {
    const passwordHash = await hashPassword(BENCH_VIEWER.password);
    for (const [user, role] of [
      [BENCH_VIEWER, "VIEWER"],
      [BENCH_EDITOR, "EDITOR"],
    ] as const) {
      await client.user.upsert({
        where: { email: user.email },
        create: { email: user.email, name: "Benchmark", role, passwordHash },
        update: { passwordHash, role, active: true, mustChangePassword: false },
      });
    }
  } finally {
    await client.$disconnect();
  }
}

/** Signs in at `base` through next-auth's own credentials flow and returns the session cookie. */
export async function signInAt(base: string, user: BenchUser = BENCH_VIEWER): Promise<string> {
  return (await signIn(base, user.email, user.password)).cookie;
}
