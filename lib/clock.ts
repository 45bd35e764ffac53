/**
 * Where code that acts on time (the scheduler, the mail worker, notifications) reads the time: it
 * takes a Clock instead of calling `new Date()`, so tests and `npm run notify -- --now` can say
 * when "now" is.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** A clock stopped at one instant. */
export function fixedClock(at: Date | string): Clock {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) throw new Error(`Not a time: ${String(at)}`);
  return () => new Date(instant);
}
