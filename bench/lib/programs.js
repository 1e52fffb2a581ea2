// Running whole programs (the reqlint CLI, `node -e ''`, the peers) and in-process measurement
// children, with wall time measured here and peak memory reported by the child processes.
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const measureScript = path.join(here, 'measure.js')
const rssHook = pathToFileURL(path.join(here, 'rss-hook.js')).href

export function median(values) {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * Runs bench/lib/measure.js with `spec` in a fresh `node --expose-gc`. Returns its result, or
 * `{error}` (with `timedOut`) when it failed.
 */
export function measureInChild(spec, {timeoutMs = 600_000, nodeArgs = []} = {}) {
  const started = performance.now()
  const child = spawnSync(process.execPath, ['--expose-gc', ...nodeArgs, measureScript, JSON.stringify(spec)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: timeoutMs,
    killSignal: 'SIGKILL'
  })
  const wallMs = performance.now() - started
  const line = child.stdout?.split('\n').find((text) => text.startsWith('@@bench '))
  if (child.error?.code === 'ETIMEDOUT' || (child.signal === 'SIGKILL' && !line)) {
    return {error: `timed out after ${Math.round(timeoutMs / 1000)} s`, timedOut: true, wallMs}
  }
  if (!line) return {error: firstLine(child.stderr) || `exit ${child.status}`, wallMs}
  return {...JSON.parse(line.slice('@@bench '.length)), wallMs}
}

/**
 * Runs `node <args>` once: wall time from here, peak memory from the rss hook of every process it
 * started (largest figure per process, summed over processes). Standard output goes to `stdoutFile`
 * (or is dropped). `okStatuses`: exit codes that mean the program worked (a linter exits 1 on findings).
 */
export function runNode(args, {cwd, stdoutFile, timeoutMs = 600_000, okStatuses = [0, 1], memory = true, env = {}} = {}) {
  const rssFile = memory ? path.join(fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR ?? '/tmp'), 'reqlint-bench-')), 'rss') : undefined
  const out = stdoutFile ? fs.openSync(stdoutFile, 'w') : 'ignore'
  const childEnv = {...process.env, ...env}
  if (rssFile) {
    childEnv.REQLINT_BENCH_RSS = rssFile
    childEnv.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --import=${rssHook}`.trim()
  }
  delete childEnv.NO_COLOR
  childEnv.FORCE_COLOR = '0'
  const started = process.hrtime.bigint()
  const child = spawnSync(process.execPath, args, {
    cwd,
    env: childEnv,
    stdio: ['ignore', out, 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: timeoutMs,
    killSignal: 'SIGKILL'
  })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  if (typeof out === 'number') fs.closeSync(out)
  let rssKiB
  let cpuMs
  if (rssFile) {
    ;({rssKiB, cpuMs} = usageOf(rssFile))
    fs.rmSync(path.dirname(rssFile), {recursive: true, force: true})
  }
  if (child.error?.code === 'ETIMEDOUT') return {ms, error: `timed out after ${Math.round(timeoutMs / 1000)} s`, timedOut: true}
  if (!okStatuses.includes(child.status)) {
    return {ms, rssKiB, cpuMs, status: child.status, error: `exit ${child.status ?? child.signal}: ${firstLine(child.stderr)}`}
  }
  return {ms, rssKiB, cpuMs, status: child.status, stderr: child.stderr}
}

/** Peak memory (largest per process, summed over processes) and CPU time (summed) of a run. */
function usageOf(file) {
  let text
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch {
    return {}
  }
  const perProcess = new Map()
  for (const line of text.split('\n')) {
    const [pid, kib, micros] = line.split(' ').map(Number)
    if (!pid) continue
    const seen = perProcess.get(pid) ?? {kib: 0, micros: 0}
    perProcess.set(pid, {kib: Math.max(seen.kib, kib), micros: Math.max(seen.micros, micros || 0)})
  }
  if (perProcess.size === 0) return {}
  let rssKiB = 0
  let cpuMs = 0
  for (const usage of perProcess.values()) {
    rssKiB += usage.kib
    cpuMs += usage.micros / 1000
  }
  return {rssKiB, cpuMs}
}

/**
 * How much faster `jobs` CPU-bound node processes run side by side than one after the other,
 * right now: what the machine (shared, throttled or not) can give a parallel run.
 */
export async function parallelCapacity(jobs) {
  const work = ['-e', 'let x = 0; for (let i = 0; i < 3e8; i++) x = (x + i * 7) % 1000003; if (x < 0) console.log(x)']
  let serial = 0
  for (let job = 0; job < jobs; job++) serial += (await runNodeTogether([work], {okStatuses: [0]})).ms
  const parallel = (await runNodeTogether(Array.from({length: jobs}, () => work), {okStatuses: [0]})).ms
  return {serialMs: serial, parallelMs: parallel, speedup: serial / parallel}
}

/**
 * Runs several `node <args>` at once and waits for all: wall time from the first start to the last
 * exit. `okStatuses` as for {@link runNode}.
 */
export async function runNodeTogether(argsLists, {cwd, timeoutMs = 600_000, okStatuses = [0, 1]} = {}) {
  const started = performance.now()
  const statuses = await Promise.all(
    argsLists.map(
      (args) =>
        new Promise((resolve, reject) => {
          const child = spawn(process.execPath, args, {cwd, stdio: 'ignore', timeout: timeoutMs, killSignal: 'SIGKILL'})
          child.on('error', reject)
          child.on('exit', (code, signal) => resolve(code ?? signal))
        })
    )
  )
  const ms = performance.now() - started
  const bad = statuses.find((status) => !okStatuses.includes(status))
  return bad === undefined ? {ms} : {ms, error: `exit ${bad}`}
}

export function firstLine(text) {
  return (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '' && !line.startsWith('(node:') && !line.startsWith('(Use `node')) ?? ''
}
