/**
 * Reading one glossary file (YAML, JSON or CSV) into the model. Every problem is
 * a {@link DataError} naming the file, line and column.
 */
import type {Node} from 'yaml'
import {DataError} from '../data-error.js'
import {YamlReader} from '../yaml-reader.js'
import type {GlossaryEntry, Language, Named} from './model.js'
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
  readonly ambiguous: {readonly add: readonly Named[]; readonly remove: readonly Named[]}
}

export type GlossaryFormat = 'yaml' | 'json' | 'csv'

export function formatOf(file: string): GlossaryFormat {
  if (/\.csv$/i.test(file)) return 'csv'
  if (/\.json$/i.test(file)) return 'json'
  return 'yaml'
}

const topKeys = ['language', 'extends', 'remove', 'terms', 'abbreviations', 'builtinAbbreviations', 'ambiguous'] as const
const entryKeys = ['term', 'abbreviation', 'definition', 'synonyms', 'avoid'] as const

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
    if (value !== 'ru' && value !== 'en') return reader.fail(languageNode, `unknown language \`${value}\` (expected ru or en)`)
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
      place: {file, ...reader.where(item)}
    })
  }

  let add: Named[] = []
  let remove: Named[] = []
  const ambiguousNode = top.get('ambiguous')?.value
  if (ambiguousNode !== undefined && ambiguousNode !== null) {
    const ambiguous = reader.map(ambiguousNode, '`ambiguous`', ['add', 'remove'])
    add = named(reader.strings(ambiguous.get('add')?.value, '`ambiguous.add`'))
    remove = named(reader.strings(ambiguous.get('remove')?.value, '`ambiguous.remove`'))
  }

  const builtinNode = top.get('builtinAbbreviations')?.value
  return {
    file,
    language,
    extends: named(reader.strings(top.get('extends')?.value, '`extends`')),
    remove: named(reader.strings(top.get('remove')?.value, '`remove`')),
    entries,
    abbreviations: named(reader.strings(top.get('abbreviations')?.value, '`abbreviations`')),
    builtinAbbreviations: builtinNode === undefined ? undefined : reader.boolean(builtinNode, '`builtinAbbreviations`'),
    ambiguous: {add, remove}
  }
}
