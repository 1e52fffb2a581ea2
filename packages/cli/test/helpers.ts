/**
 * Running the CLI in tests: in-process through `main()` with fake streams
 * (fast: most cases), or as the real binary in a child process (what a user
 * runs: a representative subset). Both return the same shape, so one list of
 * cases can drive both, the way markdownlint-cli2 tests its CLI.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {Readable, Writable} from 'node:stream'
import {fileURLToPath} from 'node:url'
import {afterAll} from 'vitest'
import {main} from '../src/main.js'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
export const bin = path.join(root, 'packages/cli/bin/reqlint.js')

export interface Result {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

export interface RunOptions {
  readonly cwd?: string
  /** Standard input; a pipe that ends at once when absent (as under CI). */
  readonly stdin?: string | Uint8Array
  readonly env?: Record<string, string | undefined>
  readonly stdoutTTY?: boolean
  readonly stderrTTY?: boolean
  /** In process only: the clock the run reads (the progress line, the summary's time). */
  readonly clock?: {now(): number}
}

/**
 * The environment of every run: no colours, not CI unless a test says so, and
 * the C locale — reqlint words its errors in the environment's language, so a
 * machine with LANG=ru_RU.UTF-8 would otherwise get Russian where tests expect English.
 */
export const baseEnv: Record<string, string | undefined> = {
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  CI: undefined,
  GITHUB_ACTIONS: undefined,
  LANG: 'C',
  LC_ALL: undefined,
  LC_MESSAGES: undefined
}

class Collect extends Writable {
  readonly chunks: Buffer[] = []
  readonly isTTY: boolean
  constructor(isTTY: boolean) {
    super()
    this.isTTY = isTTY
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
    done()
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8')
  }
}

export async function runInProcess(args: readonly string[], options: RunOptions = {}): Promise<Result> {
  const stdout = new Collect(options.stdoutTTY ?? false)
  const stderr = new Collect(options.stderrTTY ?? false)
  const input = options.stdin === undefined ? [] : [typeof options.stdin === 'string' ? Buffer.from(options.stdin) : Buffer.from(options.stdin)]
  const stdin = Object.assign(Readable.from(input), {isTTY: false})
  const env = Object.fromEntries(Object.entries({...process.env, ...baseEnv, ...options.env}).filter(([, value]) => value !== undefined))
  const code = await main({argv: args, cwd: options.cwd ?? root, env, stdin, stdout, stderr, ...(options.clock ? {clock: options.clock} : {})})
  return {code, stdout: stdout.text(), stderr: stderr.text()}
}

export function runBinary(args: readonly string[], options: RunOptions = {}): Result {
  const env = Object.fromEntries(Object.entries({...process.env, ...baseEnv, ...options.env}).filter(([, value]) => value !== undefined)) as NodeJS.ProcessEnv
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.stdin ?? '',
    encoding: 'utf8',
    env,
    // Reports of whole repositories run to megabytes.
    maxBuffer: 256 * 1024 * 1024
  })
  return {code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr}
}

export type Files = Record<string, string | Uint8Array>

const created: string[] = []

// Registered while the importing test file is collected: its temporary directories go when it ends.
afterAll(() => {
  for (const dir of created.splice(0)) fs.rmSync(dir, {recursive: true, force: true})
})

export function tempDir(files: Files = {}): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'reqlint-cli-')))
  created.push(dir)
  writeFiles(dir, files)
  return dir
}

export function writeFiles(dir: string, files: Files): void {
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
    fs.writeFileSync(path.join(dir, name), content)
  }
}

export interface JsonMessage {
  ruleId?: string
  messageId?: string
  related?: {place: unknown; messageId: string; reason: string}
  line?: number
  column?: number
  actual?: string
  severity: string
  reason: string
  url?: string
  expected?: string[]
}

export type JsonReport = Array<{path: string; messages: JsonMessage[]}>

/** A JSON report as `path → [ruleId, line, column, actual or reason]` rows, for compact expectations. */
export function rows(stdout: string): Record<string, Array<[string | undefined, number | undefined, number | undefined, string | undefined]>> {
  const report = JSON.parse(stdout) as JsonReport
  return Object.fromEntries(
    report.map((file) => [file.path, file.messages.map((message) => [message.ruleId, message.line, message.column, message.actual ?? message.reason] as [string | undefined, number | undefined, number | undefined, string | undefined])])
  )
}

/** The summary line without its time, which varies. */
export function summary(stderr: string): string | undefined {
  // In either locale: «reqlint: 2 files, … (0.12 s)», «reqlint: 2 файла, … (0,12 с)».
  return /^reqlint: \d+ (?:files?|файл\p{L}*),.*$/mu.exec(stderr)?.[0].replace(/\(\d+[.,]\d+ [sс]/u, '(T s')
}
