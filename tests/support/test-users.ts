import { generate } from "otplib";
import type { Role } from "@/lib/db/generated/enums";

interface TestUser {
  email: string;
  password: string;
  name: string;
  role: Role;
  /** The authenticator app's secret of an account enrolled with a second factor (administrators must be). */
  totpSecret?: string;
  /** Its recovery codes, as the officer kept them; prepare-db stores their hashes. */
  recoveryCodes?: string[];
}

/** Accounts the end-to-end tests sign in with; created by tests/e2e/prepare-db.ts. */
export const TEST_USERS: Record<"admin" | "editor" | "editor2" | "viewer" | "reader", TestUser> = {
  admin: {
    email: "admin@e2e.test",
    password: "admin-password-1234",
    name: "Ada Admin",
    role: "ADMIN",
    totpSecret: "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU",
    recoveryCodes: Array.from({ length: 10 }, (_, i) => `e2ea-dmin-reco-ver${"abcdefghij"[i]}`),
  },
  editor: { email: "editor@e2e.test", password: "editor-password-1234", name: "Eddie Editor", role: "EDITOR" },
  editor2: { email: "editor2@e2e.test", password: "editor2-password-1234", name: "Erin Editor", role: "EDITOR" },
  viewer: { email: "viewer@e2e.test", password: "viewer-password-1234", name: "Vera Viewer", role: "VIEWER" },
  // Switches languages; kept apart so the other tests keep reading English.
  reader: { email: "reader@e2e.test", password: "reader-password-1234", name: "Rui Reader", role: "VIEWER" },
};

/** The code an authenticator app shows for this secret now (or `steps` time steps from now). */
export function totpCodeNow(secret: string, steps = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });
}
