/**
 * `--format gitlab`: GitLab's Code Quality report. Every issue is checked
 * against the fields GitLab documents for a custom tool ("Implement a custom
 * tool", docs/ci/testing/code_quality.md): an array of objects with
 * `description`, `check_name`, `fingerprint`, `severity` (info, minor, major,
 * critical, blocker), a relative `location.path`, and `location.lines.begin` or
 * `location.positions.begin.line`; no byte order mark. Fingerprints must be
 * unique (GitLab shows equal ones as one finding) and survive lines moving.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {builtinGlossary} from '@reqlint/core'
import {lintFile} from '../../../test/lint-file.js'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {formatters, type FormatOptions} from '../src/formatters/index.js'
import {fingerprintKey} from '../src/formatters/sarif.js'
import {baseEnv, bin, root, tempDir} from './helpers.js'

const options: FormatOptions = {color: false, cwd: root}

interface Issue {
  type: string
  check_name: string
  description: string
  categories: string[]
  severity: string
  fingerprint: string
  location: {path: string; lines?: {begin: number}; positions?: {begin: {line: number; column: number}; end: {line: number; column: number}}}
}

/** GitLab's documented requirements, one problem per line; [] when the report meets them all. */
function checkCodeQuality(text: string): string[] {
  const problems: string[] = []
  if (text.startsWith('\uFEFF')) problems.push('starts with a byte order mark')
  const report: unknown = JSON.parse(text)
  if (!Array.isArray(report)) return ['not an array']
  const seen = new Set<string>()
  report.forEach((issue: Partial<Issue>, index) => {
    const at = `issue ${index}`
    if (typeof issue.description !== 'string' || issue.description === '') problems.push(`${at}: description`)
    if (typeof issue.check_name !== 'string' || issue.check_name === '') problems.push(`${at}: check_name`)
    if (typeof issue.fingerprint !== 'string' || issue.fingerprint === '') problems.push(`${at}: fingerprint`)
    else if (seen.has(issue.fingerprint)) problems.push(`${at}: fingerprint not unique`)
    else seen.add(issue.fingerprint)
    if (!['info', 'minor', 'major', 'critical', 'blocker'].includes(issue.severity ?? '')) problems.push(`${at}: severity ${String(issue.severity)}`)
    const location = issue.location
    if (typeof location?.path !== 'string' || location.path === '' || path.isAbsolute(location.path) || location.path.split('/').includes('..')) {
      problems.push(`${at}: location.path ${String(location?.path)}`)
    }
    const line = location?.lines?.begin ?? location?.positions?.begin.line
    if (!Number.isInteger(line) || line! < 1) problems.push(`${at}: no line`)
    // Code Climate's own required fields, so the report is also a Code Climate one.
    if (issue.type !== 'issue' || !Array.isArray(issue.categories) || issue.categories.length === 0) problems.push(`${at}: type or categories`)
  })
  return problems
}

const russian = ['# Техническое задание', '', '🚀 Система должна быстро выгружать данные через SSO.', '', 'Интерфейс должен быть удобным, и т.д.', ''].join('\n')

function lint(value: string, filePath = 'docs/тз.md'): VFile {
  return lintFile(new VFile({path: filePath, value}), {glossary: builtinGlossary()})
}

