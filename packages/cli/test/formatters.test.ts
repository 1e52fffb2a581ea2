/**
 * The machine-readable formats: sarif, github, junit. Each is checked on a real
 * Cyrillic document (places must match the source text in UTF-16 units) and on
 * hand-made messages with hostile content (a document from a stranger's pull
 * request must not inject workflow commands or break the XML), then once
 * through the real binary.
 */
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {builtinGlossary, mergeGlossaryFiles, parseGlossaryFile, rules} from '@reqlint/core'
import {lintFile} from '../../../test/lint-file.js'
import {VFile} from 'vfile'
import {formatters, type FormatOptions} from '../src/formatters/index.js'
import {escapeData, escapeProperty} from '../src/formatters/github.js'
import {fingerprintKey} from '../src/formatters/sarif.js'
import {version} from '../src/formatters/version.js'
import {sarifSchemaErrors} from './sarif-schema.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const bin = path.join(root, 'packages/cli/bin/reqlint.js')
const options: FormatOptions = {color: false, cwd: root}

// An emoji (two UTF-16 units) before the findings, so a column counted in code points would be off by one.
const russian = [
  '# Техническое задание',
  '',
  '🚀 Система должна быстро выгружать данные через SSO.',
  '',
  'Интерфейс должен быть удобным, и т.д.',
  ''
].join('\n')

function lintedRussian(): VFile {
  return lintFile(new VFile({path: 'docs/тз.md', value: russian}), {glossary: builtinGlossary()})
}

type Message = VFile['messages'][number]

function addMessage(file: VFile, reason: string, fields: Partial<Pick<Message, 'ruleId' | 'actual' | 'expected' | 'note' | 'url' | 'place'>> & {fatal?: boolean | undefined}): void {
  const message = file.message(reason, fields.place === undefined ? {} : {place: fields.place})
  message.source = 'reqlint'
  if (fields.ruleId !== undefined) message.ruleId = fields.ruleId
  if (fields.actual !== undefined) message.actual = fields.actual
  if (fields.expected !== undefined) message.expected = fields.expected
  if (fields.note !== undefined) message.note = fields.note
  if (fields.url !== undefined) message.url = fields.url
  message.fatal = fields.fatal
}

const hostileReasons = [
  'Unknown «X»::error::injected',
  'line one\n::error file=a.md,line=1::injected after LF',
  'line one\r::warning::injected after CR',
  'literal %0A::error::and %25 and %0D',
  'nul \u0000 and escape \u001b[31m red and del \u007f',
  'cdata ]]> and <tag attr="x"> & \'quotes\'',
  'emoji 🚀👩‍💻 and lone \uD800 high and \uDC00 low',
  'next line \u0085 and line separator \u2028 and paragraph \u2029',
  '\n::stop-commands::token\n::error::after stop'
]

/** Every kind of message, with hostile text everywhere a document's text can reach. */
function hostileFile(): VFile {
  const file = new VFile({path: 'docs/a:b,c %20 тест.md', value: 'irrelevant'})
  hostileReasons.forEach((reason, index) => {
    addMessage(file, reason, {
      ruleId: 'undefined-abbreviation',
      actual: `SS\u0000O::error::${index}\n]]>`,
      expected: ['<SSO>', '&', '"\'', '\uDFFF'],
      note: 'note with\nnewline and ::warning::',
      url: 'https://example.com/?a=1&b=<2>',
      place: {start: {line: index + 1, column: 2, offset: 0}, end: {line: index + 1, column: 5, offset: 3}},
      fatal: index % 3 === 0 ? true : index % 3 === 1 ? false : undefined
    })
  })
  // Problems the CLI reports about a whole file: no place, no rule.
  addMessage(file, 'binary file (it contains NUL bytes), not Markdown\n::error::x', {fatal: true})
  addMessage(file, 'read as windows-1251; reqlint expects UTF-8', {ruleId: 'encoding'})
  return file
}

function cleanFile(): VFile {
  return lintFile(new VFile({path: 'docs/clean.md', value: '# Введение\n\nСистема хранит карточки клиентов.\n'}), {glossary: builtinGlossary()})
}

function messageCount(files: readonly VFile[]): number {
  return files.reduce((sum, file) => sum + file.messages.length, 0)
}

/** The source text between two vfile points, counting columns in UTF-16 code units. */
function sliceByColumns(text: string, startLine: number, startColumn: number, endLine: number, endColumn: number): string {
  const lines = text.split('\n')
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((sum, item) => sum + item.length + 1, 0) + column - 1
  return text.slice(offset(startLine, startColumn), offset(endLine, endColumn))
}

describe('the test document', () => {
  it('has findings of several rules and severities', () => {
    const file = lintedRussian()
    const ids = new Set(file.messages.map((message) => message.ruleId))
    expect(ids.has('undefined-abbreviation')).toBe(true)
    expect(ids.has('ambiguous-wording')).toBe(true)
    expect(file.messages.some((message) => message.actual === 'SSO')).toBe(true)
  })
})

