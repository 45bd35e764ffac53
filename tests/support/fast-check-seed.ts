// Property tests must not make CI flaky: on CI (CI set) every fast-check run takes one fixed seed,
// elsewhere a random one, and the seed is printed so any failure can be replayed with FC_SEED.
// A counterexample found this way becomes a pinned example in its test (fast-check's `examples`).
import fc from "fast-check";

const FIXED_CI_SEED = 20_261_203;
const requested = process.env.FC_SEED?.trim();
const seed = requested ? Number(requested) : process.env.CI ? FIXED_CI_SEED : Math.floor(Math.random() * 2 ** 31);
if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED="${requested}" is not a whole number.`);

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
console.log(`fast-check seed ${seed} (replay with FC_SEED=${seed})`);
