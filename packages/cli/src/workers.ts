/**
 * Linting on several cores: a pool of worker threads, each handed the next
 * document when it finishes one, so a slow document does not hold up a batch.
 * Results are returned by job index, so the report's order never depends on
 * which worker finished first.
 */
import {Worker} from 'node:worker_threads'
import type {FileSettings} from './config-resolve.js'
import type {DocumentResult} from './lint-document.js'

export interface LintJob {
  /** The document's name, for `.mdx` detection. */
  readonly name: string
  readonly bytes: Uint8Array
  /** Index into {@link WorkerSetup.settings}. */
  readonly settings: number
}

export interface WorkerSetup {
  readonly settings: readonly FileSettings[]
  readonly fix: boolean
}

export interface JobMessage extends LintJob {
  readonly index: number
}

export interface ResultMessage {
  readonly index: number
  readonly result: DocumentResult
}

// The compiled worker beside this module: dist/worker.js beside dist/workers.js, and the bundle's
// worker entry beside the bundle's chunk (scripts/bundle-cli.js writes both to dist/bundle/). From
// src/ (tests) the one in dist/: a thread cannot load TypeScript.
const workerUrl = new URL(import.meta.url.endsWith('.ts') ? '../dist/worker.js' : './worker.js', import.meta.url)

export async function lintInWorkers(
  jobs: readonly LintJob[],
  setup: WorkerSetup,
  count: number,
  /** Called with each result as it arrives, by job index (a caller may write a document's fixes at once). */
  onResult: (index: number, result: DocumentResult) => void
): Promise<DocumentResult[]> {
  const results: DocumentResult[] = new Array<DocumentResult>(jobs.length)
  const workers: Worker[] = []
  let next = 0
  let finished = 0
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (worker: Worker): void => {
        if (next >= jobs.length) return
        const index = next++
        worker.postMessage({...jobs[index]!, index} satisfies JobMessage)
      }
      for (let started = 0; started < Math.min(count, jobs.length); started++) {
        const worker = new Worker(workerUrl, {workerData: setup})
        workers.push(worker)
        worker.on('message', (message: ResultMessage) => {
          results[message.index] = message.result
          finished++
          onResult(message.index, message.result)
          if (finished === jobs.length) resolve()
          else feed(worker)
        })
        worker.on('error', reject)
        worker.on('exit', (code) => {
          if (finished < jobs.length) reject(new Error(`a lint worker stopped with exit code ${code}`))
        })
        feed(worker)
      }
      if (jobs.length === 0) resolve()
    })
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  return results
}