describe('sarif', () => {
  it('is SARIF 2.1.0 with every rule described', () => {
    const files = [lintedRussian(), hostileFile(), cleanFile()]
    const log = JSON.parse(formatters.sarif(files, options)) as SarifLog
    expect(checkSarif(log)).toEqual([])
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    const run = log.runs[0]!
    expect(run.columnKind).toBe('utf16CodeUnits')
    expect(run.tool.driver.version).toBe(version)
    expect(run.tool.driver.semanticVersion).toBe(version)
    for (const rule of rules) {
      const descriptor = run.tool.driver.rules.find((item) => item.id === rule.id)
      expect(descriptor?.shortDescription.text).toBe(rule.description)
      expect(descriptor?.helpUri).toMatch(new RegExp(`${rule.id}\\.md$`, 'u'))
      expect(descriptor?.defaultConfiguration.level).toBe(rule.defaultSeverity === 'error' ? 'error' : 'warning')
    }
    expect(run.results).toHaveLength(messageCount(files))
    expect(run.originalUriBaseIds?.['%SRCROOT%']?.uri).toMatch(/^file:\/\/.*\/$/u)
  })

  it('places results at the source text, in UTF-16 columns, with an encoded Cyrillic path', () => {
    const file = lintedRussian()
    const log = JSON.parse(formatters.sarif([file], options)) as SarifLog
    const results = log.runs[0]!.results
    expect(results).toHaveLength(file.messages.length)
    results.forEach((result, index) => {
      const message = file.messages[index]!
      expect(result.ruleId).toBe(message.ruleId)
      expect(result.level).toBe(message.fatal === true ? 'error' : 'warning')
      const location = result.locations![0]!.physicalLocation
      expect(location.artifactLocation).toEqual({uri: 'docs/%D1%82%D0%B7.md', uriBaseId: '%SRCROOT%'})
      expect(decodeURIComponent(location.artifactLocation.uri)).toBe('docs/тз.md')
      const region = location.region!
      expect(sliceByColumns(russian, region.startLine, region.startColumn, region.endLine!, region.endColumn!)).toBe(message.actual)
    })
    const sso = results.find((result) => result.message.text.includes('SSO'))!
    const line = russian.split('\n')[2]!
    const column = line.indexOf('SSO') + 1
    // The emoji before it is one code point but two UTF-16 units: a code-point column would be one less.
    expect([...line.slice(0, column - 1)].length + 1).toBe(column - 1)
    expect(sso.locations![0]!.physicalLocation.region).toEqual({startLine: 3, startColumn: column, endLine: 3, endColumn: column + 3})
  })

  it('reports file-level problems with the artifact only, and keeps hostile text intact', () => {
    const file = hostileFile()
    const log = JSON.parse(formatters.sarif([file], options)) as SarifLog
    const run = log.runs[0]!
    expect(checkSarif(log)).toEqual([])
    const binary = run.results.find((result) => result.message.text.startsWith('binary file'))!
    expect(binary.ruleId).toBe('file-error')
    expect(binary.level).toBe('error')
    expect(binary.locations![0]!.physicalLocation).toEqual({
      artifactLocation: {uri: 'docs/a%3Ab%2Cc%20%2520%20%D1%82%D0%B5%D1%81%D1%82.md', uriBaseId: '%SRCROOT%'}
    })
    const encoding = run.results.find((result) => result.ruleId === 'encoding')!
    expect(encoding.level).toBe('note')
    expect(run.tool.driver.rules[encoding.ruleIndex]!.id).toBe('encoding')
    expect(run.results[1]!.message.text).toBe(hostileReasons[1])
  })

  it('fingerprints findings by rule, path, text and occurrence, not by line', () => {
    const fingerprints = (value: string) => {
      const file = lintFile(new VFile({path: 'docs/тз.md', value}), {glossary: builtinGlossary()})
      const log = JSON.parse(formatters.sarif([file], options)) as SarifLog
      return log.runs[0]!.results.map((result) => result.partialFingerprints[fingerprintKey])
    }
    const before = fingerprints('Система должна быстро отвечать.\n\nСистема должна быстро сохранять.\n')
    const after = fingerprints('# Новый раздел\n\nТекст.\n\nСистема должна быстро отвечать.\n\nСистема должна быстро сохранять.\n')
    expect(before).toHaveLength(2)
    expect(new Set(before).size).toBe(2)
    expect(after).toEqual(before)
  })

  it('makes paths outside the working directory absolute file URIs', () => {
    const file = new VFile({path: '../elsewhere/тз.md', value: ''})
    addMessage(file, 'cannot read: EACCES', {fatal: true})
    const log = JSON.parse(formatters.sarif([file], {color: false, cwd: '/work/repo'})) as SarifLog
    expect(checkSarif(log)).toEqual([])
    expect(log.runs[0]!.results[0]!.locations![0]!.physicalLocation.artifactLocation).toEqual({uri: 'file:///work/elsewhere/%D1%82%D0%B7.md'})
  })
})

