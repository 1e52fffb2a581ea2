/**
 * Fuzzing the glossary loader (issue 7): every malformed YAML, JSON or CSV file
 * gives a DataError whose message is one line, `path:line:column: what is
 * wrong`, and never another exception; YAML is read safely (no tag runs code,
 * aliases cannot blow up, files over the size limit are refused).
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {builtinGlossary, DataError, loadGlossary, parseGlossaryFile, type GlossaryFormat, type GlossaryHost} from '@reqlint/core'
import {seed} from './arbitraries.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const runs = Number(process.env.REQLINT_FC_RUNS ?? 150)
const parameters = {seed, numRuns: runs}

/** The size limit of glossary files in bytes of UTF-8, `maxDataBytes` in packages/core/src/data-error.ts (not exported). */
const maxDataBytes = 8 * 1024 * 1024

// --- valid glossaries in the three formats, to mutate ---------------------------------------

const builtinYaml = fs.readFileSync(path.join(root, 'glossary/crm.ru.yaml'), 'utf8')

const builtinJson = JSON.stringify(
  {
    language: 'ru',
    builtinAbbreviations: true,
    abbreviations: builtinGlossary().abbreviations.map((named) => named.value),
    ambiguous: {add: ['в разумные сроки'], remove: ['несколько']},
    terms: builtinGlossary().entries.map((entry) => ({
      term: entry.term.value,
      ...(entry.abbreviations.length > 0 ? {abbreviation: entry.abbreviations.map((named) => named.value)} : {}),
      ...(entry.definition === undefined ? {} : {definition: entry.definition}),
      ...(entry.synonyms.length > 0 ? {synonyms: entry.synonyms.map((named) => named.value)} : {}),
      ...(entry.avoid.length > 0 ? {avoid: entry.avoid.map((named) => named.value)} : {})
    }))
  },
  null,
  2
)

