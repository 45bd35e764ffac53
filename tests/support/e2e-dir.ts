// Where one end-to-end run keeps its database, secret and signed-in sessions. E2E_DIR lets two
// runs share a checkout (each with its own E2E_PORT and NEXT_DIST_DIR) without sharing state.
export const E2E_DIR = process.env.E2E_DIR ?? "tests/.tmp/e2e";