describe('gitlab', () => {
  it('reports each finding with its rule, severity and UTF-16 place', () => {
    const text = formatters.gitlab([lint(russian)], options)
    expect(checkCodeQuality(text)).toEqual([])
    const issues = JSON.parse(text) as Issue[]
    expect(issues.map((issue) => [issue.check_name, issue.severity, issue.location.path, issue.location.positions])).toEqual([
      ['ambiguous-wording', 'minor', 'docs/тз.md', {begin: {line: 3, column: 19}, end: {line: 3, column: 25}}],
      ['undefined-abbreviation', 'major', 'docs/тз.md', {begin: {line: 3, column: 49}, end: {line: 3, column: 52}}],
      ['ambiguous-wording', 'minor', 'docs/тз.md', {begin: {line: 5, column: 23}, end: {line: 5, column: 30}}],
      ['ambiguous-wording', 'minor', 'docs/тз.md', {begin: {line: 5, column: 32}, end: {line: 5, column: 38}}]
    ])
    // The columns count UTF-16 units (the emoji is two) and the end is exclusive: they cut out the flagged text.
    const lines = russian.split('\n')
    expect(issues.map(({location: {positions}}) => lines[positions!.begin.line - 1]!.slice(positions!.begin.column - 1, positions!.end.column - 1))).toEqual(['быстро', 'SSO', 'удобным', 'и т.д.'])
    expect(issues[1]!.description).toMatch(/^Аббревиатура «SSO» не определена/u)
    expect(new Set(issues.map((issue) => issue.categories.join()))).toEqual(new Set(['Clarity']))
  })

  it('places a problem with the whole file on line 1, and keeps empty and hostile text valid', () => {
    const file = new VFile({path: 'docs/a"b\\c.md', value: ''})
    const unreadable = file.message('binary file (it contains NUL bytes), not Markdown')
    unreadable.fatal = true
    const hostile = file.message('', {place: {line: 2, column: 3}})
    hostile.ruleId = 'undefined-abbreviation'
    hostile.fatal = false
    const surrogate = file.message('lone \uD800 half]', {place: {start: {line: 4, column: 1}, end: {line: 4, column: 2}}})
    surrogate.ruleId = 'mixed-script'
    surrogate.fatal = undefined
    const text = formatters.gitlab([file], options)
    expect(checkCodeQuality(text)).toEqual([])
    expect((JSON.parse(text) as Issue[]).map((issue) => [issue.check_name, issue.severity, issue.description, issue.location])).toEqual([
      ['file-error', 'major', 'binary file (it contains NUL bytes), not Markdown', {path: 'docs/a"b\\c.md', lines: {begin: 1}}],
      ['undefined-abbreviation', 'minor', 'undefined-abbreviation', {path: 'docs/a"b\\c.md', positions: {begin: {line: 2, column: 3}, end: {line: 2, column: 3}}}],
      ['mixed-script', 'info', 'lone \uFFFD half]', {path: 'docs/a"b\\c.md', positions: {begin: {line: 4, column: 1}, end: {line: 4, column: 2}}}]
    ])
  })

  it('fingerprints by rule, path, text and occurrence: stable when lines move, new when the file is renamed', () => {
    const fingerprints = (value: string, filePath?: string) => (JSON.parse(formatters.gitlab([lint(value, filePath)], options)) as Issue[]).map((issue) => issue.fingerprint)
    const document = 'Система должна быстро отвечать.\n\nСистема должна быстро сохранять.\n'
    const before = fingerprints(document)
    expect(before).toHaveLength(2)
    expect(new Set(before).size).toBe(2)
    expect(fingerprints('# Новый раздел\n\nТекст.\n\n' + document)).toEqual(before)
    expect(fingerprints(document, 'docs/другое.md').filter((fingerprint) => before.includes(fingerprint))).toEqual([])
  })

  it('gives a finding the fingerprint SARIF gives it', () => {
    const files = [lint(russian)]
    const sarif = JSON.parse(formatters.sarif(files, options)) as {runs: Array<{results: Array<{partialFingerprints: Record<string, string>}>}>}
    const gitlab = JSON.parse(formatters.gitlab(files, options)) as Issue[]
    expect(gitlab.map((issue) => issue.fingerprint)).toEqual(sarif.runs[0]!.results.map((result) => result.partialFingerprints[fingerprintKey]))
  })

  it('is an empty array for clean files', () => {
    expect(formatters.gitlab([lint('# Заголовок\n')], options)).toBe('[]\n')
  })

  it('is what the binary writes with --format gitlab -o', () => {
    const dir = tempDir({'docs/тз.md': russian})
    const result = spawnSync(process.execPath, [bin, '--format', 'gitlab', '-o', 'gl-code-quality-report.json', 'docs'], {
      cwd: dir,
      encoding: 'utf8',
      env: Object.fromEntries(Object.entries({...process.env, ...baseEnv}).filter(([, value]) => value !== undefined)) as NodeJS.ProcessEnv
    })
    expect(result.stdout).toBe('')
    expect(result.status).toBe(1)
    const text = fs.readFileSync(path.join(dir, 'gl-code-quality-report.json'), 'utf8')
    expect(checkCodeQuality(text)).toEqual([])
    expect(text).toBe(formatters.gitlab([lint(russian)], {color: false, cwd: dir}))
  })
})
