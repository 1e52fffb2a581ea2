/**
 * The CLI on 5,000 generated documents (generate-files.ts): serially, on all
 * workers, with a cold and a warm cache, the report is the same byte for
 * byte, in path order, and it holds exactly the defects the generator planted
 * in every file. Peak memory of the parallel run does not grow with the number
 * of files: the 5,000-file run peaks within 1.5× of the 1,000-file run. Each run is the real
 * binary in a process of its own, its peak RSS reported by a preloaded hook
 * (bench/lib/rss-hook.js, worker threads included); the figures are printed
 * for docs/guarantees.md.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {writeCorpus, type GeneratedFile, type Planted} from './generate-files.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const bin = path.join(root, 'packages/cli/bin/reqlint.js')
const rssHook = pathToFileURL(path.join(root, 'bench/lib/rss-hook.js')).href
const seed = 0x5eed_2024
const fileCount = 5_000
const smallCount = 1_000
/** The 5,000-file peak may be at most this many times the 1,000-file peak. */
const flatness = 1.5

interface Run {
  readonly label: string
  readonly code: number
  readonly stdout: string
  readonly stderr: string
  readonly seconds: number
  readonly peakRssMiB: number
}

interface JsonReport {
  readonly path: string
  readonly messages: ReadonlyArray<{ruleId?: string; line?: number; column?: number; actual?: string; expected?: string[]; severity: string; reason: string}>
}

let dir = ''
let corpus = ''
let files: GeneratedFile[] = []
const runs = new Map<string, Run>()

/** The CLI with `--format json` in `corpus`, with its time and its peak RSS (the largest figure its process reported). */
function lint(label: string, args: readonly string[]): Run {
  const rssFile = path.join(dir, `${label}.rss`)
  const env: NodeJS.ProcessEnv = {...process.env, NO_COLOR: '1', FORCE_COLOR: '0', LANG: 'C', LC_ALL: '', LC_MESSAGES: '', REQLINT_BENCH_RSS: rssFile}
  for (const name of ['CI', 'GITHUB_ACTIONS', 'NODE_OPTIONS']) delete env[name]
  const started = performance.now()
  const child = spawnSync(process.execPath, ['--import', rssHook, bin, '--format', 'json', ...args], {
    cwd: corpus,
    env,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: 150_000
  })
  const seconds = (performance.now() - started) / 1000
  expect(child.error, `${label}: ${String(child.error)}`).toBeUndefined()
  const figures = fs.existsSync(rssFile) ? fs.readFileSync(rssFile, 'utf8').trim().split('\n') : []
  const peakKiB = Math.max(0, ...figures.map((line) => Number(line.split(' ')[1])))
  const run: Run = {label, code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr, seconds, peakRssMiB: Math.round(peakKiB / 1024)}
  console.info(JSON.stringify({run: label, files: label.includes('1000') ? smallCount : fileCount, seconds: Number(seconds.toFixed(2)), peakRssMiB: run.peakRssMiB, exit: run.code, reportCharacters: run.stdout.length}))
  runs.set(label, run)
  return run
}

function plan(messages: JsonReport['messages']): Planted[] {
  return messages.map((message) => ({ruleId: message.ruleId as Planted['ruleId'], line: message.line!, column: message.column!, actual: message.actual!}))
}

