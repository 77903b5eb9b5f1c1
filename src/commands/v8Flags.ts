// A build's thread count → V8 tuned for it (process-wide flags: set by the build command, the process's edge, before any worker's heap is made; never from the engine's stages).
import { setFlagsFromString } from 'node:v8';

/**
 * By default V8 grows a heap up to 4× when it can afford to: two workers peaked near 1 GB with ~80 MB live each, and one
 * thread alone at ~510 MB. Doubling at most took the synthetic province on two threads from 966 to 642 MB for ~4 % more
 * time, and on one thread from ~510 to ~390 MB for no measurable time (19.4 s both); capping the heap (resourceLimits)
 * cost 15–30 %.
 */
const HEAP_GROWING_PERCENT = 100;

/**
 * How much bytecode TurboFan inlines into one optimised function (V8's default 920). Every worker compiles the same
 * hot code for itself on V8's background threads, and on two cores those compete with the workers: two workers spent
 * ~13 s of a 39 s CPU total there on the synthetic province. A quarter of the default took that to ~10 s and the
 * build from ~22 to ~20 s; one thread, which compiles once, gains nothing from it, so it is set only when workers build.
 */
const INLINED_BYTECODE_CUMULATIVE = 230;

export function tuneV8ForBuild(withWorkers: boolean): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  if (withWorkers) setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_CUMULATIVE}`);
}