describe('github', () => {
  it('prints exactly one command line per message, whatever the text', () => {
    const files = [lintedRussian(), hostileFile(), cleanFile()]
    const output = formatters.github(files, options)
    expect(output.endsWith('\n')).toBe(true)
    // Everything a runner might take for a line break: it reads lines as .NET does, and more to be safe.
    const lines = output.slice(0, -1).split(/\r\n|[\n\r\u0085\u2028\u2029]/u)
    expect(lines).toHaveLength(messageCount(files))
    for (const line of lines) {
      expect(line).toMatch(/^::(error|warning|notice) [^:]*::/u)
      expect(line).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/u)
      expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
    }
  })

  it('escapes as the runner unescapes, so text and properties round-trip', () => {
    const file = hostileFile()
    const lines = formatters.github([file], options).trimEnd().split('\n')
    const parsed = lines.map(parseCommand)
    expect(parsed.map((command) => command.command)).toEqual(['error', 'warning', 'notice', 'error', 'warning', 'notice', 'error', 'warning', 'notice', 'error', 'notice'])
    for (const command of parsed) expect(command.properties.file).toBe('docs/a:b,c %20 тест.md')
    expect(parsed[0]).toEqual({
      command: 'error',
      properties: {file: 'docs/a:b,c %20 тест.md', line: '1', col: '2', endLine: '1', endColumn: '5', title: 'undefined-abbreviation'},
      message: hostileReasons[0]
    })
    expect(parsed[1]!.message).toBe(hostileReasons[1])
    expect(parsed[2]!.message).toBe(hostileReasons[2])
    expect(parsed[3]!.message).toBe(hostileReasons[3])
    expect(parsed[4]!.message).toBe('nul \u2400 and escape \u241b[31m red and del \u2421')
    expect(parsed[6]!.message).toBe('emoji 🚀👩‍💻 and lone \uFFFD high and \uFFFD low')
    expect(parsed[9]).toEqual({command: 'error', properties: {file: 'docs/a:b,c %20 тест.md', title: 'file-error'}, message: 'binary file (it contains NUL bytes), not Markdown\n::error::x'})
  })

  it('escapes the way actions/toolkit does', () => {
    expect(escapeData('100%\r\n')).toBe('100%25%0D%0A')
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A')
  })

  it('prints nothing for clean files', () => {
    expect(formatters.github([cleanFile()], options)).toBe('')
  })
})

describe('junit', () => {
  it('is well-formed XML with one suite per file and matching counts', () => {
    const files = [lintedRussian(), hostileFile(), cleanFile()]
    const xml = formatters.junit(files, options)
    const document = parseXml(xml)
    expect(document.name).toBe('testsuites')
    const suites = document.children
    expect(suites.map((suite) => suite.attributes.name)).toEqual(['docs/тз.md', 'docs/a:b,c %20 тест.md', 'docs/clean.md'])
    let tests = 0
    let failures = 0
    let errors = 0
    suites.forEach((suite, index) => {
      const file = files[index]!
      const cases = suite.children.filter((child) => child.name === 'testcase')
      const suiteFailures = cases.filter((item) => item.children.some((child) => child.name === 'failure')).length
      const suiteErrors = cases.filter((item) => item.children.some((child) => child.name === 'error')).length
      expect(suite.attributes.tests).toBe(String(cases.length))
      expect(suite.attributes.failures).toBe(String(suiteFailures))
      expect(suite.attributes.errors).toBe(String(suiteErrors))
      expect(cases).toHaveLength(Math.max(1, file.messages.length))
      expect(suiteFailures).toBe(file.messages.filter((message) => message.fatal === false || (message.fatal === true && message.place !== undefined)).length)
      for (const item of cases) expect(item.attributes.classname).toBe(suite.attributes.name)
      tests += cases.length
      failures += suiteFailures
      errors += suiteErrors
    })
    expect(document.attributes).toMatchObject({tests: String(tests), failures: String(failures), errors: String(errors)})
  })

  it('names test cases by rule and place and keeps the text, minus what XML cannot hold', () => {
    const xml = formatters.junit([hostileFile(), lintedRussian(), cleanFile()], options)
    const [hostile, russianSuite, clean] = parseXml(xml).children
    const first = hostile!.children[0]!
    expect(first.attributes.name).toBe('undefined-abbreviation 1:2')
    const failure = first.children[0]!
    expect(failure.name).toBe('failure')
    expect(failure.attributes).toEqual({message: hostileReasons[0], type: 'undefined-abbreviation'})
    expect(failure.text).toContain('error: Unknown «X»::error::injected')
    expect(failure.text).toContain('actual: SS\uFFFDO::error::0\n]]>')
    expect(failure.text).toContain('expected: <SSO>, &, "\', \uFFFD')
    expect(hostile!.children[1]!.children[0]!.text.startsWith('warning: ')).toBe(true)
    expect(hostile!.children[2]!.children[0]!.name).toBe('system-out')
    expect(hostile!.children[4]!.children[0]!.attributes.message).toBe('nul \uFFFD and escape \uFFFD[31m red and del \u007f')
    expect(hostile!.children[1]!.children[0]!.attributes.message).toBe(hostileReasons[1])
    expect(hostile!.children[2]!.children[0]!.text).toContain(hostileReasons[2]!)
    expect(hostile!.children[6]!.children[0]!.attributes.message).toBe('emoji 🚀👩‍💻 and lone \uFFFD high and \uFFFD low')
    const binary = hostile!.children[9]!
    expect(binary.attributes.name).toBe('file-error')
    expect(binary.children[0]!.name).toBe('error')
    expect(russianSuite!.children.every((item) => /^[a-z-]+ \d+:\d+$/u.test(item.attributes.name ?? ''))).toBe(true)
    expect(clean!.children).toEqual([{name: 'testcase', attributes: {name: 'reqlint', classname: 'docs/clean.md'}, children: [], text: ''}])
  })

  it('is an empty, valid report for no files', () => {
    expect(parseXml(formatters.junit([], options)).attributes).toEqual({name: 'reqlint', tests: '0', failures: '0', errors: '0'})
  })
})

