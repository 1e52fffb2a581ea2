/**
 * The CLI on 5,000 generated documents (generate-files.ts): serially, on all
 * workers, with a cold and a warm cache, the report is the same byte for
 * byte, in path order, and it holds exactly the defects the generator planted
 * in every file; the first 1,000 files linted alone give their part of it.
 * Each run is the real binary in a process of its own, its time and peak RSS
 * (bench/lib/rss-hook.js, worker threads included) printed for
 * docs/guarantees.md but not asserted: a loaded machine and the garbage
 * collector's timing move them too much for a test. `pnpm bench` holds peak
 * memory of 5,000 files against 1,000 to its target.
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
    timeout: 300_000
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

describe(`${fileCount.toLocaleString('en')} generated documents`, {timeout: 900_000}, () => {
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

  it(`the first ${smallCount.toLocaleString('en')} files alone: their part of the report`, () => {
    const large = runs.get('workers-1') ?? lint('workers-1', ['--workers', '1', '.'])
    const small = lint('workers-1-1000', ['--workers', '1', 'part-0'])
    console.info(JSON.stringify({workers: 1, peakRssMiB1000: small.peakRssMiB, peakRssMiB5000: large.peakRssMiB, ratio: Number((large.peakRssMiB / small.peakRssMiB).toFixed(2))}))
    expect(small.code).toBe(1)
    expect(small.stderr).toBe('')
    expect(JSON.parse(small.stdout)).toEqual((JSON.parse(large.stdout) as JsonReport[]).filter((file) => file.path.startsWith('part-0/')))
  })
})
