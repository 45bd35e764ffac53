/**
 * An administrator must have a second factor set up before acting (lib/auth/session.ts): test
 * administrators are created with one, as the real ones are.
 */
export const WITH_SECOND_FACTOR = { totpSecret: "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU", totpEnabledAt: new Date("2024-01-01T00:00:00Z") };

/** An administrator who has not set it up yet. */
export const WITHOUT_SECOND_FACTOR = { totpSecret: null, totpEnabledAt: null };