const csvCell = (value: string): string => (/[",\r\n]/u.test(value) ? `"${value.replace(/"/g, '""')}"` : value)
const builtinCsv = [
  'term,abbreviation,definition,synonyms,avoid',
  ...builtinGlossary().entries.map((entry) =>
    [
      entry.term.value,
      entry.abbreviations.map((named) => named.value).join(';'),
      entry.definition ?? '',
      entry.synonyms.map((named) => named.value).join(';'),
      entry.avoid.map((named) => named.value).join(';')
    ]
      .map(csvCell)
      .join(',')
  )
].join('\r\n')

const samples: ReadonlyArray<{readonly file: string; readonly format: GlossaryFormat; readonly text: string}> = [
  {file: '/g/crm.ru.yaml', format: 'yaml', text: builtinYaml},
  {file: '/g/crm.ru.json', format: 'json', text: builtinJson},
  {file: '/g/crm.ru.csv', format: 'csv', text: builtinCsv}
]

// --- the checks ---------------------------------------------------------------------------

/** One line, `path:line:column: reason`; CR counts as a line break too. */
const oneLine = /^[^\n\r]+:\d+:\d+: [^\n\r]+$/u

/** A name quoted raw in a message, line breaks included: they must be escaped (`\n`). */
const quotedLineBreak = /`[^`]*[\r\n\u2028\u2029][^`]*`|«[^»]*[\r\n\u2028\u2029][^»]*»|cannot read glossary [^\r\n]*[\r\n]|cycle: [^]*[\r\n]/u

/** What is wrong with how `run` failed, if anything; `undefined` for a clean success or a good DataError. */
function failureProblem(run: () => unknown, files: readonly string[], text: string): string | undefined {
  try {
    run()
    return undefined
  } catch (error) {
    if (!(error instanceof DataError)) return `threw ${(error as Error)?.name}: ${(error as Error)?.message}`
    const message = error.message
    if (quotedLineBreak.test(error.reason)) return `a line break quoted raw: ${JSON.stringify(message)}`
    if (!oneLine.test(message)) return `not one line of path:line:column: reason: ${JSON.stringify(message)}`
    if (!files.some((file) => message.startsWith(`${file}:${error.line}:${error.column}: `))) return `does not start with one of the files: ${JSON.stringify(message)}`
    const lines = text.split(/\r\n|\r|\n/u).length
    if (error.line < 1 || error.column < 1 || (files.length === 1 && error.line > lines + 1)) {
      return `place ${error.line}:${error.column} outside the file of ${lines} lines: ${JSON.stringify(message)}`
    }
    // The reason's own words, not the names it quotes (`!!js/undefined` is a fair tag to name).
    const words = error.reason.replace(/`[^`]*`|«[^»]*»/gu, '')
    if (/Maximum call stack|RangeError|undefined|\[object /u.test(words)) return `unclear reason: ${JSON.stringify(message)}`
    return undefined
  }
}

/** A host over in-memory files; a missing one fails as the file system does. */
function memoryHost(files: ReadonlyMap<string, string>): GlossaryHost {
  return {
    readFile(file) {
      const text = files.get(file)
      if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${file}'`), {code: 'ENOENT'})
      return text
    },
    resolve(specifier, from) {
      return path.posix.resolve(path.posix.dirname(from), specifier)
    }
  }
}

// --- mutations ----------------------------------------------------------------------------

/** Tokens that mean something to YAML, JSON or CSV, and characters that break naive readers. */
const tokens = [
  ':', ': ', '- ', '-', '[', ']', '{', '}', ',', '"', "'", '""', '\\', '\n', '\r\n', '\r', '\t', '  ', '#', '|', '>', '|-', '? ', '---', '...',
  '%YAML 1.1\n', '%TAG ! tag:x,2000:\n', '&a ', '*a', '*b', '&b ', '<<: ', '<<: *a', '!!js/function ', '!!js/undefined ', '!!python/object/apply:os.system ',
  '!!binary ', '!!set ', '!!omap ', '!!str ', '!!int ', '!!map ', '!!seq ', '!<tag:yaml.org,2002:js/function> ', '!local ', '!! ',
  'term', 'term: ', 'terms:', 'synonyms', 'avoid', 'abbreviation', 'definition', 'extends', 'language', 'ambiguous', 'add', 'remove', 'builtinAbbreviations',
  '__proto__', 'constructor', 'null', '~', 'true', 'yes', '0x1F', '.inf', '1e400', '2025-11-23', '"\\n"', '"a\\u0000b"', '"\\uD800"', '"\\x41"',
  '\ufeff', '\u0000', '\u0085', '\u2028', '\u00a0', 'ё', 'ЁЛКА', '😀', '\ud800', ';', ';;'
]

type Mutation =
  | {readonly kind: 'delete'; readonly at: number; readonly length: number}
  | {readonly kind: 'duplicate'; readonly at: number; readonly length: number}
  | {readonly kind: 'insert'; readonly at: number; readonly text: string}
  | {readonly kind: 'truncate'; readonly at: number}
  | {readonly kind: 'swapLines'; readonly a: number; readonly b: number}
  | {readonly kind: 'indent'; readonly line: number; readonly by: number}

// Uniform: fast-check's numbers lean to the ends of their range, and mutations would pile up at the start.
const position = fc.noBias(fc.integer({min: 0, max: 1_000_000})).map((value) => value / 1_000_000)
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({kind: fc.constant('delete' as const), at: position, length: fc.integer({min: 1, max: 40})}),
  fc.record({kind: fc.constant('duplicate' as const), at: position, length: fc.integer({min: 1, max: 80})}),
  fc.record({kind: fc.constant('insert' as const), at: position, text: fc.oneof(fc.constantFrom(...tokens), fc.string({unit: 'binary', maxLength: 4}))}),
  fc.record({kind: fc.constant('truncate' as const), at: position}),
  fc.record({kind: fc.constant('swapLines' as const), a: position, b: position}),
  fc.record({kind: fc.constant('indent' as const), line: position, by: fc.integer({min: -4, max: 4})})
)

function mutate(text: string, mutations: readonly Mutation[]): string {
  let result = text
  for (const change of mutations) {
    const at = (where: number): number => Math.floor(where * result.length)
    switch (change.kind) {
      case 'delete':
        result = result.slice(0, at(change.at)) + result.slice(at(change.at) + change.length)
        break
      case 'duplicate': {
        const start = at(change.at)
        result = result.slice(0, start) + result.slice(start, start + change.length) + result.slice(start)
        break
      }
      case 'insert':
        result = result.slice(0, at(change.at)) + change.text + result.slice(at(change.at))
        break
      case 'truncate':
        result = result.slice(0, at(change.at))
        break
      case 'swapLines': {
        const lines = result.split('\n')
        const a = Math.floor(change.a * lines.length)
        const b = Math.floor(change.b * lines.length)
        const first = lines[a]
        const second = lines[b]
        if (first !== undefined && second !== undefined) {
          lines[a] = second
          lines[b] = first
        }
        result = lines.join('\n')
        break
      }
      case 'indent': {
        const lines = result.split('\n')
        const index = Math.floor(change.line * lines.length)
        const line = lines[index]
        if (line !== undefined) lines[index] = change.by >= 0 ? ' '.repeat(change.by) + line : line.slice(-change.by)
        result = lines.join('\n')
        break
      }
    }
  }
  return result
}

/** A small glossary written from random, hostile strings, in one of the three formats. */
const hostileString = fc.oneof(
  {weight: 3, arbitrary: fc.constantFrom('лид', 'Лид', 'ЛИД', 'лида', 'CRM', 'crm', 'Crm', 'ёлка', 'елка', 'a b', 'тех. задание', 'SQL')},
  {weight: 1, arbitrary: fc.constantFrom(' ', '', 'a\nb', 'a\r\nb', 'a\rb', 'a\u2028b', 'x\u0000y', 'x\u001b[31my', '"', '`', '«»', ';', ',', '\ufeffa', '-', '#')},
  {weight: 2, arbitrary: fc.string({unit: 'binary', minLength: 1, maxLength: 10})}
)
const hostileEntry = fc.record(
  {
    term: hostileString,
    abbreviation: fc.oneof(hostileString, fc.array(hostileString, {maxLength: 3})),
    definition: hostileString,
    synonyms: fc.array(hostileString, {maxLength: 3}),
    avoid: fc.array(hostileString, {maxLength: 3})
  },
  {requiredKeys: ['term']}
)
const hostileGlossary = fc.record(
  {
    language: fc.oneof({weight: 8, arbitrary: fc.constantFrom('ru', 'en')}, {weight: 1, arbitrary: fc.constantFrom('de', '')}, {weight: 1, arbitrary: hostileString}),
    extends: fc.array(fc.oneof(fc.constantFrom('./base.yaml', './self.yaml', '../g/base.yaml', 'missing.yaml', 'a\nb.yaml', './base.yaml\r'), hostileString), {maxLength: 2}),
    terms: fc.array(hostileEntry, {maxLength: 6}),
    abbreviations: fc.array(hostileString, {maxLength: 3}),
    builtinAbbreviations: fc.oneof({weight: 8, arbitrary: fc.boolean()}, {weight: 1, arbitrary: hostileString}),
    ambiguous: fc.record({add: fc.array(hostileString, {maxLength: 2}), remove: fc.array(hostileString, {maxLength: 2})}, {requiredKeys: []})
  },
  {requiredKeys: []}
)

function glossaryText(glossary: Record<string, unknown>, format: GlossaryFormat): string {
  if (format === 'json') return JSON.stringify(glossary)
  if (format === 'yaml') {
    // Block style with JSON-quoted scalars: JSON strings are YAML double-quoted strings.
    const value = (item: unknown, indent: string): string => {
      if (Array.isArray(item)) return item.length === 0 ? ' []' : item.map((element) => `\n${indent}-${value(element, `${indent}  `)}`).join('')
      if (item !== null && typeof item === 'object') {
        const entries = Object.entries(item)
        return entries.length === 0 ? ' {}' : entries.map(([key, element]) => `\n${indent}${JSON.stringify(key)}:${value(element, `${indent}  `)}`).join('')
      }
      return ` ${JSON.stringify(item)}`
    }
    return value(glossary, '').trimStart()
  }
  const terms = (glossary.terms ?? []) as Array<Record<string, unknown>>
  const list = (item: unknown): string => (Array.isArray(item) ? item.join(';') : typeof item === 'string' ? item : '')
  return ['term,abbreviation,definition,synonyms,avoid', ...terms.map((entry) => [entry.term, entry.abbreviation, entry.definition, entry.synonyms, entry.avoid].map((cell) => csvCell(list(cell))).join(','))].join('\n')
}

// --- the properties -----------------------------------------------------------------------

describe('glossary loader: malformed files', () => {
  it('gives a one-line located DataError, never another exception, for mutated YAML, JSON and CSV', () => {
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.array(mutation, {minLength: 1, maxLength: 8}), (sample, mutations) => {
        const text = mutate(sample.text, mutations)
        expect(failureProblem(() => parseGlossaryFile(sample.file, text, sample.format), [sample.file], text)).toBeUndefined()
        expect(failureProblem(() => loadGlossary([sample.file], memoryHost(new Map([[sample.file, text]]))), [sample.file], text)).toBeUndefined()
      }),
      parameters
    )
  })

  it('gives a one-line located DataError for glossaries of hostile names, through extends too', () => {
    fc.assert(
      fc.property(hostileGlossary, hostileGlossary, fc.constantFrom<GlossaryFormat>('yaml', 'json', 'csv'), (main, base, format) => {
        const file = `/g/main.${format}`
        const files = new Map([
          [file, glossaryText(main, format)],
          ['/g/base.yaml', glossaryText(base, 'yaml')],
          ['/g/self.yaml', 'extends: [./self.yaml]\n']
        ])
        expect(failureProblem(() => loadGlossary([file], memoryHost(files)), [...files.keys(), '/g/missing.yaml', '/g/a\nb.yaml'], '')).toBeUndefined()
      }),
      parameters
    )
  })

  it('nests lists and mappings a few hundred deep without another exception', () => {
    fc.assert(
      fc.property(
        fc.integer({min: 1, max: 300}),
        fc.constantFrom(['[', ']'], ['{"a": ', '}'], ['{a: ', '}'], ['- ', '']),
        fc.constantFrom('terms: ', 'abbreviations: ', 'ambiguous: ', 'terms:\n  - term: x\n    synonyms: ', ''),
        (depth, [open, close], key) => {
          const text = `${key}${open.repeat(depth)}x${close.repeat(depth)}\n`
          expect(failureProblem(() => parseGlossaryFile('/g/deep.yaml', text, 'yaml'), ['/g/deep.yaml'], text)).toBeUndefined()
        }
      ),
      {...parameters, numRuns: Math.min(runs, 60)}
    )
  })
})

