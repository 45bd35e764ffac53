/**
 * An item the end-to-end database holds beside the seed (tests/e2e/prepare-db.ts): made in the app
 * with an English title only, proposed by Malaysia for 2025, which no other spec filters on.
 */
export const E2E_ENGLISH_ONLY_ITEM = "Single Window interoperability study";
