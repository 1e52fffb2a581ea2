#!/usr/bin/env node
// reqlint's benchmark (issue 6): `pnpm bench` builds, then runs this.
//
//   node bench/run.js [--quick] [--no-peers] [--no-install] [--profile] [--json <file>]
//
// It generates its corpora deterministically under bench/.corpus, then measures, in one run and
// side by side, the floor (remark-parse + GFM), reqlint in process and as the CLI, generated
// glossaries of 100 and 10,000 entries, a folder of 1,000 files with one worker and all cores,
// start-up, peak memory of each, 10 MB against 1 MB, and the peers; it prints a table and the
// targets of issue 6 with PASS / FAIL and the measured ratios. Times are medians; every
// measurement runs in a process of its own. Nothing here asserts timing in a test: it is a report.
// docs/benchmark.md explains each line.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {editToDiagnostics} from './lib/editor.js'
import {ensurePeers} from './lib/peers.js'
import {summarise} from './lib/profile.js'
import {measureInChild, median, parallelCapacity, runNode, runNodeTogether} from './lib/programs.js'
import {folderBytes, prepareCorpus} from './lib/setup.js'

const benchDir = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(benchDir, '..')
const cliBin = path.join(root, 'packages/cli/bin/reqlint.js')
const coreDist = path.join(root, 'packages/core/dist/index.js')

const argv = process.argv.slice(2)
const flag = (name) => argv.includes(name)
if (flag('--help') || flag('-h')) {
  process.stdout.write(
    [
      'usage: node bench/run.js [options]   (pnpm bench builds first, then runs this)',
      '',
      '  --quick        skip the 10 MB documents and the peers, fewer runs (about 3–5 minutes on 2 cores)',
      '  --no-peers     skip textlint and remark-cli',
      '  --no-install   do not npm-install the peers into bench/node_modules when missing',
      '  --only startup only the start-up rows and targets (about a minute)',
      '  --only folder  only the folder of 1,000 files: workers and the peers (a few minutes)',
      '  --only robustness  only peak memory of 1,000 against 5,000 files and the pathological documents',
      '  --profile      only profile reqlint on the 1 MB Russian document (node --cpu-prof) and',
      '                 print the top self time by function and by file',
      '  --json <file>  also write the results there (always written to bench/.corpus/results/)',
      ''
    ].join('\n')
  )
  process.exit(0)
}
const quick = flag('--quick')
const withPeers = !quick && !flag('--no-peers')
const jsonIndex = argv.indexOf('--json')
const jsonOut = jsonIndex === -1 ? undefined : argv[jsonIndex + 1]