describe('a hostile document, linted for real', () => {
  // Flagged words carrying control characters, so the reasons the rules write contain them.
  const value = 'Система должна быстро\u0085работать через SS\u001bO и CRМ\u2028::error::x.\n\nВход через SSO\r::warning::y и т.д.\n'
  const files = [lintFile(new VFile({path: 'docs/evil\n::error::.md', value}), {glossary: builtinGlossary()})]

  it('still gives one command per message, valid SARIF and well-formed XML', () => {
    expect(messageCount(files)).toBeGreaterThan(1)
    const lines = formatters.github(files, options).slice(0, -1).split(/\r\n|[\n\r\u0085\u2028\u2029]/u)
    expect(lines).toHaveLength(messageCount(files))
    for (const line of lines) expect(parseCommand(line).properties.file).toBe('docs/evil\n::error::.md')
    expect(checkSarif(JSON.parse(formatters.sarif(files, options)))).toEqual([])
    const suite = parseXml(formatters.junit(files, options)).children[0]!
    expect(suite.attributes.name).toBe('docs/evil\n::error::.md')
    expect(suite.children).toHaveLength(messageCount(files))
  })
})

// The human format is read by the CI runner too (issue 14, item 15).
describe('stylish', () => {
  /** Each line of the report, the report's own layout aside. */
  const lines = (files: readonly VFile[]): string[] => formatters.stylish(files, options).split('\n')

  it('keeps every message on its line, whatever the file name, reason, rule or cause holds', () => {
    const file = hostileFile()
    const related = new Error('defined here\n::error::cause')
    related.stack = related.message
    file.message('with a cause\r\n::error::x', {cause: related, ruleId: 'inconsistent-term\n::error::rule'})
    const evil = lintFile(new VFile({path: 'cmd\n::error file=evil.md::pwned.md', value: 'Вход через SSO.\n'}), {glossary: builtinGlossary()})
    const output = lines([file, evil])
    // No line a runner or terminal could take for its own: no `::`, no escape, no carriage return at a line's start.
    for (const line of output) expect(line).not.toMatch(/^\s*::|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/u)
    expect(output).toContain('cmd\\n::error file=evil.md::pwned.md')
    expect(output.some((line) => line.includes('line one\\n::error file=a.md,line=1::injected after LF'))).toBe(true)
    expect(output.some((line) => line.includes('nul \\u0000 and escape \\u001b[31m red and del \\u007f'))).toBe(true)
    expect(output.some((line) => line.includes('lone \uFFFD high and \uFFFD low'))).toBe(true)
    expect(output.some((line) => line.includes('with a cause\\r\\n::error::x') && line.includes('inconsistent-term\\n::error::rule'))).toBe(true)
    expect(output.some((line) => line.includes('defined here\\n::error::cause'))).toBe(true)
    // The messages themselves are left as they were, for the other formats.
    expect(evil.path).toBe('cmd\n::error file=evil.md::pwned.md')
    expect(file.messages.at(-1)!.reason).toBe('with a cause\r\n::error::x')
  })

  it('prints a glossary term with a line break and an escape code as text', () => {
    const glossary = parseGlossaryFile('/g/g.yaml', 'terms:\n  - term: "заявка\\r\\n::error::x\\e[31m"\n    avoid: [тикет]\n')
    const file = lintFile(new VFile({path: 'a.md', value: 'Создать тикет.\n'}), {glossary: mergeGlossaryFiles([glossary]), locale: 'en'})
    const output = formatters.stylish([file], options)
    expect(output).toMatch(/^a\.md\n +1:9 +error +Unexpected «тикет», expected «заявка\\r\\n::error::x\\u001b\[31m»/u)
    expect(output).not.toMatch(/[\r\u001b]/u)
    // With colour, the only escape codes are the formatter's own.
    expect(formatters.stylish([file], {...options, color: true}).replace(/\u001b\[\d+m/gu, '')).not.toMatch(/\u001b/u)
  })
})

describe('every format', () => {
  for (const name of ['sarif', 'github', 'junit'] as const) {
    it(`${name} is deterministic`, () => {
      const first = formatters[name]([lintedRussian(), hostileFile(), cleanFile()], options)
      const second = formatters[name]([lintedRussian(), hostileFile(), cleanFile()], options)
      expect(second).toBe(first)
    })
  }

  it('keeps files and messages in the given order', () => {
    const files = [cleanFile(), hostileFile(), lintedRussian()]
    const expected = files.flatMap((file) => file.messages.map((message) => message.reason))
    const log = JSON.parse(formatters.sarif(files, options)) as SarifLog
    expect(log.runs[0]!.results.map((result) => result.message.text)).toEqual(expected)
    const junit = parseXml(formatters.junit(files, options))
    expect(junit.children.map((suite) => suite.attributes.name)).toEqual(['docs/clean.md', 'docs/a:b,c %20 тест.md', 'docs/тз.md'])
    const github = formatters.github(files, options).trimEnd().split('\n').map(parseCommand)
    expect(github.map((command) => command.properties.file)).toEqual(files.flatMap((file) => file.messages.map(() => file.path)))
  })
})

describe('the reqlint binary', () => {
  function run(format: string) {
    const result = spawnSync(process.execPath, [bin, '--format', format, 'fixtures/example-tz.md'], {
      cwd: root,
      encoding: 'utf8',
      env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0', LANG: 'C', LC_ALL: '', LC_MESSAGES: ''}
    })
    return {code: result.status, stdout: result.stdout, stderr: result.stderr}
  }

  it('prints SARIF with --format sarif', () => {
    const {code, stdout, stderr} = run('sarif')
    expect(stderr).toBe('')
    expect(code).toBe(1)
    const log = JSON.parse(stdout) as SarifLog
    expect(checkSarif(log)).toEqual([])
    const results = log.runs[0]!.results
    expect(results.length).toBeGreaterThan(0)
    expect(results.some((result) => result.level === 'error')).toBe(true)
    expect(results.every((result) => result.locations![0]!.physicalLocation.artifactLocation.uri === 'fixtures/example-tz.md')).toBe(true)
    expect(sarifSchemaErrors(log)).toEqual([])
    // The run is in Russian (its document is), and so are the rules' descriptions.
    expect(log.runs[0]!.tool.driver.rules.find((rule) => rule.id === 'mixed-script')!.shortDescription.text).toBe(
      'Слова, в которых смешаны похожие друг на друга кириллические и латинские буквы.'
    )
    expect(log.runs[0]!.tool.driver.rules.find((rule) => rule.id === 'encoding')!.shortDescription.text).toBe('Документ не в UTF-8 и прочитан как windows-1251.')
    // Every result names its message; a related place is a related location, not text in the message.
    expect(results.every((result) => typeof result.properties?.messageId === 'string')).toBe(true)
    const backup = results.find((result) => result.locations![0]!.physicalLocation.region?.startLine === 69)!
    expect(backup.properties).toEqual({messageId: 'preferred-term'})
    expect(backup.message.text).not.toMatch(/\(\d+:\d+\)/u)
    expect(backup.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {artifactLocation: {uri: 'fixtures/example-tz.md', uriBaseId: '%SRCROOT%'}, region: {startLine: 68, startColumn: 4, endLine: 68, endColumn: 25}},
        message: {text: 'Первое употребление «резервное копирование»'}
      }
    ])
  })

  it('prints workflow commands with --format github', () => {
    const {code, stdout} = run('github')
    expect(code).toBe(1)
    const lines = stdout.trimEnd().split('\n')
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) expect(parseCommand(line).properties.file).toBe('fixtures/example-tz.md')
    expect(lines.some((line) => line.startsWith('::error '))).toBe(true)
  })

  it('prints JUnit XML with --format junit', () => {
    const {code, stdout} = run('junit')
    expect(code).toBe(1)
    const document = parseXml(stdout)
    expect(document.children).toHaveLength(1)
    expect(Number(document.attributes.failures)).toBeGreaterThan(0)
  })
})

