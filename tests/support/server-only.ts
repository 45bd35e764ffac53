// Tests import server modules directly; the real "server-only" package throws outside the
// react-server build condition that only Next.js sets.
export {};
