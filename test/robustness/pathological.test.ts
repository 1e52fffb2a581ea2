/**
 * Pathological documents (issue 7) are linted in time that grows with their
 * size, or refused with a clear one-line message. Each runs in a process of
 * its own (pathological-worker.mjs), so that a crash or a hang cannot take the
 * test runner down. No wall-clock time is asserted (a loaded machine would make
 * such a bound flaky): a linted document is also linted at a quarter of its
 * size in the same process, and the CPU time of the whole must grow at most
 * {@link growthMargin} times faster than the input, which a linear engine meets
 * with room to spare (measured 1.8–3.8× for 4× the input) and a quadratic one
 * (16×) does not. A hang is the spawn's time limit. The times are printed, and
 * recorded in docs/guarantees.md; `pnpm bench` measures speed.
 */
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const worker = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pathological-worker.mjs')
/** Far above any case's need (the slowest takes about 15 s on a quiet 2-core machine): only a hang reaches it. */
const hangMs = 300_000
/** A warm-up at 1/32, then a quarter of the document, then the document, in one process. */
const growthScales = [1 / 32, 1 / 4, 1]
/** CPU time may grow at most this many times faster than the input's bytes. */
const growthMargin = 3

interface Outcome {
  readonly name: string
  readonly scale: number
  readonly bytes: number
  readonly milliseconds: number
  readonly cpuMs: number
  readonly peakRssMiB: number
  readonly outcome: 'linted' | 'refused'
  readonly messages?: number
  readonly error?: string
  readonly oneLine?: boolean
}

/** The outcomes of `name` at each of `scales`, the last being the document itself. */
function runAt(name: string, scales: readonly number[]): Outcome[] {
  const child = spawnSync(process.execPath, [worker, name, ...scales.map(String)], {encoding: 'utf8', timeout: hangMs, maxBuffer: 1024 * 1024})
  expect(child.error, `${name}: the worker did not finish within ${hangMs / 1000} s`).toBeUndefined()
  expect(child.status, `${name} crashed: ${child.stderr.slice(0, 500)}`).toBe(0)
  const outcomes = child.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Outcome)
  expect(outcomes.map((outcome) => outcome.scale)).toEqual(scales)
  // Keep the figures in the test log, for docs/guarantees.md.
  for (const outcome of outcomes) console.info(JSON.stringify(outcome))
  return outcomes
}

function run(name: string): Outcome {
  return runAt(name, [1])[0]!
}

/** Linted with CPU time that grows with the size (see the file's comment), or refused with a clear one-line message. */
function lintedInLinearTimeOrRefused(name: string): Outcome {
  const [, quarter, whole] = runAt(name, growthScales) as [Outcome, Outcome, Outcome]
  if (whole.outcome === 'refused') {
    expectClearRefusal(whole)
    return whole
  }
  expect(quarter.outcome, `${name} at a quarter: ${quarter.error}`).toBe('linted')
  const inputGrowth = whole.bytes / quarter.bytes
  const timeGrowth = whole.cpuMs / Math.max(quarter.cpuMs, 1)
  expect(timeGrowth, `${name}: ${inputGrowth.toFixed(1)}× the bytes took ${timeGrowth.toFixed(1)}× the CPU time (${quarter.cpuMs} → ${whole.cpuMs} ms)`).toBeLessThanOrEqual(inputGrowth * growthMargin)
  return whole
}

/** Never a stack overflow or other crash dressed as a refusal. */
function expectClearRefusal(outcome: Outcome): void {
  expect(outcome.oneLine, outcome.name).toBe(true)
  expect(outcome.error, outcome.name).not.toMatch(/RangeError|Maximum call stack|TypeError|out of memory/u)
}

describe('pathological documents', {timeout: hangMs + 10_000}, () => {
  it('50,000 distinct undefined abbreviations: each reported', () => {
    const outcome = lintedInLinearTimeOrRefused('abbreviations-50k')
    expect(outcome.outcome).toBe('linted')
    // All but seven: «ББББ»…«ЗЗЗЗ» (one letter repeated, no abbreviation) and «МСВК», the Cyrillic
    // spelling of MSVC, a known abbreviation.
    expect(outcome.messages).toBe(49_993)
  })

  it('a table of 2,000 columns and 22 rows', () => {
    const outcome = lintedInLinearTimeOrRefused('table-2000-columns')
    expect(outcome.outcome).toBe('linted')
    expect(outcome.messages).toBe(11_440)
  })

  it('a flat list of 100,000 items', () => {
    expect(lintedInLinearTimeOrRefused('flat-list-100k').outcome).toBe('linted')
  })

  it('100,000 nested list items: linted or refused in bounded work', () => {
    lintedInLinearTimeOrRefused('nested-list-100k')
  })

  it('100,000 nested block quotes: linted or refused in bounded work', () => {
    lintedInLinearTimeOrRefused('nested-quote-100k')
  })

  it('50,000 nested block quotes and list items: linted or refused in bounded work', () => {
    lintedInLinearTimeOrRefused('nested-mixed-100k')
  })

  it('1,000 list levels, one a line: linted or refused in bounded work', () => {
    lintedInLinearTimeOrRefused('nested-list-lines-1k')
  })

  it('one line of 5 MB: linted or refused in bounded work', () => {
    lintedInLinearTimeOrRefused('line-5mb')
  })

  // The emphasis bound (packages/core/src/emphasis.ts) replays micromark's matching before parsing. Only
  // the documents themselves: a quarter of them would be parsed, the slow way this bound exists to refuse.
  it('two runs of 20,000 and of 100,000 `*` around a word: refused at line 1, before the parser', () => {
    for (const name of ['emphasis-runs-20k', 'emphasis-runs-100k', 'emphasis-unclosed-50k']) {
      const outcome = run(name)
      expect(outcome.outcome, name).toBe('refused')
      expectClearRefusal(outcome)
      expect(outcome.error, name).toMatch(/^DocumentError: 1:1: emphasis markers \(`\*`, `_`\) in a paragraph that the Markdown parser cannot match in bounded time/u)
    }
  })

  it('2,000 paragraphs of ordinary emphasis, footnote stars and form blanks: linted', () => {
    expect(lintedInLinearTimeOrRefused('emphasis-ordinary-2k').outcome).toBe('linted')
  })
})