// --- GitHub workflow commands, parsed as the runner parses them -------------

interface Command {
  command: string
  properties: Record<string, string>
  message: string
}

/** The runner's ActionCommand.TryParseV2: `::name k=v,k=v::data`, then unescaping. */
function parseCommand(line: string): Command {
  expect(line.startsWith('::')).toBe(true)
  const end = line.indexOf('::', 2)
  expect(end).toBeGreaterThan(2)
  const head = line.slice(2, end)
  const space = head.indexOf(' ')
  const command = space === -1 ? head : head.slice(0, space)
  const properties: Record<string, string> = {}
  if (space !== -1) {
    for (const pair of head.slice(space + 1).split(',')) {
      const equals = pair.indexOf('=')
      expect(equals).toBeGreaterThan(0)
      properties[pair.slice(0, equals)] = unescape(pair.slice(equals + 1), true)
    }
  }
  return {command, properties, message: unescape(line.slice(end + 2), false)}
}

function unescape(text: string, property: boolean): string {
  let result = text.replace(/%0D/gu, '\r').replace(/%0A/gu, '\n')
  if (property) result = result.replace(/%3A/gu, ':').replace(/%2C/gu, ',')
  return result.replace(/%25/gu, '%')
}

// --- SARIF: the schema's required structure, types and enums ---------------

