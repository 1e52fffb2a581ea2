/**
 * Reading one glossary file (YAML, JSON or CSV) into the model. Every problem is
 * a {@link DataError} naming the file, line and column.
 */
import {isMap, isScalar, isSeq, type Node} from 'yaml'
import {DataError} from '../data-error.js'
import {coreMessage} from '../problem-texts.js'
import {tokenOf, type Subject} from '../texts.js'
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
  if (reader.root === null) throw new DataError(file, 1, 1, coreMessage('glossary-empty', {}))
  const top = reader.map(reader.root, {kind: 'glossary'}, topKeys)

  let language: Language | undefined
  const languageNode = top.get('language')?.value
  if (languageNode !== undefined) {
    const value = reader.string(languageNode, key('language'))
    if (value !== 'ru' && value !== 'en') return reader.fail(languageNode, coreMessage('unknown-glossary-language', {value: tokenOf(value)}))
    language = value
  }

  const named = (items: Array<{value: string; node: Node}>): Named[] =>
    items.map(({value, node}) => ({value, place: {file, ...reader.where(node)}}))

  const entries: GlossaryEntry[] = []
  for (const item of reader.list(top.get('terms')?.value, key('terms'))) {
    const fields = reader.map(item, {kind: 'term-entry'}, entryKeys)
    const termNode = fields.get('term')?.value
    if (termNode === undefined) reader.fail(item, coreMessage('term-entry-needs-term', {}))
    const definitionNode = fields.get('definition')?.value
    entries.push({
      term: named([{value: reader.string(termNode, key('term')), node: termNode as Node}])[0]!,
      abbreviations: named(reader.strings(fields.get('abbreviation')?.value, key('abbreviation'))),
      definition: definitionNode === undefined || definitionNode === null ? undefined : reader.string(definitionNode, key('definition')),
      synonyms: named(reader.strings(fields.get('synonyms')?.value, key('synonyms'))),
      avoid: named(reader.strings(fields.get('avoid')?.value, key('avoid'))),
      ...(fields.has('context') ? {context: named(reader.strings(fields.get('context')?.value, key('context')))} : {}),
      place: {file, ...reader.where(item)}
    })
  }

  let add: AmbiguousAddition[] = []
  let remove: Named[] = []
  const ambiguousNode = top.get('ambiguous')?.value
  if (ambiguousNode !== undefined && ambiguousNode !== null) {
    const ambiguous = reader.map(ambiguousNode, key('ambiguous'), ['add', 'remove'])
    // An item is a phrase, or `{word: мощный, forms: [adverb, comparative]}` to match «мощно», «мощнее» too.
    const addNode = ambiguous.get('add')?.value
    add = (isScalar(addNode) ? [addNode] : reader.list(addNode, key('ambiguous.add'))).map((item): AmbiguousAddition => {
      if (!isMap(item)) return named([{value: reader.string(item, {kind: 'item', key: 'ambiguous.add'}), node: item}])[0]!
      const fields = reader.map(item, {kind: 'entry', of: 'ambiguous.add'}, ['word', 'forms'])
      const wordNode = fields.get('word')?.value
      if (wordNode === undefined) reader.fail(item, coreMessage('entry-needs-word', {}))
      const forms = reader.strings(fields.get('forms')?.value, key('forms')).map(({value, node}): DerivedForm => {
        if (value !== 'adverb' && value !== 'comparative') return reader.fail(node, coreMessage('unknown-form', {form: value}))
        return value
      })
      return {...named([{value: reader.string(wordNode, key('word')), node: wordNode as Node}])[0]!, forms}
    })
    remove = named(reader.strings(ambiguous.get('remove')?.value, key('ambiguous.remove')))
  }

  // `distinct: [A, B]` is one list; `distinct: [[A, B], [C, D]]` several.
  const distinctNode = top.get('distinct')?.value
  const distinctItems = reader.list(distinctNode, key('distinct'))
  const lists = distinctItems.length > 0 && distinctItems.every((item) => isSeq(item)) ? distinctItems : distinctItems.length > 0 ? [distinctNode as Node] : []
  const distinct = lists.map((list) => {
    const names = named(reader.strings(list, key('distinct')))
    if (names.length < 2) reader.fail(list, coreMessage('distinct-needs-two', {}))
    return names
  })

  const builtinNode = top.get('builtinAbbreviations')?.value
  return {
    file,
    language,
    extends: named(reader.strings(top.get('extends')?.value, key('extends'))),
    remove: named(reader.strings(top.get('remove')?.value, key('remove'))),
    entries,
    abbreviations: named(reader.strings(top.get('abbreviations')?.value, key('abbreviations'))),
    builtinAbbreviations: builtinNode === undefined ? undefined : reader.boolean(builtinNode, key('builtinAbbreviations')),
    ambiguous: {add, remove},
    ...(distinct.length > 0 ? {distinct} : {})
  }
}

/** A key's value, as messages name it. */
function key(name: string): Subject {
  return {kind: 'key', key: name}
}
