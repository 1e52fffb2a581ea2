/**
 * Reading one glossary file (YAML, JSON or CSV) into the model. Every problem is
 * a {@link DataError} naming the file, line and column.
 */
import {isMap, isScalar, isSeq, type Node} from 'yaml'
import {DataError} from '../data-error.js'
import {coreMessage} from '../problem-texts.js'
import {tokenOf} from '../texts.js'
import {boolean, list, object, oneOf, optional, readRoot, string, strings} from '../schema.js'
import {YamlReader, type YamlSchema} from '../yaml-reader.js'
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

/** Names, each with its place (a string or a list of strings). */
const named: YamlSchema<Named[]> = (reader, node, subject) => strings(reader, node, subject).map(({value, node: at}) => ({value, place: {file: reader.file, ...reader.where(at)}}))

/** One name with its place. */
const name: YamlSchema<Named> = (reader, node, subject) => ({value: string(reader, node, subject), place: {file: reader.file, ...reader.where(node)}})

const entryFields = object(
  {
    term: name,
    abbreviation: named,
    // `definition:` with no value is no definition.
    definition: ((reader, node, subject) => (node === undefined || node === null ? undefined : string(reader, node, subject))) as YamlSchema<string | undefined>,
    synonyms: named,
    avoid: named,
    context: optional(named)
  },
  {required: {key: 'term', problem: () => coreMessage('term-entry-needs-term', {})}}
)

const entry: YamlSchema<GlossaryEntry> = (reader, node, subject) => {
  const fields = entryFields(reader, node, subject)
  return {
    term: fields.term,
    abbreviations: fields.abbreviation,
    definition: fields.definition,
    synonyms: fields.synonyms,
    avoid: fields.avoid,
    ...(fields.context === undefined ? {} : {context: fields.context}),
    place: {file: reader.file, ...reader.where(node)}
  }
}

/** The derived forms an `ambiguous.add` word also matches. */
const forms: YamlSchema<DerivedForm[]> = (reader, node, subject) =>
  strings(reader, node, subject).map(({value, node: at}): DerivedForm => (value === 'adverb' || value === 'comparative' ? value : reader.fail(at, coreMessage('unknown-form', {form: value}))))

const wordWithForms = object({word: name, forms}, {readOrder: ['forms', 'word'], required: {key: 'word', problem: () => coreMessage('entry-needs-word', {})}})

/** An `ambiguous.add` item: a phrase, or `{word: мощный, forms: [adverb, comparative]}` to match «мощно», «мощнее» too. */
const addition: YamlSchema<AmbiguousAddition> = (reader, node, subject) => {
  if (!isMap(node)) return name(reader, node, subject)
  const read = wordWithForms(reader, node, {kind: 'entry', of: 'ambiguous.add'})
  return {...read.word, forms: read.forms}
}

const additions = list(addition, {kind: 'item', key: 'ambiguous.add'})

const ambiguous = object({
  add: ((reader, node, subject) => (isScalar(node) ? [addition(reader, node, {kind: 'item', key: 'ambiguous.add'})] : additions(reader, node, subject))) as YamlSchema<AmbiguousAddition[]>,
  remove: named
})

/** A list's items, as nodes. */
const nodes = list<Node | null | undefined, Node>((_, node) => node)

/** `distinct: [A, B]` is one list; `distinct: [[A, B], [C, D]]` several; each of two names or more. */
const distinct: YamlSchema<Named[][]> = (reader, node, subject) => {
  const items = nodes(reader, node, subject)
  const lists = items.length > 0 && items.every((item) => isSeq(item)) ? items : items.length > 0 ? [node as Node] : []
  return lists.map((list) => {
    const names = named(reader, list, subject)
    if (names.length < 2) reader.fail(list, coreMessage('distinct-needs-two', {}))
    return names
  })
}

const glossaryFile = object(
  {
    language: optional(oneOf(['ru', 'en'] as const, (value) => coreMessage('unknown-glossary-language', {value: tokenOf(value)}))),
    extends: named,
    remove: named,
    terms: list(entry, {kind: 'term-entry'}),
    abbreviations: named,
    builtinAbbreviations: optional(boolean),
    ambiguous: ((reader, node, subject) => (node === undefined || node === null ? {add: [], remove: []} : ambiguous(reader, node, subject))) as YamlSchema<GlossaryFile['ambiguous']>,
    distinct
  },
  // Read in this order, so that the first problem reported is the one it always was.
  {readOrder: ['language', 'terms', 'ambiguous', 'distinct', 'extends', 'remove', 'abbreviations', 'builtinAbbreviations']}
)

export function parseGlossaryFile(file: string, text: string, format: GlossaryFormat = formatOf(file)): GlossaryFile {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (format === 'csv') return parseCsvGlossary(file, body)

  const reader = new YamlReader(file, body)
  if (reader.root === null) throw new DataError(file, 1, 1, coreMessage('glossary-empty', {}))
  const read = readRoot(reader, glossaryFile, {kind: 'glossary'})
  return {
    file,
    language: read.language,
    extends: read.extends,
    remove: read.remove,
    entries: read.terms,
    abbreviations: read.abbreviations,
    builtinAbbreviations: read.builtinAbbreviations,
    ambiguous: read.ambiguous,
    ...(read.distinct.length > 0 ? {distinct: read.distinct} : {})
  }
}