interface SarifRegion {
  startLine: number
  startColumn: number
  endLine?: number
  endColumn?: number
}

interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: string
  message: {text: string}
  locations?: Array<{physicalLocation: {artifactLocation: {uri: string; uriBaseId?: string}; region?: SarifRegion}}>
  relatedLocations?: Array<{id: number; physicalLocation: {artifactLocation: {uri: string; uriBaseId?: string}; region?: SarifRegion}; message: {text: string}}>
  partialFingerprints: Record<string, string>
  properties?: {messageId: string}
}

interface SarifLog {
  $schema: string
  version: string
  runs: Array<{
    tool: {
      driver: {
        name: string
        version: string
        semanticVersion: string
        rules: Array<{id: string; shortDescription: {text: string}; helpUri?: string; defaultConfiguration: {level: string}}>
      }
    }
    originalUriBaseIds?: Record<string, {uri?: string}>
    columnKind: string
    results: SarifResult[]
  }>
}

/**
 * The parts of sarif-schema-2.1.0.json this output uses: required properties,
 * types, enums, and `additionalProperties: false` (as a list of the allowed
 * names, for the objects where the schema forbids others). Returns problems as
 * JSON paths, so a failure says where.
 */
function checkSarif(log: unknown): string[] {
  const problems: string[] = []
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
  const object = (value: unknown, where: string, required: string[], allowed: string[]): Record<string, unknown> | undefined => {
    if (!isObject(value)) {
      problems.push(`${where}: not an object`)
      return undefined
    }
    for (const key of required) if (!(key in value)) problems.push(`${where}: missing ${key}`)
    for (const key of Object.keys(value)) if (!allowed.includes(key) && !required.includes(key)) problems.push(`${where}: unexpected ${key}`)
    return value
  }
  const string = (value: unknown, where: string) => {
    if (typeof value !== 'string') problems.push(`${where}: not a string`)
  }
  const integer = (value: unknown, where: string, minimum: number) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum) problems.push(`${where}: not an integer ≥ ${minimum}`)
  }
  const oneOf = (value: unknown, where: string, values: string[]) => {
    if (typeof value !== 'string' || !values.includes(value)) problems.push(`${where}: ${String(value)} is not one of ${values.join(', ')}`)
  }
  const array = (value: unknown, where: string): unknown[] => {
    if (!Array.isArray(value)) {
      problems.push(`${where}: not an array`)
      return []
    }
    return value
  }
  const message = (value: unknown, where: string) => {
    const text = object(value, where, [], ['text', 'markdown', 'id', 'arguments', 'properties'])
    if (!text) return
    if (!('text' in text) && !('id' in text)) problems.push(`${where}: needs text or id`)
    if ('text' in text) string(text.text, `${where}.text`)
    if ('markdown' in text) string(text.markdown, `${where}.markdown`)
  }
  const uri = (value: unknown, where: string) => {
    string(value, where)
    // RFC 3986: only unreserved, reserved and percent-encoded characters.
    if (typeof value === 'string' && !/^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/u.test(value)) problems.push(`${where}: ${value} is not a URI reference`)
  }
  const level = ['none', 'note', 'warning', 'error']

  const sarifLog = object(log, '$', ['version', 'runs'], ['$schema', 'inlineExternalProperties', 'properties'])
  if (!sarifLog) return problems
  if (sarifLog.version !== '2.1.0') problems.push('$.version: not 2.1.0')
  uri(sarifLog.$schema, '$.$schema')
  array(sarifLog.runs, '$.runs').forEach((runValue, runIndex) => {
    const at = `$.runs[${runIndex}]`
    const run = object(runValue, at, ['tool'], ['originalUriBaseIds', 'columnKind', 'results', 'invocations', 'artifacts', 'language', 'automationDetails', 'properties'])
    if (!run) return
    if ('columnKind' in run) oneOf(run.columnKind, `${at}.columnKind`, ['utf16CodeUnits', 'unicodeCodePoints'])
    const tool = object(run.tool, `${at}.tool`, ['driver'], ['extensions', 'properties'])
    const driver = tool && object(tool.driver, `${at}.tool.driver`, ['name'], ['informationUri', 'version', 'semanticVersion', 'rules', 'fullName', 'organization', 'properties'])
    let ruleIds: unknown[] = []
    if (driver) {
      string(driver.name, `${at}.tool.driver.name`)
      uri(driver.informationUri, `${at}.tool.driver.informationUri`)
      string(driver.version, `${at}.tool.driver.version`)
      string(driver.semanticVersion, `${at}.tool.driver.semanticVersion`)
      const descriptors = array(driver.rules, `${at}.tool.driver.rules`)
      ruleIds = descriptors.map((value, index) => {
        const where = `${at}.tool.driver.rules[${index}]`
        const descriptor = object(value, where, ['id'], ['name', 'shortDescription', 'fullDescription', 'help', 'helpUri', 'defaultConfiguration', 'properties'])
        if (!descriptor) return undefined
        string(descriptor.id, `${where}.id`)
        if ('name' in descriptor) string(descriptor.name, `${where}.name`)
        for (const key of ['shortDescription', 'fullDescription', 'help']) {
          if (key in descriptor) {
            const text = object(descriptor[key], `${where}.${key}`, ['text'], ['markdown', 'properties'])
            if (text) string(text.text, `${where}.${key}.text`)
          }
        }
        if ('helpUri' in descriptor) uri(descriptor.helpUri, `${where}.helpUri`)
        const configuration = object(descriptor.defaultConfiguration, `${where}.defaultConfiguration`, [], ['enabled', 'level', 'rank', 'parameters', 'properties'])
        if (configuration && 'level' in configuration) oneOf(configuration.level, `${where}.defaultConfiguration.level`, level)
        return descriptor.id
      })
      if (new Set(ruleIds).size !== ruleIds.length) problems.push(`${at}.tool.driver.rules: duplicate ids`)
    }
    if ('originalUriBaseIds' in run && isObject(run.originalUriBaseIds)) {
      for (const [key, value] of Object.entries(run.originalUriBaseIds)) {
        const location = object(value, `${at}.originalUriBaseIds.${key}`, [], ['uri', 'uriBaseId', 'index', 'description', 'properties'])
        if (location && 'uri' in location) uri(location.uri, `${at}.originalUriBaseIds.${key}.uri`)
      }
    }
    array(run.results, `${at}.results`).forEach((resultValue, resultIndex) => {
      const where = `${at}.results[${resultIndex}]`
      const result = object(resultValue, where, ['message'], ['ruleId', 'ruleIndex', 'level', 'kind', 'locations', 'relatedLocations', 'partialFingerprints', 'fingerprints', 'properties'])
      if (!result) return
      message(result.message, `${where}.message`)
      string(result.ruleId, `${where}.ruleId`)
      integer(result.ruleIndex, `${where}.ruleIndex`, -1)
      if (typeof result.ruleIndex === 'number' && ruleIds[result.ruleIndex] !== result.ruleId) problems.push(`${where}.ruleIndex: does not point at ${String(result.ruleId)}`)
      oneOf(result.level, `${where}.level`, level)
      if (isObject(result.partialFingerprints)) {
        for (const [key, value] of Object.entries(result.partialFingerprints)) string(value, `${where}.partialFingerprints.${key}`)
      } else {
        problems.push(`${where}.partialFingerprints: not an object`)
      }
      const located = [
        ...array(result.locations, `${where}.locations`).map((value, index) => ({value, path: `${where}.locations[${index}]`})),
        ...('relatedLocations' in result ? array(result.relatedLocations, `${where}.relatedLocations`) : []).map((value, index) => ({value, path: `${where}.relatedLocations[${index}]`}))
      ]
      located.forEach(({value: locationValue, path}) => {
        const location = object(locationValue, path, [], ['physicalLocation', 'logicalLocations', 'message', 'id', 'properties'])
        const physical = location && object(location.physicalLocation, `${path}.physicalLocation`, [], ['artifactLocation', 'region', 'contextRegion', 'properties'])
        if (!physical) return
        const artifact = object(physical.artifactLocation, `${path}.physicalLocation.artifactLocation`, [], ['uri', 'uriBaseId', 'index', 'description', 'properties'])
        if (artifact) {
          uri(artifact.uri, `${path}.physicalLocation.artifactLocation.uri`)
          if ('uriBaseId' in artifact) string(artifact.uriBaseId, `${path}.physicalLocation.artifactLocation.uriBaseId`)
          if ('uriBaseId' in artifact && !isObject(run.originalUriBaseIds)) problems.push(`${path}: uriBaseId without originalUriBaseIds`)
        }
        if ('region' in physical) {
          const region = object(physical.region, `${path}.physicalLocation.region`, ['startLine'], ['startColumn', 'endLine', 'endColumn', 'charOffset', 'charLength', 'snippet', 'message', 'properties'])
          if (!region) return
          for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn']) if (key in region) integer(region[key], `${path}.physicalLocation.region.${key}`, 1)
          const {startLine, startColumn, endLine, endColumn} = region as Partial<Record<string, number>>
          if (endLine !== undefined && startLine !== undefined && endLine < startLine) problems.push(`${path}: region ends before it starts`)
          if (endLine === startLine && endColumn !== undefined && startColumn !== undefined && endColumn < startColumn) problems.push(`${path}: region ends before it starts`)
        }
      })
    })
  })
  return problems
}

