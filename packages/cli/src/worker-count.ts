/**
 * How many lint workers a run gets: decided in every run, while the pool
 * itself (`workers.ts`) is loaded only by runs with more than one worker.
 */
import os from 'node:os'

/**
 * A worker costs about half a second before it is useful (starting a thread,
 * loading the parser and the glossary, warming up), about as much as linting
 * 25 documents of a few KB; below this many documents per worker, the main
 * thread alone is faster.
 */
export const documentsPerWorker = 50

/** How many workers for `documents`: 1 (lint in the main thread) for small runs. */
export function workerCount(documents: number, requested: number | undefined): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, documents))
  const count = Math.min(os.availableParallelism(), Math.floor(documents / documentsPerWorker))
  return count >= 2 ? count : 1
}