const log = (text) => process.stderr.write(text + '\n')
const seconds = (ms) => (ms === undefined || Number.isNaN(ms) ? '—' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`)
const megabytes = (kib) => (kib === undefined ? '—' : `${Math.round(kib / 1024)} MB`)
const times = (ratio) => (ratio === undefined || !Number.isFinite(ratio) ? '—' : `${ratio.toFixed(2)}×`)

if (!fs.existsSync(coreDist)) {
  log('packages/core/dist is missing: run `pnpm run build` (or `pnpm bench`, which builds first).')
  process.exit(2)
}

const benchStarted = performance.now()
const corpus = prepareCorpus(path.join(benchDir, '.corpus'), {log})
const size = (file) => fs.statSync(file).size
const folder = folderBytes(corpus.folder)

// ------------------------------------------------------------------ what can run

const help = runNode([cliBin, '--help'], {memory: false, okStatuses: [0], stdoutFile: path.join(corpus.out, 'help.txt')})
const cliProblem = help.error ? `the CLI does not run (${help.error})` : undefined
const helpText = cliProblem ? '' : fs.readFileSync(path.join(corpus.out, 'help.txt'), 'utf8')
const workersSupported = /--workers\b/u.test(helpText)
// bench/.corpus is git-ignored, and the CLI skips git-ignored files when it walks a directory.
const folderArgs = /--no-gitignore\b/u.test(helpText) ? ['--no-gitignore'] : []

if (flag('--profile')) {
  profile()
  process.exit(0)
}

const rows = []
const notes = []
const results = {
  date: new Date().toISOString(),
  machine: {
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpus: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg()
  },
  quick,
  inputs: {
    'ru 1 MB': size(corpus.ru1),
    'en 1 MB': size(corpus.en1),
    ...(quick ? {} : {'ru 10 MB': size(corpus.ru10), 'en 10 MB': size(corpus.en10)}),
    folder: folder
  },
  rows,
  targets: [],
  notes
}
if (cliProblem) notes.push(`CLI rows skipped: ${cliProblem}`)

/** Adds a table row; `baseline` names the row its ratio is against. */
function row(name, input, measurement, {baseline, baselineLabel, runs} = {}) {
  const entry = {
    name,
    input,
    ms: measurement.ms,
    samples: measurement.samples,
    runs: runs ?? measurement.samples?.length ?? (measurement.ms === undefined ? 0 : 1),
    rssKiB: measurement.rssKiB,
    cpuMs: measurement.cpuMs,
    error: measurement.error,
    extra: measurement.extra
  }
  if (baseline && baseline.ms !== undefined && entry.ms !== undefined) {
    entry.ratio = entry.ms / baseline.ms
    entry.ratioLabel = baselineLabel
  }
  rows.push(entry)
  const ratio = entry.ratio === undefined ? '' : `  ${times(entry.ratio)} ${baselineLabel}`
  log(`  ${name} · ${input}: ${entry.error ? `ERROR ${entry.error}` : `${seconds(entry.ms)}${ratio}  peak ${megabytes(entry.rssKiB)}`}`)
  return entry
}

/**
 * In-process modes, alternated in one child; peak memory from a separate one-shot child per mode
 * (`memory`), or the child's own peak given to the mode `big` (`peak`: 1 MB beside 10 MB).
 */
function inProcess(file, modes, {warmup, runs, memory = true, timeoutMs, peak = false}) {
  const child = measureInChild({file, modes, warmup, runs}, {timeoutMs})
  const out = {}
  for (const mode of modes) {
    if (child.error) {
      out[mode.id] = {error: child.error}
      continue
    }
    const {samples, extras} = child.modes[mode.id]
    out[mode.id] = {ms: median(samples), samples, extras, rssKiB: modes.length === 1 || (peak && mode.id === 'big') ? child.maxRSSKiB : undefined}
  }
  if (memory && modes.length > 1 && !child.error) {
    for (const mode of modes) {
      const single = measureInChild({file, modes: [mode], warmup: 0, runs: 1}, {timeoutMs})
      out[mode.id].rssKiB = single.maxRSSKiB
    }
  }
  return out
}

/** The CLI `runs` times on `args`; median wall time, largest peak memory. */
function cli(args, {runs, stdoutFile, timeoutMs}) {
  if (cliProblem) return {error: cliProblem}
  const samples = []
  const cpu = []
  let rssKiB
  for (let run = 0; run < runs; run++) {
    const result = runNode([cliBin, ...args], {cwd: root, stdoutFile, timeoutMs})
    if (result.error) return {error: result.error, ms: result.timedOut ? result.ms : undefined}
    samples.push(result.ms)
    if (result.cpuMs !== undefined) cpu.push(result.cpuMs)
    rssKiB = Math.max(rssKiB ?? 0, result.rssKiB ?? 0) || undefined
  }
  return {ms: median(samples), samples, rssKiB, cpuMs: cpu.length > 0 ? median(cpu) : undefined}
}

const runsSmall = quick ? 3 : 5
const runsBig = 3
const startupRuns = quick ? 10 : 15
const ok = (value) => value !== undefined && Number.isFinite(value)

if (argv.includes('--only') && argv[argv.indexOf('--only') + 1] === 'robustness') {
  // Many files and the pathological documents alone (a few minutes).
  const many = measureRobustness()
  process.stdout.write([`many files, pathological documents · node ${process.version} · load ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}`, ...manyFilesTarget(many).map(([status, text, detail]) => `  [${status}] ${text}: ${detail}`), ''].join('\n'))
  process.exit(0)
}

if (argv.includes('--only') && argv[argv.indexOf('--only') + 1] === 'startup') {
  // Start-up alone: a minute, where the whole benchmark takes eight.
  const {nodeRow, startup} = measureStartup()
  const lines = []
  startupTargets(nodeRow, startup, (status, text, detail) => lines.push(`  [${status}] ${text}: ${detail}`))
  process.stdout.write([`start-up · node ${process.version} · load ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}`, ...lines, ''].join('\n'))
  process.exit(0)
}

// ------------------------------------------------------------------ the peers, installed once

const cores = os.availableParallelism()
let peersState
/** The peers' bins, installed the first time they are asked for; undefined (with a note) when they cannot be. */
function peers() {
  if (peersState === undefined) {
    peersState = withPeers ? ensurePeers(benchDir, {install: !flag('--no-install'), log}) : {note: quick ? 'peers skipped (--quick)' : 'peers skipped (--no-peers)'}
    if (peersState.note) notes.push(peersState.note)
  }
  return peersState.note === undefined ? peersState : undefined
}

/** One textlint + prh run and one remark-cli + retext run on `target` (a file or the folder). */
function runPeers(target, label) {
  const {textlint, remark} = peers()
  const textlintReport = path.join(corpus.out, `textlint-${label}.json`)
  const t = runNode([textlint, '--config', corpus.textlintrc, '--format', 'json', target], {cwd: benchDir, stdoutFile: textlintReport})
  const r = runNode([remark, '--rc-path', corpus.remarkrc, '--no-stdout', '--quiet', '--no-color', target], {cwd: benchDir})
  // textlint exits with 1 both on findings and on a crash: a run counts only with a JSON report.
  if (!t.error && !textlintReported(textlintReport)) t.error = `no JSON report (${(t.stderr ?? '').trim().split('\n')[0]})`
  return {textlint: t, remark: r}
}

if (argv.includes('--only') && argv[argv.indexOf('--only') + 1] === 'folder') {
  // The folder with its peers alone: a few minutes, for the spec-repository case of issue 19.
  const workers = await measureFolder()
  const lines = []
  folderTargets(workers, (status, text, detail) => lines.push(`  [${status}] ${text}: ${detail}`))
  const table = rows.map((entry) => `  ${entry.name}: ${entry.error ? `ERROR: ${entry.error}` : seconds(entry.ms)}${entry.ratio === undefined ? '' : ` (${times(entry.ratio)} ${entry.ratioLabel})`}, peak RSS ${megabytes(entry.rssKiB)}`)
  process.stdout.write([`folder of ${folder.count} files · node ${process.version} · load ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}`, ...table, ...lines, ...notes.map((note) => `  - ${note}`), ''].join('\n'))
  process.exit(0)
}

// ------------------------------------------------------------------ 1 MB: floor and all rules

log(`\nreqlint benchmark${quick ? ' (quick)' : ''}: ${results.machine.cpus} CPUs, ${results.machine.cpu}, node ${process.version}, load ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}`)
log('1 MB documents: floor, reqlint parse, all rules (alternated in one process)')
const oneMb = {}
for (const [language, file] of [
  ['ru', corpus.ru1],
  ['en', corpus.en1]
]) {
  const input = `${language} 1 MB`
  const modes = [
    {id: 'floor', kind: 'floor'},
    ...(language === 'ru' ? [{id: 'parse', kind: 'parse'}] : []),
    {id: 'lint', kind: 'lint'}
  ]
  const measured = inProcess(file, modes, {warmup: 1, runs: language === 'ru' ? runsSmall : 3, timeoutMs: 900_000})
  const floor = row('floor: remark-parse + remark-gfm', input, measured.floor)
  if (measured.parse) row('reqlint parseMarkdown only (chunked, no rules)', input, measured.parse, {baseline: floor, baselineLabel: 'floor'})
  const lint = row('reqlint, all rules, in process', input, {...measured.lint, extra: {messages: measured.lint.extras?.[0]?.messages}}, {baseline: floor, baselineLabel: 'floor'})
  const viaCli = row('reqlint CLI --format json', input, cli(['--format', 'json', file], {runs: language === 'ru' ? runsBig : 1, stdoutFile: path.join(corpus.out, `cli-${language}-1mb.json`)}), {baseline: floor, baselineLabel: 'floor'})
  oneMb[language] = {floor, lint, cli: viaCli}
}

// ------------------------------------------------------------------ glossaries

log('glossaries of 100 and 10,000 generated entries on ru 1 MB (alternated; load timed apart)')
const glossaryModes = [
  {id: 'g100', kind: 'lintGlossary', glossary: corpus.glossary100},
  {id: 'g10000', kind: 'lintGlossary', glossary: corpus.glossary10000}
]
const glossaries = inProcess(corpus.ru1, glossaryModes, {warmup: 1, runs: quick ? 3 : 3, memory: false, timeoutMs: 900_000})
const loadOf = (mode) => median((glossaries[mode].extras ?? []).map((extra) => extra.loadMs))
const g100 = row('reqlint + 100-entry glossary, in process (lint incl. compile)', 'ru 1 MB', {...glossaries.g100, extra: {loadMs: loadOf('g100')}}, {baseline: oneMb.ru.floor, baselineLabel: 'floor'})
const g10000 = row('reqlint + 10,000-entry glossary, in process (lint incl. compile)', 'ru 1 MB', {...glossaries.g10000, extra: {loadMs: loadOf('g10000')}}, {baseline: g100, baselineLabel: '100-entry'})
row('  of which: loading the 100-entry YAML', 'glossary', {ms: loadOf('g100'), samples: glossaries.g100.extras?.map((e) => e.loadMs)})
row('  of which: loading the 10,000-entry YAML', 'glossary', {ms: loadOf('g10000'), samples: glossaries.g10000.extras?.map((e) => e.loadMs)})
const g100Cli = row('reqlint CLI -g 100-entry glossary', 'ru 1 MB', cli(['--format', 'json', '-g', corpus.glossary100, corpus.ru1], {runs: 1, stdoutFile: path.join(corpus.out, 'cli-g100.json')}), {baseline: oneMb.ru.floor, baselineLabel: 'floor'})
row('reqlint CLI -g 10,000-entry glossary', 'ru 1 MB', cli(['--format', 'json', '-g', corpus.glossary10000, corpus.ru1], {runs: 1, stdoutFile: path.join(corpus.out, 'cli-g10000.json')}), {baseline: g100Cli, baselineLabel: 'CLI 100-entry'})

// ------------------------------------------------------------------ 10 MB

const tenMb = {}
const cappedHeapMiB = 512
if (!quick) {
  log('10 MB documents against 1 MB (alternated in one process: linearity, memory)')
  const linear = (small, big, runs) =>
    inProcess(
      small,
      [
        {id: 'small', kind: 'lint', file: small, warmup: 1},
        {id: 'big', kind: 'lint', file: big, warmup: 0}
      ],
      {runs, memory: false, timeoutMs: 1_200_000, peak: true}
    )
  const ru = linear(corpus.ru1, corpus.ru10, runsBig)
  const ruSmall = row('reqlint, all rules, in process (beside 10 MB)', 'ru 1 MB', ru.small)
  tenMb.lint = row('reqlint, all rules, in process', 'ru 10 MB', ru.big, {baseline: ruSmall, baselineLabel: 'ru 1 MB'})
  const en = linear(corpus.en1, corpus.en10, 1)
  const enSmall = row('reqlint, all rules, in process (beside 10 MB)', 'en 1 MB', en.small)
  tenMb.en = row('reqlint, all rules, in process', 'en 10 MB', en.big, {baseline: enSmall, baselineLabel: 'en 1 MB'})
  // How much of the peak is the data, and how much V8's choice to let the heap grow before
  // collecting: the same run with the old generation capped (a setting users have, NODE_OPTIONS).
  const capped = measureInChild({file: corpus.en10, modes: [{id: 'big', kind: 'lint'}], warmup: 0, runs: 1}, {timeoutMs: 1_200_000, nodeArgs: [`--max-old-space-size=${cappedHeapMiB}`]})
  tenMb.enCapped = row(
    `reqlint, all rules, in process, --max-old-space-size=${cappedHeapMiB}`,
    'en 10 MB',
    capped.error ? {error: capped.error} : {ms: capped.modes.big.samples[0], samples: capped.modes.big.samples, rssKiB: capped.maxRSSKiB},
    {baseline: tenMb.en, baselineLabel: 'uncapped'}
  )
  tenMb.cli = row('reqlint CLI --format json', 'ru 10 MB', cli(['--format', 'json', corpus.ru10], {runs: 1, stdoutFile: path.join(corpus.out, 'cli-ru-10mb.json'), timeoutMs: 600_000}), {baseline: oneMb.ru.cli, baselineLabel: 'ru 1 MB'})
  // The stock stack on the whole 10 MB document: superlinear on some structures; bounded.
  const floorLimit = 180_000
  const floor10 = inProcess(corpus.ru10, [{id: 'floor', kind: 'floor'}], {warmup: 0, runs: 1, timeoutMs: floorLimit}).floor
  if (floor10.error && /timed out/u.test(floor10.error)) {
    tenMb.floor = row('floor: remark-parse + remark-gfm (whole document)', 'ru 10 MB', {error: `> ${floorLimit / 1000} s (stopped)`, ms: undefined})
    tenMb.floor.lowerBoundMs = floorLimit
  } else {
    tenMb.floor = row('floor: remark-parse + remark-gfm (whole document)', 'ru 10 MB', floor10, {baseline: oneMb.ru.floor, baselineLabel: 'ru 1 MB'})
  }
}

// ------------------------------------------------------------------ the folder, workers

/** The folder of 1,000 files: one worker, all cores, the same work split over processes, the peers. */
async function measureFolder() {

  log(`folder of ${folder.count} files (${(folder.total / folder.count / 1024).toFixed(1)} KB on average)`)
  let workers
  if (cliProblem) {
    notes.push('folder rows skipped: the CLI does not run')
  } else if (!workersSupported) {
    notes.push('the CLI has no --workers option yet (not in --help): the folder ran once in one process; the workers target is SKIP')
    workers = {one: row('reqlint CLI on the folder (no --workers)', `${folder.count} files`, checkedFolder(cli(['--format', 'json', ...folderArgs, corpus.folder], {runs: quick ? 1 : 2, stdoutFile: path.join(corpus.out, 'folder-1.json')}), path.join(corpus.out, 'folder-1.json')))}
  } else {
    // What the machine gives parallel work right now: on a shared box other jobs take cores.
    const capacity = await parallelCapacity(cores)
    results.parallelCapacity = capacity
    log(`  machine: ${cores} CPU-bound node processes side by side ran ${times(capacity.speedup)} faster than one after the other`)
    const runs = quick ? 1 : 2
    const one = {samples: [], cpu: []}
    const all = {samples: [], cpu: []}
    // The same files split over separate processes, one worker each: what this machine gives this
    // very work in parallel, with nothing shared — the ceiling for worker threads in one process.
    const files = fs.readdirSync(corpus.folder).sort().map((name) => path.join(corpus.folder, name))
    const shares = Array.from({length: cores}, (_, share) => files.filter((_, index) => index % cores === share))
    const split = {samples: []}
    // The peers on the same folder, in the same loop: issue 19's comparison is one worker against each.
    const folderPeers = peers() ? {textlint: {samples: []}, remark: {samples: []}} : undefined
    // Alternate one worker, all cores, the split and the peers, so that drift charges all alike.
    for (let run = 0; run < runs && !one.error && !all.error; run++) {
      if (folderPeers) {
        const measured = runPeers(corpus.folder, 'folder')
        for (const name of ['textlint', 'remark']) {
          const result = measured[name]
          if (result.error) folderPeers[name].error = `${name}: ${result.error}`
          else {
            folderPeers[name].samples.push(result.ms)
            folderPeers[name].rssKiB = Math.max(folderPeers[name].rssKiB ?? 0, result.rssKiB ?? 0)
          }
        }
      }
      for (const [target, count] of [
        [one, 1],
        [all, cores]
      ]) {
        const report = path.join(corpus.out, `folder-${count}.json`)
        const result = checkedFolder(cli(['--format', 'json', ...folderArgs, '--workers', String(count), corpus.folder], {runs: 1, stdoutFile: report}), report)
        if (result.error) target.error = result.error
        else {
          target.samples.push(result.ms)
          if (result.cpuMs !== undefined) target.cpu.push(result.cpuMs)
          target.rssKiB = Math.max(target.rssKiB ?? 0, result.rssKiB ?? 0)
        }
      }
      if (!split.error) {
        const result = await runNodeTogether(shares.map((share) => [cliBin, '--format', 'json', ...folderArgs, '--workers', '1', ...share]), {cwd: root})
        if (result.error) split.error = result.error
        else split.samples.push(result.ms)
      }
    }
    split.ms = split.error ? undefined : median(split.samples)
    one.ms = one.error ? undefined : median(one.samples)
    all.ms = all.error ? undefined : median(all.samples)
    one.cpuMs = one.cpu.length > 0 ? median(one.cpu) : undefined
    all.cpuMs = all.cpu.length > 0 ? median(all.cpu) : undefined
    const oneRow = row('reqlint CLI --workers 1', `${folder.count} files`, one)
    const allRow = row(`reqlint CLI --workers ${cores}`, `${folder.count} files`, all, {baseline: oneRow, baselineLabel: '1 worker'})
    const splitRow = row(`${cores} CLI processes side by side, each on 1/${cores} of the files`, `${folder.count} files`, split, {baseline: oneRow, baselineLabel: '1 worker'})
    workers = {one: oneRow, all: allRow, split: splitRow, same: sameReport(path.join(corpus.out, 'folder-1.json'), path.join(corpus.out, `folder-${cores}.json`))}
    if (folderPeers) {
      workers.peers = [
        ['textlint + prh (100 rules)', folderPeers.textlint],
        ['remark-cli + retext-english/simplify/intensify', folderPeers.remark]
      ].map(([name, measured]) => row(name, `${folder.count} files`, measured.error ? {error: measured.error} : {ms: median(measured.samples), samples: measured.samples, rssKiB: measured.rssKiB}, {baseline: oneRow, baselineLabel: 'reqlint 1 worker'}))
    }
  }
  return workers
}

const workers = await measureFolder()

// ------------------------------------------------------------------ many files, pathological documents

const manyFiles = measureRobustness()

// ------------------------------------------------------------------ start-up

const {nodeRow, startup} = measureStartup()

// ------------------------------------------------------------------ editor (issue 17)

log('language server: a character typed → that version\'s diagnostics, over stdio (default debounce included)')
const editorRows = {}
for (const [label, bytes] of [['ru 20 KB', 20 * 1024], ['ru 200 KB', 200 * 1024], ['ru 1 MB', 1024 * 1024]]) {
  let measured
  try {
    measured = await editToDiagnostics(bytes, {edits: quick ? 9 : 15})
  } catch (error) {
    measured = {error: error instanceof Error ? error.message : String(error)}
  }
  editorRows[label] = row('language server: edit → diagnostics', label, measured)
}

// ------------------------------------------------------------------ peers

const peerRows = []
if (withPeers) {
  log('peers on ru 1 MB')
  if (peers()) {
    results.peerVersions = peers().versions
    const peerRuns = 3
    const textlint = []
    const remark = []
    const ours = []
    let textlintRss
    let remarkRss
    let oursRss
    let error
    // textlint, remark-cli and reqlint's CLI take turns, so that the comparison is made in one stretch.
    for (let run = 0; run < peerRuns && !error; run++) {
      if (!cliProblem) {
        const q = runNode([cliBin, '--format', 'json', corpus.ru1], {cwd: root, stdoutFile: path.join(corpus.out, 'cli-ru-1mb-peers.json')})
        if (q.error) error = `reqlint: ${q.error}`
        ours.push(q.ms)
        oursRss = Math.max(oursRss ?? 0, q.rssKiB ?? 0)
      }
      const {textlint: t, remark: r} = runPeers(corpus.ru1, 'ru-1mb')
      if (t.error || r.error) error = `${t.error ? `textlint: ${t.error}` : ''} ${r.error ? `remark-cli: ${r.error}` : ''}`.trim()
      textlint.push(t.ms)
      remark.push(r.ms)
      textlintRss = Math.max(textlintRss ?? 0, t.rssKiB ?? 0)
      remarkRss = Math.max(remarkRss ?? 0, r.rssKiB ?? 0)
    }
    if (error) notes.push(`peers failed: ${error}`)
    else {
      peerRows.push(row('textlint + prh (100 rules)', 'ru 1 MB', {ms: median(textlint), samples: textlint, rssKiB: textlintRss}, {baseline: oneMb.ru.floor, baselineLabel: 'floor'}))
      peerRows.push(row('remark-cli + retext-english/simplify/intensify', 'ru 1 MB', {ms: median(remark), samples: remark, rssKiB: remarkRss}, {baseline: oneMb.ru.floor, baselineLabel: 'floor'}))
      if (ours.length > 0) peerRows.reqlint = row('reqlint CLI --format json (taking turns with the peers)', 'ru 1 MB', {ms: median(ours), samples: ours, rssKiB: oursRss}, {baseline: oneMb.ru.floor, baselineLabel: 'floor'})
    }
  }
} else peers()
if (quick) notes.push('10 MB documents skipped (--quick): linearity and 10 MB memory are SKIP')

// ------------------------------------------------------------------ targets

const targets = results.targets
const target = (status, text, detail) => targets.push({status, text, detail})

{
  const ru = oneMb.ru.lint.ratio
  const en = oneMb.en.lint.ratio
  const status = !ok(ru) || !ok(en) ? 'SKIP' : ru <= 1.3 && en <= 1.3 ? 'PASS' : 'FAIL'
  target(status, 'all rules on 1 MB ≤ 1.3× the floor', `ru ${times(ru)}, en ${times(en)} in process; CLI (with start-up, output) ru ${times(oneMb.ru.cli.ratio)}, en ${times(oneMb.en.cli.ratio)}`)
  const ours = peerRows.reqlint
  if (peerRows.length > 0 && ok(ours?.ms)) {
    const slowest = peerRows.map((peer) => `${peer.name.split(' ')[0]} ${seconds(peer.ms)} = ${times(peer.ms / ours.ms)}`)
    const ahead = peerRows.every((peer) => peer.ms >= 1.5 * ours.ms)
    target(ahead ? 'PASS' : 'FAIL', 'reqlint CLI ≥ 1.5× ahead of every peer on ru 1 MB', `reqlint CLI ${seconds(ours.ms)}; peer time ÷ reqlint time: ${slowest.join(', ')} (taking turns, ${ours.runs} runs each)`)
  } else target('SKIP', 'reqlint CLI ≥ 1.5× ahead of every peer on ru 1 MB', 'peers not run')
}
if (!quick) {
  const ratio = tenMb.lint.ratio
  const sizeRatio = size(corpus.ru10) / size(corpus.ru1)
  target(!ok(ratio) ? 'SKIP' : ratio <= 12 ? 'PASS' : 'FAIL', '10 MB ≤ 12× the 1 MB time', `ru ${times(ratio)} in process (sizes ${sizeRatio.toFixed(2)}×), en ${times(tenMb.en.ratio)}, CLI ru ${times(tenMb.cli.ratio)}; floor ${tenMb.floor.lowerBoundMs ? `> ${times(tenMb.floor.lowerBoundMs / oneMb.ru.floor.ms)} (stopped)` : times(tenMb.floor.ratio)}`)
  const peak = Math.max(tenMb.lint.rssKiB ?? 0, tenMb.cli.rssKiB ?? 0, tenMb.en.rssKiB ?? 0)
  target(
    peak === 0 ? 'SKIP' : peak / 1024 < 700 ? 'PASS' : 'FAIL',
    'peak memory at 10 MB < 700 MB',
    `in process ru ${megabytes(tenMb.lint.rssKiB)}, en ${megabytes(tenMb.en.rssKiB)} (en with the heap capped at ${cappedHeapMiB} MB: ${megabytes(tenMb.enCapped.rssKiB)}, ${times(tenMb.enCapped.ratio)} the time); CLI ru ${megabytes(tenMb.cli.rssKiB)}; floor ${megabytes(tenMb.floor.rssKiB)}`
  )
} else {
  target('SKIP', '10 MB ≤ 12× the 1 MB time', '--quick')
  target('SKIP', 'peak memory at 10 MB < 700 MB', '--quick')
}
{
  const ratio = g10000.ratio
  target(!ok(ratio) ? 'SKIP' : ratio <= 1.2 ? 'PASS' : 'FAIL', '10,000-entry glossary ≤ 1.2× the 100-entry time', `${times(ratio)} in process (lint with compile); YAML load ${seconds(g10000.extra?.loadMs)} vs ${seconds(g100.extra?.loadMs)}`)
}
folderTargets(workers, target)
startupTargets(nodeRow, startup, target)
for (const [status, text, detail] of manyFilesTarget(manyFiles)) target(status, text, detail)

{
  const editor = editorRows['ru 200 KB']
  target(!ok(editor?.ms) ? 'SKIP' : editor.ms <= 150 ? 'PASS' : 'FAIL', 'language server: 200 KB edit → diagnostics ≤ 150 ms at the median (issue 17)', `${seconds(editor?.ms)}; first diagnostics after opening ${seconds(editor?.extra?.openMs)}`)
}

// ------------------------------------------------------------------ report

results.totalSeconds = (performance.now() - benchStarted) / 1000
const table = [['measurement', 'input', 'median', 'runs', 'ratio', 'peak RSS', 'CPU']]
for (const entry of rows) {
  table.push([
    entry.name,
    entry.input,
    entry.error ? `ERROR: ${entry.error}`.slice(0, 60) : seconds(entry.ms),
    String(entry.runs || ''),
    entry.ratio === undefined ? '' : `${times(entry.ratio)} ${entry.ratioLabel}`,
    megabytes(entry.rssKiB),
    entry.cpuMs === undefined ? '' : seconds(entry.cpuMs)
  ])
}
const widths = table[0].map((_, column) => Math.max(...table.map((line) => line[column].length)))
const lines = table.map((line) => line.map((cell, column) => (column === 2 || column === 3 || column >= 5 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ').trimEnd())
const inputs = Object.entries(results.inputs)
  .map(([name, value]) => (typeof value === 'number' ? `${name} = ${(value / 2 ** 20).toFixed(2)} MiB` : `folder = ${value.count} files, ${(value.total / 2 ** 20).toFixed(2)} MiB`))
  .join('; ')
const out = [
  '',
  `reqlint benchmark · ${results.date.slice(0, 10)} · node ${process.version} · ${results.machine.cpus} CPUs (${results.machine.cpu}) · ${results.machine.memoryGiB} GiB · load at start ${results.machine.loadAverage.map((n) => n.toFixed(1)).join(' ')}`,
  `inputs: ${inputs}`,
  '',
  lines[0],
  lines[0].replace(/./gu, '-'),
  ...lines.slice(1),
  '',
  'targets (issues 6 and 17):',
  ...targets.map((entry) => `  [${entry.status}] ${entry.text}: ${entry.detail}`),
  ...(notes.length > 0 ? ['', 'notes:', ...notes.map((note) => `  - ${note}`)] : []),
  '',
  `total ${Math.round(results.totalSeconds)} s; results in ${path.relative(root, path.join(corpus.results, 'latest.json'))}`,
  ''
]
process.stdout.write(out.join('\n'))
const stamp = results.date.replace(/[:.]/gu, '-')
fs.writeFileSync(path.join(corpus.results, `${stamp}.json`), JSON.stringify(results, null, 2) + '\n')
fs.writeFileSync(path.join(corpus.results, 'latest.json'), JSON.stringify(results, null, 2) + '\n')
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(results, null, 2) + '\n')

// ------------------------------------------------------------------ helpers

/** The folder's targets: one worker against each peer, all cores against one worker. */
function folderTargets(workers, target) {
  if (workers?.peers) {
    const ours = workers.one.ms
    const measured = workers.peers.filter((peer) => ok(peer.ms))
    const detail = workers.peers.map((peer) => `${peer.name.split(' ')[0]} ${ok(peer.ms) ? `${seconds(peer.ms)} = ${times(peer.ms / ours)}` : peer.error}`).join(', ')
    const status = !ok(ours) || measured.length < workers.peers.length ? 'SKIP' : measured.every((peer) => peer.ms >= 1.5 * ours) ? 'PASS' : 'FAIL'
    target(status, '1,000 files: reqlint CLI --workers 1 ≥ 1.5× faster than each peer', `reqlint ${seconds(ours)}; peer time ÷ reqlint time: ${detail} (taking turns)`)
  } else target('SKIP', '1,000 files: reqlint CLI --workers 1 ≥ 1.5× faster than each peer', 'peers not run')
  if (workers?.all) {
    const speedup = workers.one.ms / workers.all.ms
    const capacity = results.parallelCapacity?.speedup
    // The target holds whenever the machine itself gives two plain processes ≥ 1.8×; on a machine
    // that does not (other jobs on the cores), a shortfall says nothing about reqlint.
    const machineGives = ok(capacity) && capacity >= 1.8
    const status = !ok(speedup) ? 'SKIP' : speedup >= 1.7 && workers.same === 'identical' ? 'PASS' : machineGives ? 'FAIL' : 'SKIP'
    const sameWork = workers.one.ms / workers.split.ms
    // One worker is not one core: V8 compiles hot functions and collects garbage on threads of its
    // own, and every worker's isolate compiles the same code again. A run that keeps b cores busy
    // can gain at most cores ÷ b from more workers, however well the work is shared.
    const busy = ok(workers.one.cpuMs) && ok(workers.one.ms) ? workers.one.cpuMs / workers.one.ms : undefined
    const ceiling = ok(busy) ? `; one worker kept ${busy.toFixed(2)} cores busy (CPU ÷ wall time), so ${cores} cores allow at most ${times(cores / busy)}` : ''
    target(
      status,
      `1,000 files: ${cores} workers ≥ 1.7× faster than 1`,
      `${times(speedup)} faster; same report: ${workers.same ?? 'not compared'}; at that moment the machine gave ${cores} plain CPU-bound processes ${times(capacity)}, and this work split over ${cores} separate processes ${times(sameWork)} (${cores} workers reach ${ok(sameWork) ? `${Math.round((speedup / sameWork) * 100)} %` : '—'} of that)${ceiling}`
    )
  } else target('SKIP', '1,000 files: all cores ≥ 1.7× faster than 1 worker', cliProblem ? 'the CLI does not run' : 'the CLI has no --workers')
}

/** Start-up: `node -e ''` and the CLI on a tiny file, alternated; two rows. */
function measureStartup() {
  log("start-up: reqlint on a tiny file against node -e ''")
  const nodeSamples = []
  const cliSamples = []
  let startupError = cliProblem
  for (let run = -2; run < startupRuns && !startupError; run++) {
    const bare = runNode(['-e', ''], {memory: false})
    const tiny = runNode([cliBin, '--format', 'json', corpus.tiny], {memory: false, cwd: root})
    if (tiny.error) startupError = tiny.error
    if (run < 0) continue // warm the file-system cache
    nodeSamples.push(bare.ms)
    cliSamples.push(tiny.ms)
  }
  const nodeRss = runNode(['-e', ''], {}).rssKiB
  const nodeRow = row("node -e ''", 'nothing', {ms: median(nodeSamples), samples: nodeSamples, rssKiB: nodeRss})
  const startup = row('reqlint CLI on a tiny file', 'tiny.md', startupError ? {error: startupError} : {ms: median(cliSamples), samples: cliSamples, rssKiB: runNode([cliBin, corpus.tiny], {cwd: root}).rssKiB}, {baseline: nodeRow, baselineLabel: "node -e ''"})
  return {nodeRow, startup}
}

/** The start-up targets: issue 6's ≤ 5× and issue 19's ≤ 3× `node -e ''`. */
function startupTargets(nodeRow, startup, target) {
  const ratio = startup.ratio
  const detail = `${times(ratio)} (${seconds(startup.ms)} vs ${seconds(nodeRow.ms)}, median of ${startupRuns})`
  target(!ok(ratio) ? 'SKIP' : ratio <= 5 ? 'PASS' : 'FAIL', "reqlint on a tiny file ≤ 5× node -e ''", detail)
  target(!ok(ratio) ? 'SKIP' : ratio <= 3 ? 'PASS' : 'FAIL', "issue 19: reqlint on a tiny file ≤ 3× node -e ''", detail)
}

function textlintReported(file) {
  try {
    const report = JSON.parse(fs.readFileSync(file, 'utf8'))
    return Array.isArray(report) && Array.isArray(report[0]?.messages)
  } catch {
    return false
  }
}

/** Peak memory of 1,000 against 5,000 files, and the pathological documents' times (not with --quick). */
function measureRobustness() {
  // ------------------------------------------------------------------ memory of many files

  // Peak memory of the default run must not grow with the number of files (test/robustness/stress.test.ts
  // checks the reports; the memory target lives here, where a loaded machine makes it a figure, not a failure).
  let manyFiles
  if (!cliProblem) {
    const copies = 5
    const larger = scaledFolder(copies)
    log(`memory: the CLI with default workers on ${folder.count} and ${copies * folder.count} files`)
    const smallRun = cli(['--format', 'json', ...folderArgs, corpus.folder], {runs: 1, stdoutFile: path.join(corpus.out, 'folder-default.json')})
    const largeRun = cli(['--format', 'json', ...folderArgs, larger], {runs: 1, stdoutFile: path.join(corpus.out, `folder-${copies}x.json`)})
    const small = row('reqlint CLI, default workers', `${folder.count} files`, smallRun)
    const large = row('reqlint CLI, default workers', `${copies * folder.count} files`, largeRun, {baseline: small, baselineLabel: `${folder.count} files`})
    manyFiles = {small, large, copies}
  }

  // ------------------------------------------------------------------ pathological documents

  // The documents of test/robustness/pathological.test.ts, each in a process of its own; the test
  // checks outcomes and growth, these are the times (docs/guarantees.md, "Pathological documents").
  if (!quick) {
    log('pathological documents (test/robustness/pathological-worker.mjs)')
    const worker = path.join(root, 'test/robustness/pathological-worker.mjs')
    for (const name of ['abbreviations-50k', 'table-2000-columns', 'flat-list-100k', 'nested-list-100k', 'nested-quote-100k', 'nested-mixed-100k', 'nested-list-lines-1k', 'line-5mb', 'emphasis-runs-20k', 'emphasis-runs-100k', 'emphasis-unclosed-50k', 'emphasis-ordinary-2k']) {
      const result = runNode([worker, name], {cwd: root, okStatuses: [0], stdoutFile: path.join(corpus.out, `pathological-${name}.json`), timeoutMs: 600_000})
      let outcome
      try {
        outcome = JSON.parse(fs.readFileSync(path.join(corpus.out, `pathological-${name}.json`), 'utf8').trim().split('\n').at(-1))
      } catch {
        outcome = undefined
      }
      const error = result.error ?? (outcome ? undefined : 'no outcome printed')
      row(`pathological: ${name}`, outcome ? `${(outcome.bytes / 2 ** 20).toFixed(1)} MiB, ${outcome.outcome}` : '—', error ? {error} : {ms: outcome.milliseconds, samples: [outcome.milliseconds], rssKiB: result.rssKiB, cpuMs: outcome.cpuMs})
    }
  } else notes.push('pathological documents skipped (--quick)')
  return manyFiles
}

/** The memory target of many files: [status, text, detail]. */
function manyFilesTarget(manyFiles) {
  if (!manyFiles) return [['SKIP', 'peak memory of many files ≤ 1.5× that of 1,000', 'the CLI does not run']]
  const {small, large, copies} = manyFiles
  const ratio = ok(small.rssKiB) && ok(large.rssKiB) ? large.rssKiB / small.rssKiB : undefined
  return [[!ok(ratio) ? 'SKIP' : ratio <= 1.5 ? 'PASS' : 'FAIL', `peak memory of ${copies * folder.count} files ≤ 1.5× that of ${folder.count} (default workers)`, `${times(ratio)} (${megabytes(large.rssKiB)} vs ${megabytes(small.rssKiB)}; ${os.availableParallelism()} cores: the same number of workers for both up to 20)`]]
}

/**
 * `copies` copies of the 1,000-file folder side by side (part-0 … part-N), made once per corpus: the
 * same documents, so that only the number of files changes.
 */
function scaledFolder(copies) {
  const dir = path.join(corpus.dir, `folder-${copies}x`)
  const stamp = path.join(dir, 'generated.txt')
  const version = fs.readFileSync(path.join(corpus.dir, 'manifest.json'), 'utf8')
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === version) return dir
  fs.rmSync(dir, {recursive: true, force: true})
  const names = fs.readdirSync(corpus.folder).filter((name) => name.endsWith('.md'))
  for (let copy = 0; copy < copies; copy++) {
    fs.mkdirSync(path.join(dir, `part-${copy}`), {recursive: true})
    for (const name of names) fs.copyFileSync(path.join(corpus.folder, name), path.join(dir, `part-${copy}`, name))
  }
  fs.writeFileSync(stamp, version)
  return dir
}

/** A folder run is an error unless its JSON report has an entry for every file of the folder. */
function checkedFolder(result, report) {
  if (result.error) return result
  try {
    const entries = JSON.parse(fs.readFileSync(report, 'utf8')).filter((entry) => /\.md$/u.test(entry.path ?? ''))
    if (entries.length !== folder.count) return {error: `the report covers ${entries.length} of ${folder.count} files`}
  } catch (error) {
    return {error: `unreadable JSON report: ${error.message}`}
  }
  return result
}

/** `identical` (byte for byte), `reordered` (same entries, other order), `different`, or undefined. */
function sameReport(a, b) {
  try {
    const textA = fs.readFileSync(a, 'utf8')
    const textB = fs.readFileSync(b, 'utf8')
    if (textA === textB) return 'identical'
    const normal = (text) =>
      JSON.stringify(
        JSON.parse(text)
          .map((entry) => JSON.stringify(entry))
          .sort()
      )
    return normal(textA) === normal(textB) ? 'reordered' : 'different'
  } catch {
    return undefined
  }
}

/** `--profile`: node --cpu-prof on reqlint with the 1 MB Russian document, summarised. */
function profile() {
  const dir = fs.mkdtempSync(path.join(corpus.profiles, 'run-'))
  log(`profiling reqlint on ru 1 MB (1 warm-up, 2 timed runs) into ${path.relative(root, dir)} …`)
  const child = measureInChild({file: corpus.ru1, modes: [{id: 'lint', kind: 'lint'}], warmup: 1, runs: 2}, {nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`]})
  if (child.error) {
    log(`profile failed: ${child.error}`)
    process.exit(1)
  }
  const file = fs.readdirSync(dir).find((name) => name.endsWith('.cpuprofile'))
  const summary = summarise(path.join(dir, file), root, 20)
  const pct = (share) => `${(share * 100).toFixed(1).padStart(5)} %`
  const lines = [
    `profile: ${path.relative(root, path.join(dir, file))} (open it in Chrome DevTools → Performance); lint median ${seconds(median(child.modes.lint.samples))}`,
    `self time ${seconds(summary.totalMs)} (3 lint runs and start-up), by package / project file:`,
    ...summary.packages.map((entry) => `  ${pct(entry.share)}  ${seconds(entry.ms).padStart(8)}  ${entry.name}`),
    'by file:',
    ...summary.files.map((entry) => `  ${pct(entry.share)}  ${seconds(entry.ms).padStart(8)}  ${entry.name}`),
    'by function:',
    ...summary.functions.map((entry) => `  ${pct(entry.share)}  ${seconds(entry.ms).padStart(8)}  ${entry.name}`),
    ''
  ]
  process.stdout.write(lines.join('\n'))
  fs.writeFileSync(path.join(dir, 'summary.json'), JSON.stringify(summary, null, 2) + '\n')
}
