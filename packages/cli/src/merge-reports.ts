/**
 * `reqlint merge-reports`: the reports of `--shard i/n` runs, one per CI job,
 * merged into the report one run over all the files would have written — for
 * one SARIF upload to code scanning, one Code Quality artifact, one JSON file.
 * The format is recognised from the content (json, sarif or gitlab) and all
 * reports must share it. Files come out ordered by path (shards hash paths, so
 * the order of the reports given does not matter), each file's findings in
 * their order.
 */
import fs from 'node:fs'
import path from 'node:path'
import {ExitCode, UsageError, type Io} from './io.js'
import type {LocaleChoice} from './locale-choice.js'
import {writeReport} from './report.js'
import {cliMessage, reasonOf} from './texts.js'
import {readFailure} from '@reqlint/core/i18n'

type Format = 'json' | 'sarif' | 'gitlab'

interface SarifRule {
  readonly id: string
}

interface SarifResult {
  readonly ruleId?: string
  ruleIndex?: number
  readonly locations?: ReadonlyArray<{readonly physicalLocation?: {readonly artifactLocation?: {readonly uri?: string}}}>
}

interface SarifRun {
  readonly tool: {readonly driver: {readonly name: string; rules?: SarifRule[]}}
  results?: SarifResult[]
}

interface SarifLog {
  readonly version: string
  readonly runs: SarifRun[]
}

export function mergeReports(files: readonly string[], output: string | undefined, io: Io, choice: LocaleChoice): number {
  const reports = files.map((file) => ({file, value: readReport(path.resolve(io.cwd, file), file)}))
  const formats = new Set(reports.map(({file, value}) => formatOf(value, file)).filter((format) => format !== undefined))
  if (formats.size > 1) throw new UsageError(cliMessage('merge-different-formats', {formats: [...formats].sort()}))
  const format = [...formats][0] ?? 'json'
  const values = reports.map(({value}) => value)
  const merged = format === 'sarif' ? mergeSarif(values as SarifLog[], files) : mergeArrays(values as unknown[][], format)
  const text = JSON.stringify(merged, null, 2) + '\n'
  if (output === undefined) {
    io.stdout.write(text)
    return ExitCode.Clean
  }
  try {
    writeReport(output, io.cwd, text)
  } catch (error) {
    io.stderr.write(`reqlint: ${cliMessage('cannot-write-report', {file: output, reason: reasonOf(error)}).text[choice.locale]}\n`)
    return ExitCode.Usage
  }
  return ExitCode.Clean
}

function readReport(absolute: string, name: string): unknown {
  let text: string
  try {
    text = fs.readFileSync(absolute, 'utf8')
  } catch (error) {
    throw new UsageError(cliMessage('merge-cannot-read', {name, failure: readFailure(error)}))
  }
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new UsageError(cliMessage('merge-not-json', {name, error: (error as Error).message}))
  }
}

/** The report's format; undefined for an empty array, which json and gitlab share. */
function formatOf(value: unknown, name: string): Format | undefined {
  if (isObject(value) && value.version === '2.1.0' && Array.isArray(value.runs)) return 'sarif'
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined
    if (value.every((item) => isObject(item) && typeof item.path === 'string' && Array.isArray(item.messages))) return 'json'
    if (value.every((item) => isObject(item) && typeof item.check_name === 'string' && typeof item.fingerprint === 'string' && isObject(item.location))) return 'gitlab'
  }
  throw new UsageError(cliMessage('merge-not-report', {name}))
}

/** json and gitlab: one array, ordered by path, stable within a path. */
function mergeArrays(reports: ReadonlyArray<readonly unknown[]>, format: Format): unknown[] {
  const pathOf = (item: unknown): string => {
    const record = item as {path?: string; location?: {path?: string}}
    return (format === 'json' ? record.path : record.location?.path) ?? ''
  }
  return reports.flat().sort((a, b) => compare(pathOf(a), pathOf(b)))
}

/**
 * One run with every rule the shards described, in the order first seen, and
 * each result's `ruleIndex` pointing into that list; the rest of the run (tool,
 * base URIs, column kind) is the first report's.
 */
function mergeSarif(logs: readonly SarifLog[], names: readonly string[]): SarifLog {
  const runs = logs.flatMap((log) => log.runs)
  const first = runs[0]
  if (!first) return logs[0]!
  const tool = first.tool.driver.name
  const rules: SarifRule[] = []
  const indexes = new Map<string, number>()
  const results: SarifResult[] = []
  runs.forEach((run, index) => {
    if (run.tool.driver.name !== tool) {
      throw new UsageError(cliMessage('merge-other-tool', {name: names[Math.min(index, names.length - 1)]!, tool: run.tool.driver.name, expected: tool}))
    }
    const own = run.tool.driver.rules ?? []
    for (const rule of own) {
      if (!indexes.has(rule.id)) {
        indexes.set(rule.id, rules.length)
        rules.push(rule)
      }
    }
    for (const result of run.results ?? []) {
      const id = result.ruleId ?? (result.ruleIndex === undefined ? undefined : own[result.ruleIndex]?.id)
      results.push(id === undefined || !indexes.has(id) ? result : {...result, ruleIndex: indexes.get(id)!})
    }
  })
  // By the path the URI encodes, as a single run orders its files (an encoded «т» would sort before «a»).
  const uriOf = (result: SarifResult): string => decodeUri(result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '')
  results.sort((a, b) => compare(uriOf(a), uriOf(b)))
  return {...logs[0]!, runs: [{...first, tool: {...first.tool, driver: {...first.tool.driver, rules}}, results}]}
}

function decodeUri(uri: string): string {
  try {
    return decodeURIComponent(uri)
  } catch {
    return uri
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
