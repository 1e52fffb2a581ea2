/**
 * Pathological documents (issue 7) are linted within a bounded time or refused
 * with a clear one-line message. Each runs in a process of its own
 * (pathological-worker.mjs), so that its time and peak memory are its own and
 * a crash or a hang cannot take the test runner down. The figures are recorded
 * in docs/guarantees.md; the bound asserted here is generous on purpose (the
 * Markdown parser itself is superlinear on some inputs).
 */
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const worker = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pathological-worker.mjs')
const boundMs = 30_000

interface Outcome {
  readonly name: string
  readonly bytes: number
  readonly milliseconds: number
  readonly peakRssMiB: number
  readonly outcome: 'linted' | 'refused'
  readonly messages?: number
  readonly error?: string
  readonly oneLine?: boolean
}

function run(name: string): Outcome {
  const child = spawnSync(process.execPath, [worker, name], {encoding: 'utf8', timeout: boundMs * 2, maxBuffer: 1024 * 1024})
  expect(child.error, `${name}: the worker did not finish within ${(boundMs * 2) / 1000} s`).toBeUndefined()
  expect(child.status, `${name} crashed: ${child.stderr.slice(0, 500)}`).toBe(0)
  const outcome = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as Outcome
  // Keep the figure in the test log, for docs/guarantees.md.
  console.info(JSON.stringify(outcome))
  return outcome
}

/** Linted, or refused with a clear message: never a stack overflow or other crash dressed as a refusal. */
function expectBounded(outcome: Outcome): void {
  expect(outcome.milliseconds, `${outcome.name} took ${outcome.milliseconds} ms`).toBeLessThan(boundMs)
  if (outcome.outcome === 'refused') {
    expect(outcome.oneLine).toBe(true)
    expect(outcome.error).not.toMatch(/RangeError|Maximum call stack|TypeError|out of memory/u)
  }
}

describe('pathological documents', {timeout: boundMs * 2 + 10_000}, () => {
  it('50,000 distinct undefined abbreviations: each reported', () => {
    const outcome = run('abbreviations-50k')
    expectBounded(outcome)
    expect(outcome.outcome).toBe('linted')
    expect(outcome.messages).toBeGreaterThan(49_000)
  })

  it('a table of 2,000 columns and 22 rows', () => {
    const outcome = run('table-2000-columns')
    expectBounded(outcome)
    expect(outcome.outcome).toBe('linted')
    expect(outcome.messages).toBeGreaterThan(0)
  })

  it('a flat list of 100,000 items', () => {
    expectBounded(run('flat-list-100k'))
  })

  it('100,000 nested list items: linted or refused in bounded time', () => {
    expectBounded(run('nested-list-100k'))
  })

  it('100,000 nested block quotes: linted or refused in bounded time', () => {
    expectBounded(run('nested-quote-100k'))
  })

  it('50,000 nested block quotes and list items: linted or refused in bounded time', () => {
    expectBounded(run('nested-mixed-100k'))
  })

  it('1,000 list levels, one a line: linted or refused in bounded time', () => {
    expectBounded(run('nested-list-lines-1k'))
  })

  it('one line of 5 MB: linted or refused in bounded time', () => {
    expectBounded(run('line-5mb'))
  })

  // The emphasis bound (packages/core/src/emphasis.ts) replays micromark's matching before parsing.
  it('two runs of 20,000 and of 100,000 `*` around a word: refused at line 1, before the parser', () => {
    for (const name of ['emphasis-runs-20k', 'emphasis-runs-100k', 'emphasis-unclosed-50k']) {
      const outcome = run(name)
      expectBounded(outcome)
      expect(outcome.outcome, name).toBe('refused')
      expect(outcome.error, name).toMatch(/^DocumentError: 1:1: emphasis markers \(`\*`, `_`\) in a paragraph that the Markdown parser cannot match in bounded time/u)
    }
  })

  it('2,000 paragraphs of ordinary emphasis, footnote stars and form blanks: linted', () => {
    const outcome = run('emphasis-ordinary-2k')
    expectBounded(outcome)
    expect(outcome.outcome).toBe('linted')
  })
})