describe(`${fileCount.toLocaleString('en')} generated documents`, {timeout: 240_000}, () => {
  beforeAll(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'reqlint-stress-')))
    corpus = path.join(dir, 'corpus')
    const started = performance.now()
    files = writeCorpus(corpus, seed, fileCount)
    const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0)
    const planted = files.reduce((sum, file) => sum + file.planted.length, 0)
    console.info(JSON.stringify({generated: files.length, mebibytes: Number((bytes / 1024 / 1024).toFixed(1)), planted, cleanFiles: files.filter((file) => file.planted.length === 0).length, seconds: Number(((performance.now() - started) / 1000).toFixed(2))}))
  }, 60_000)

  afterAll(() => {
    if (dir) fs.rmSync(dir, {recursive: true, force: true})
  })

  it('one report, whatever the workers and the cache, holding exactly what was planted', () => {
    const serial = lint('workers-1', ['--workers', '1', '.'])
    const parallel = lint('workers-default', ['.'])
    const cacheFile = path.join(dir, 'reqlintcache.json')
    const cold = lint('cache-cold', ['--cache', '--cache-location', cacheFile, '.'])
    expect(fs.existsSync(cacheFile), 'the cold run writes the cache').toBe(true)
    const warm = lint('cache-warm', ['--cache', '--cache-location', cacheFile, '.'])

    for (const run of [serial, parallel, cold, warm]) {
      // Errors were found (exit 1), and a machine format prints nothing but the report.
      expect(run.code, `${run.label}: ${run.stderr.slice(0, 500)}`).toBe(1)
      expect(run.stderr, run.label).toBe('')
    }
    // Nothing in a JSON report varies from run to run (no times, no absolute paths): no normalisation.
    expect(parallel.stdout).toBe(serial.stdout)
    expect(cold.stdout).toBe(serial.stdout)
    expect(warm.stdout).toBe(serial.stdout)

    const report = JSON.parse(serial.stdout) as JsonReport[]
    const paths = report.map((file) => file.path)
    expect(paths).toEqual([...paths].sort())
    expect(paths).toEqual(files.map((file) => file.path).sort())
    const byPath = new Map(report.map((file) => [file.path, file]))
    const mismatches: string[] = []
    for (const file of files) {
      const reported = plan(byPath.get(file.path)!.messages)
      try {
        expect(reported).toEqual(file.planted)
      } catch {
        mismatches.push(`${file.path}: planted ${JSON.stringify(file.planted)}, reported ${JSON.stringify(reported)}\n${file.text}`)
      }
    }
    expect(mismatches.slice(0, 3), `${mismatches.length} of ${files.length} files differ from the plan`).toEqual([])

    // Spot checks of the report's own fields, for one file of each kind of defect.
    const severities: Record<Planted['ruleId'], string> = {'undefined-abbreviation': 'error', 'inconsistent-term': 'error', 'ambiguous-wording': 'warning', 'mixed-script': 'error'}
    for (const ruleId of Object.keys(severities) as Array<Planted['ruleId']>) {
      const file = files.find((candidate) => candidate.planted.some((planted) => planted.ruleId === ruleId))!
      const message = byPath.get(file.path)!.messages.find((candidate) => candidate.ruleId === ruleId)!
      expect(message.severity, `${file.path} ${ruleId}`).toBe(severities[ruleId])
      // The reason quotes the text, except for mixed-script, which quotes the word as it should be.
      expect(message.reason).toContain(ruleId === 'mixed-script' ? message.expected![0] : message.actual)
    }
    const clean = files.filter((file) => file.planted.length === 0)
    expect(clean.length).toBeGreaterThan(fileCount / 20)
    for (const file of clean) expect(byPath.get(file.path)!.messages, file.path).toEqual([])
  })

  it(`peak memory is flat: ${fileCount.toLocaleString('en')} files within ${flatness}× of ${smallCount.toLocaleString('en')}`, () => {
    const large = runs.get('workers-1') ?? lint('workers-1', ['--workers', '1', '.'])
    const small = lint('workers-1-1000', ['--workers', '1', 'part-0'])
    // By default a run gets one worker per 50 files up to the number of cores: the same number of workers for both
    // corpora only up to 20 cores (each worker is a parser and a glossary of its own), so compared only then.
    const defaultLarge = runs.get('workers-default') ?? lint('workers-default', ['.'])
    const defaultSmall = lint('workers-default-1000', ['part-0'])
    const sameWorkers = os.availableParallelism() <= smallCount / 50
    for (const [workers, smaller, larger] of [['1', small, large], ['default', defaultSmall, defaultLarge]] as const) {
      console.info(JSON.stringify({workers, cores: os.availableParallelism(), peakRssMiB1000: smaller.peakRssMiB, peakRssMiB5000: larger.peakRssMiB, ratio: Number((larger.peakRssMiB / smaller.peakRssMiB).toFixed(2))}))
    }

    for (const run of [small, defaultSmall]) {
      expect(run.code).toBe(1)
      expect(run.peakRssMiB).toBeGreaterThan(0)
      // The smaller corpus is the first 1,000 files of the larger: its report is theirs.
      expect(JSON.parse(run.stdout)).toEqual((JSON.parse(large.stdout) as JsonReport[]).filter((file) => file.path.startsWith('part-0/')))
    }
    // The parallel run is the one the issue asks to stay flat. A serial run is printed above but not held to
    // the bound: it grows by about 25 MiB per 1,000 files (1.6–1.8× here), because the run keeps every
    // finding twice (plain data and vfile messages), every input's bytes and the whole report string until
    // the end; streaming the report file by file is the known way out (docs/guarantees.md).
    if (sameWorkers) {
      expect(defaultLarge.peakRssMiB, `default workers: ${defaultLarge.peakRssMiB} MiB for ${fileCount} files, ${defaultSmall.peakRssMiB} MiB for ${smallCount}`).toBeLessThanOrEqual(defaultSmall.peakRssMiB * flatness)
    }
  })
})
