// Nothing → V8 told how far this process's heaps may grow past what survived their last full collection (a process-wide flag: runBuild sets it before this thread builds and before any worker's heap is made).
import { setFlagsFromString } from 'node:v8';

/**
 * By default V8 grows a heap up to 4× when it can afford to: two workers peaked near 1 GB with ~80 MB live each, and one
 * thread alone at ~510 MB. Doubling at most took the synthetic province on two threads from 966 to 642 MB for ~4 % more
 * time, and on one thread from ~510 to ~390 MB for no measurable time (19.4 s both); capping the heap (resourceLimits)
 * cost 15–30 %.
 */
const HEAP_GROWING_PERCENT = 100;

export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
