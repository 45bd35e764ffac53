import type { Role } from "@/lib/db/generated/enums";

/** Accounts the end-to-end tests sign in with; created by tests/e2e/prepare-db.ts. */
export const TEST_USERS: Record<"admin" | "editor" | "editor2" | "viewer" | "reader", { email: string; password: string; name: string; role: Role }> = {
  admin: { email: "admin@e2e.test", password: "admin-password-1234", name: "Ada Admin", role: "ADMIN" },
  editor: { email: "editor@e2e.test", password: "editor-password-1234", name: "Eddie Editor", role: "EDITOR" },
  editor2: { email: "editor2@e2e.test", password: "editor2-password-1234", name: "Erin Editor", role: "EDITOR" },
  viewer: { email: "viewer@e2e.test", password: "viewer-password-1234", name: "Vera Viewer", role: "VIEWER" },
  // Switches languages; kept apart so the other tests keep reading English.
  reader: { email: "reader@e2e.test", password: "reader-password-1234", name: "Rui Reader", role: "VIEWER" },
};
