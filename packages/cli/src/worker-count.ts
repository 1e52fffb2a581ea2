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

/**
 * Nor does a worker pay for itself on less text than this: each document sent
 * to a thread and its result sent back cost more than linting a near-empty
 * document (20,000 empty files took 6.6 s on the pool, 3.7 s in the main thread).
 */
export const bytesPerWorker = 256 * 1024

/** How many workers for `documents` of `bytes` in all: 1 (lint in the main thread) for small runs. */
export function workerCount(documents: number, bytes: number, requested: number | undefined): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, documents))
  const count = Math.min(os.availableParallelism(), Math.floor(documents / documentsPerWorker), Math.floor(bytes / bytesPerWorker))
  return count >= 2 ? count : 1
}
