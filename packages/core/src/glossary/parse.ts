/**
 * Reading one glossary file (YAML, JSON or CSV) into the model. Every problem is
 * a {@link DataError} naming the file, line and column.
 */
import {isMap, isScalar, isSeq, type Node} from 'yaml'
import {DataError, quoteToken} from '../data-error.js'
import {YamlReader} from '../yaml-reader.js'
import type {AmbiguousAddition, DerivedForm, GlossaryEntry, Language, Named} from './model.js'
import {parseCsvGlossary} from './csv.js'

/** A glossary file as written, before `extends` is followed. */
export interface GlossaryFile {
  readonly file: string
  readonly language: Language | undefined
  readonly extends: readonly Named[]
  /** Terms of entries, from the glossaries merged before this one, that this one drops. */
  readonly remove: readonly Named[]
  readonly entries: readonly GlossaryEntry[]
  readonly abbreviations: readonly Named[]
  readonly builtinAbbreviations: boolean | undefined
  readonly ambiguous: {readonly add: readonly AmbiguousAddition[]; readonly remove: readonly Named[]}
  /** `distinct: [[черновик, документ], …]`: names of different concepts, never reported as one. */
  readonly distinct?: ReadonlyArray<readonly Named[]>
}

export type GlossaryFormat = 'yaml' | 'json' | 'csv'

export function formatOf(file: string): GlossaryFormat {
  if (/\.csv$/i.test(file)) return 'csv'
  if (/\.json$/i.test(file)) return 'json'
  return 'yaml'
}

const topKeys = ['language', 'extends', 'remove', 'terms', 'abbreviations', 'builtinAbbreviations', 'ambiguous', 'distinct'] as const
const entryKeys = ['term', 'abbreviation', 'definition', 'synonyms', 'avoid', 'context'] as const

export function parseGlossaryFile(file: string, text: string, format: GlossaryFormat = formatOf(file)): GlossaryFile {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (format === 'csv') return parseCsvGlossary(file, body)

  const reader = new YamlReader(file, body)
  if (reader.root === null) throw new DataError(file, 1, 1, 'the glossary is empty')
  const top = reader.map(reader.root, 'the glossary', topKeys)

  let language: Language | undefined
  const languageNode = top.get('language')?.value
  if (languageNode !== undefined) {
    const value = reader.string(languageNode, '`language`')
    if (value !== 'ru' && value !== 'en') return reader.fail(languageNode, `unknown language ${quoteToken(value)} (expected ru or en)`)
    language = value
  }

  const named = (items: Array<{value: string; node: Node}>): Named[] =>
    items.map(({value, node}) => ({value, place: {file, ...reader.where(node)}}))

  const entries: GlossaryEntry[] = []
  for (const item of reader.list(top.get('terms')?.value, '`terms`')) {
    const fields = reader.map(item, 'a term entry', entryKeys)
    const termNode = fields.get('term')?.value
    if (termNode === undefined) reader.fail(item, 'a term entry needs a `term`')
    const definitionNode = fields.get('definition')?.value
    entries.push({
      term: named([{value: reader.string(termNode, '`term`'), node: termNode as Node}])[0]!,
      abbreviations: named(reader.strings(fields.get('abbreviation')?.value, '`abbreviation`')),
      definition: definitionNode === undefined || definitionNode === null ? undefined : reader.string(definitionNode, '`definition`'),
      synonyms: named(reader.strings(fields.get('synonyms')?.value, '`synonyms`')),
      avoid: named(reader.strings(fields.get('avoid')?.value, '`avoid`')),
      ...(fields.has('context') ? {context: named(reader.strings(fields.get('context')?.value, '`context`'))} : {}),
      place: {file, ...reader.where(item)}
    })
  }

  let add: AmbiguousAddition[] = []
  let remove: Named[] = []
  const ambiguousNode = top.get('ambiguous')?.value
  if (ambiguousNode !== undefined && ambiguousNode !== null) {
    const ambiguous = reader.map(ambiguousNode, '`ambiguous`', ['add', 'remove'])
    // An item is a phrase, or `{word: мощный, forms: [adverb, comparative]}` to match «мощно», «мощнее» too.
    const addNode = ambiguous.get('add')?.value
    add = (isScalar(addNode) ? [addNode] : reader.list(addNode, '`ambiguous.add`')).map((item): AmbiguousAddition => {
      if (!isMap(item)) return named([{value: reader.string(item, 'each item of `ambiguous.add`'), node: item}])[0]!
      const fields = reader.map(item, 'an `ambiguous.add` entry', ['word', 'forms'])
      const wordNode = fields.get('word')?.value
      if (wordNode === undefined) reader.fail(item, 'an `ambiguous.add` entry needs a `word`')
      const forms = reader.strings(fields.get('forms')?.value, '`forms`').map(({value, node}): DerivedForm => {
        if (value !== 'adverb' && value !== 'comparative') return reader.fail(node, `unknown form \`${value}\` (expected adverb or comparative)`)
        return value
      })
      return {...named([{value: reader.string(wordNode, '`word`'), node: wordNode as Node}])[0]!, forms}
    })
    remove = named(reader.strings(ambiguous.get('remove')?.value, '`ambiguous.remove`'))
  }

  // `distinct: [A, B]` is one list; `distinct: [[A, B], [C, D]]` several.
  const distinctNode = top.get('distinct')?.value
  const distinctItems = reader.list(distinctNode, '`distinct`')
  const lists = distinctItems.length > 0 && distinctItems.every((item) => isSeq(item)) ? distinctItems : distinctItems.length > 0 ? [distinctNode as Node] : []
  const distinct = lists.map((list) => {
    const names = named(reader.strings(list, '`distinct`'))
    if (names.length < 2) reader.fail(list, '`distinct` needs two names or more: the names of different concepts')
    return names
  })

  const builtinNode = top.get('builtinAbbreviations')?.value
  return {
    file,
    language,
    extends: named(reader.strings(top.get('extends')?.value, '`extends`')),
    remove: named(reader.strings(top.get('remove')?.value, '`remove`')),
    entries,
    abbreviations: named(reader.strings(top.get('abbreviations')?.value, '`abbreviations`')),
    builtinAbbreviations: builtinNode === undefined ? undefined : reader.boolean(builtinNode, '`builtinAbbreviations`'),
    ambiguous: {add, remove},
    ...(distinct.length > 0 ? {distinct} : {})
  }
}