describe('glossary loader: YAML is read safely', () => {
  it('runs no tag, pollutes no prototype', () => {
    const marker = '__reqlintPwned'
    const payloads = [
      `terms:\n  - term: !!js/function "function () { globalThis.${marker} = 1 }"\n`,
      `terms:\n  - term: !<tag:yaml.org,2002:js/function> "function () { globalThis.${marker} = 1 }"\n`,
      `terms:\n  - term: !!js/undefined ""\n`,
      `terms: !!python/object/apply:os.system ["echo ${marker}"]\n`,
      `terms:\n  - term: !!binary aGVsbG8=\n`,
      `terms: !!set {a, b}\n`,
      `__proto__: {${marker}: 1}\n`,
      `terms:\n  - __proto__: {${marker}: 1}\n    term: x\n`,
      `terms:\n  - {term: x, constructor: {prototype: {${marker}: 1}}}\n`,
      `base: &b {term: x}\nterms:\n  - <<: *b\n`,
      `terms:\n  - <<: {term: x}\n`
    ]
    for (const text of payloads) {
      const problem = failureProblem(() => loadGlossary(['/g/tag.yaml'], memoryHost(new Map([['/g/tag.yaml', text]]))), ['/g/tag.yaml'], text)
      expect(problem, text).toBeUndefined()
      expect((globalThis as Record<string, unknown>)[marker], text).toBeUndefined()
      expect(({} as Record<string, unknown>)[marker], text).toBeUndefined()
    }
  })

  /** A «billion laughs» glossary: each level's list holds ten aliases of the previous one. */
  function laughs(levels: number, where: 'synonyms' | 'abbreviations' | 'top'): string {
    const ten = (item: string): string => `[${Array.from({length: 10}, () => item).join(', ')}]`
    if (where === 'top') {
      return ['a: &a ["лол"]', ...Array.from({length: levels}, (_, level) => `${String.fromCharCode(98 + level)}: &${String.fromCharCode(98 + level)} ${ten(`*${String.fromCharCode(97 + level)}`)}`)].join('\n')
    }
    if (where === 'abbreviations') {
      return `abbreviations: &l0 [ЛОЛ]\nambiguous:\n  add: ${Array.from({length: levels}, (_, level) => `&l${level + 1} ${ten(`*l${level}`)}`)[0]}\n  remove: ${ten('*l1')}\n`
    }
    const entries = [`  - term: лол0\n    synonyms: &l0 [смех]`]
    for (let level = 1; level <= levels; level++) entries.push(`  - term: лол${level}\n    synonyms: &l${level} ${ten(`*l${level - 1}`)}`)
    return `terms:\n${entries.join('\n')}\n`
  }

  // A billion expansions would not finish within the test's timeout: finishing is the bound, no time is measured.
  it('fails on a «billion laughs» alias bomb, with a located DataError', () => {
    for (const where of ['synonyms', 'abbreviations', 'top'] as const) {
      const text = laughs(9, where)
      const problem = failureProblem(() => loadGlossary(['/g/lol.yaml'], memoryHost(new Map([['/g/lol.yaml', text]]))), ['/g/lol.yaml'], text)
      expect(problem, where).toBeUndefined()
      expect(() => parseGlossaryFile('/g/lol.yaml', text, 'yaml'), where).toThrow(DataError)
    }
  })

  it('refuses a file over the size limit before parsing it, with a clear message', () => {
    // Broken from its second line on: a parser that saw it would report that line, not the size.
    const text = `terms:\n  - term: [термин\n${'#'.repeat(maxDataBytes)}\n`
    expect(() => parseGlossaryFile('/g/big.yaml', text, 'yaml')).toThrow(/^\/g\/big\.yaml:1:1: file is larger than 8 MB$/u)
    expect(() => parseGlossaryFile('/g/big.json', text, 'json')).toThrow(/^\/g\/big\.json:1:1: file is larger than 8 MB$/u)
    expect(() => parseGlossaryFile('/g/small.yaml', text.slice(0, 1000), 'yaml')).toThrow(/^\/g\/small\.yaml:[2-9]:\d+: /u)
  })

  it('reads a file of exactly the size limit, and refuses one byte more', () => {
    // «термин» takes 12 bytes of UTF-8 for 6 characters: the limit is in bytes.
    const header = 'terms:\n  - term: термин\n'
    const text = header + '#'.repeat(maxDataBytes - new TextEncoder().encode(header).length - 1) + '\n'
    expect(parseGlossaryFile('/g/edge.yaml', text, 'yaml').entries).toHaveLength(1)
    expect(() => parseGlossaryFile('/g/edge.yaml', `#${text}`, 'yaml')).toThrow(/^\/g\/edge\.yaml:1:1: file is larger than 8 MB$/u)
    const csv = `term\n${'ж'.repeat(maxDataBytes / 2 - 3)}\n`
    expect(parseGlossaryFile('/g/edge.csv', csv, 'csv').entries).toHaveLength(1)
    expect(() => parseGlossaryFile('/g/edge.csv', `${csv}\n`, 'csv')).toThrow(/^\/g\/edge\.csv:1:1: file is larger than 8 MB$/u)
  })
})
