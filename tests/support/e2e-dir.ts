// Where one end-to-end run keeps its database, secret and signed-in sessions. E2E_DIR lets two
// runs share a checkout (each with its own E2E_PORT and NEXT_DIST_DIR) without sharing state.
export const E2E_DIR = process.env.E2E_DIR ?? "tests/.tmp/e2e";

/**
 * The main end-to-end server's session secret. Given rather than generated so that the run's
 * build carries a server-actions key derived from it (next.config.ts): the instances test serves
 * that build as one of its two machines and builds only the other.
 */
export const E2E_AUTH_SECRET = "end-to-end-session-secret-0123456789abcdefghij";
