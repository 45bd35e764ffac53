// Run by `npm run bench` in its own Node process (--expose-gc, --import ./scripts/lib/outside-next.mjs):
// how much memory the whole-plan workbook keeps while it streams, against a workbook of a few
// years. A collection before each sample leaves only what is held, not garbage the collector has
// yet to visit; a writer that buffered rows would hold more the more rows it wrote.
import { coSponsorshipWorkbook } from "../../lib/exports/xlsx";
import { itemFiltersSchema } from "../../lib/items/schema";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("Run with node --expose-gc.");

function held(): number {
  gc!();
  const usage = process.memoryUsage();
  // `external` already counts the Buffers (arrayBuffers) it holds.
  return usage.heapUsed + usage.external;
}

async function peakHeld(query: Record<string, string>): Promise<{ mb: number; bytes: number }> {
  const before = held();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, held())), 25);
  let bytes = 0;
  for await (const chunk of await coSponsorshipWorkbook(itemFiltersSchema.parse(query), "en", "bench")) bytes += (chunk as Uint8Array).byteLength;
  clearInterval(sampler);
  return { mb: (Math.max(peak, held()) - before) / 1024 / 1024, bytes };
}

const SUBSET = { year: "2019,2020,2021" };
await peakHeld(SUBSET); // loads and warms everything once
const subset = await peakHeld(SUBSET);
const whole = await peakHeld({});
console.log(JSON.stringify({ subset, whole }));
process.exit(0);