// --- XML 1.0: a small well-formedness parser --------------------------------

interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
  text: string
}

/**
 * Enough of XML 1.0 to reject what a formatter could get wrong: characters the
 * spec forbids, unescaped `<` and `&`, `]]>` in text, bad or unknown entity
 * references, duplicate or unquoted attributes, mismatched tags, content after
 * the root. Attribute values are normalised as the spec says (raw tab and line
 * breaks become spaces), so a test sees what a real parser reports.
 */
function parseXml(xml: string): XmlElement {
  const forbidden = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u
  if (forbidden.test(xml)) throw new Error(`forbidden character U+${xml.match(forbidden)![0].codePointAt(0)!.toString(16)}`)
  const decode = (raw: string, inAttribute: boolean): string => {
    if (/[<]/u.test(raw) && inAttribute) throw new Error('< in an attribute value')
    const normalised = inAttribute ? raw.replace(/[\t\n\r]/gu, ' ') : raw.replace(/\r\n?/gu, '\n')
    return normalised.replace(/&([^;]*);|&/gu, (match, entity: string | undefined) => {
      if (entity === undefined) throw new Error('bare &')
      const named: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"}
      if (entity in named) return named[entity]!
      const code = /^#x([0-9a-fA-F]+)$/u.exec(entity)?.[1] ?? /^#([0-9]+)$/u.exec(entity)?.[1]
      if (code === undefined) throw new Error(`unknown entity &${entity};`)
      const point = entity.startsWith('#x') ? Number.parseInt(code, 16) : Number.parseInt(code, 10)
      const character = String.fromCodePoint(point)
      if (forbidden.test(character)) throw new Error(`reference to a forbidden character &${entity};`)
      return character
    })
  }
  const name = '[A-Za-z_][A-Za-z0-9_.:-]*'
  let position = 0
  const declaration = /^<\?xml version="1\.0" encoding="UTF-8"\?>\s*/u.exec(xml)
  if (declaration) position = declaration[0].length
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  const tag = new RegExp(`<(/?)(${name})((?:\\s+${name}\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*(/?)>`, 'uy')
  const attribute = new RegExp(`(${name})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'gu')
  while (position < xml.length) {
    const next = xml.indexOf('<', position)
    const raw = xml.slice(position, next === -1 ? xml.length : next)
    if (raw !== '') {
      if (raw.includes(']]>')) throw new Error(']]> in text')
      const current = stack[stack.length - 1]
      if (!current) {
        if (raw.trim() !== '') throw new Error(`text outside the root: ${JSON.stringify(raw)}`)
      } else {
        current.text += decode(raw, false)
      }
    }
    if (next === -1) break
    tag.lastIndex = next
    const match = tag.exec(xml)
    if (!match) throw new Error(`malformed tag at ${next}: ${JSON.stringify(xml.slice(next, next + 40))}`)
    position = tag.lastIndex
    const [, closing, tagName, rawAttributes, selfClosing] = match as unknown as [string, string, string, string, string]
    if (closing === '/') {
      const open = stack.pop()
      if (open?.name !== tagName || rawAttributes.trim() !== '' || selfClosing === '/') throw new Error(`mismatched </${tagName}>`)
      continue
    }
    if (root && stack.length === 0) throw new Error('a second root element')
    const element: XmlElement = {name: tagName, attributes: {}, children: [], text: ''}
    for (const item of rawAttributes.matchAll(attribute)) {
      const key = item[1]!
      if (key in element.attributes) throw new Error(`duplicate attribute ${key}`)
      element.attributes[key] = decode(item[2] ?? item[3] ?? '', true)
    }
    const parent = stack[stack.length - 1]
    if (parent) parent.children.push(element)
    else root = element
    if (selfClosing !== '/') stack.push(element)
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`)
  if (!root) throw new Error('no root element')
  const strip = (element: XmlElement): void => {
    // Indentation between elements is not content; text of leaf elements is.
    if (element.children.length > 0) element.text = element.text.trim()
    element.children.forEach(strip)
  }
  strip(root)
  return root
}
