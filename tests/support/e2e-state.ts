/** Where auth.setup.ts keeps each role's signed-in session. */
export const stateFor = (role: "admin" | "editor" | "editor2" | "viewer" | "reader") => `tests/.tmp/e2e/state-${role}.json`;
