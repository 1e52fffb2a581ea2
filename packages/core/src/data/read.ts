/**
 * Reading and validating the YAML files of `packages/core/data/` with the strict
 * reader users' files get (unknown keys, wrong types, duplicates are located
 * errors). Run at build time only, by scripts/build-data.js, which writes what
 * it returns as a typed module (src/data/generated/builtin.ts): a run parses no YAML.
 */
import {isMap, type Node} from 'yaml'
import {coreMessage} from '../problem-texts.js'
import type {Localized} from '../message.js'
import type {Message, Subject} from '../texts.js'
import {YamlReader, type YamlSchema} from '../yaml-reader.js'
import {boolean, list as listOf, object, oneOf, optional, readRoot, record, refine, string, strings, words, type Field, type Schema, type ValueSource} from '../schema.js'
import {russianWordMaps, russianWordSets} from './russian-words.js'
import type {AmbiguityList, BuiltinData, HeadingPatterns, RequirementsData, RussianWordLists, TermVariantData} from './index.js'

/** The data as JSON holds it: sets as lists (what scripts/build-data.js writes). */
export type PlainBuiltinData = ReturnType<typeof plainData>

/** Data as JSON can hold it: sets as lists. */
export function plainData(data: BuiltinData) {
  const plainList = (list: AmbiguityList) => ({...list, binding: [...list.binding], permissive: [...list.permissive]})
  return {
    ambiguity: {ru: plainList(data.ambiguity.ru), en: plainList(data.ambiguity.en)},
    knownAbbreviations: [...data.knownAbbreviations],
    wellKnownAbbreviations: [...data.wellKnownAbbreviations],
    legalForms: [...data.legalForms],
    units: [...data.units],
    quantityWords: [...data.quantityWords],
    productNames: [...data.productNames],
    vendors: [...data.vendors],
    capitalizedWords: [...data.capitalizedWords],
    termsSectionHeadings: data.termsSectionHeadings,
    requirements: data.requirements,
    termVariants: {ru: plainVariants(data.termVariants.ru), en: plainVariants(data.termVariants.en)},
    russianWords: Object.fromEntries(Object.entries(data.russianWords).map(([key, value]) => [key, [...(value as Iterable<unknown>)]])) as PlainRussianWords,
    continuingAbbreviations: [...data.continuingAbbreviations]
  }
}

/** {@link RussianWordLists} as JSON holds it: sets as lists, maps as lists of pairs. */
export type PlainRussianWords = {
  readonly [K in keyof RussianWordLists]: RussianWordLists[K] extends ReadonlyMap<string, infer V> ? Array<[string, V]> : string[]
}

function plainVariants(data: TermVariantData) {
  return {lexicon: data.lexicon, particles: [...data.particles], prefixes: [...data.prefixes], qualifiers: [...data.qualifiers], referents: [...data.referents]}
}

/** A data file: its path in the repository (for located errors) and its text. */
export interface DataSource {
  readonly path: string
  readonly text: string
}

/** The data files, by the name {@link readBuiltinData} knows them by. */
export interface DataSources {
  readonly ambiguousRu: DataSource
  readonly ambiguousEn: DataSource
  readonly knownAbbreviations: DataSource
  readonly wellKnownAbbreviations: DataSource
  readonly legalForms: DataSource
  readonly units: DataSource
  readonly capitalizedWords: DataSource
  readonly productNames: DataSource
  readonly termsSections: DataSource
  readonly requirements: DataSource
  readonly termVariants: DataSource
  readonly morphologyRu: DataSource
  readonly sentences: DataSource
}

/** The built-in data read from its YAML files; throws a located DataError on the first problem. */
export function readBuiltinData(sources: DataSources): BuiltinData {
  const legalForms = readLanguageLists(sources.legalForms, undefined)
  return {
    ambiguity: {ru: readAmbiguity(sources.ambiguousRu), en: readAmbiguity(sources.ambiguousEn)},
    knownAbbreviations: new Set([...readLanguageLists(sources.knownAbbreviations, undefined), ...legalForms]),
    wellKnownAbbreviations: readList(sources.wellKnownAbbreviations, 'abbreviations'),
    legalForms,
    units: readList(sources.units, 'units', ['quantities']),
    quantityWords: readLanguageLists(sources.units, 'quantities', ['units']),
    productNames: readList(sources.productNames, 'names', ['vendors']),
    vendors: readList(sources.productNames, 'vendors', ['names']),
    capitalizedWords: readList(sources.capitalizedWords, 'words'),
    termsSectionHeadings: [...readLanguageLists(sources.termsSections, 'headings')],
    requirements: readRequirements(sources.requirements),
    termVariants: readTermVariants(sources.termVariants),
    russianWords: readRussianWords(sources.morphologyRu),
    continuingAbbreviations: readLanguageLists(sources.sentences, 'continuing')
  }
}


/** data/morphology.ru.yaml: the form generator's word lists, every word normalised (lower case, «е» for «ё»). */
function readRussianWords(source: DataSource): RussianWordLists {
  const sets = Object.fromEntries(russianWordSets.map((key) => [key, wordSet])) as {[K in (typeof russianWordSets)[number]]: YamlSchema<ReadonlySet<string>>}
  const lists = object<RussianWordLists, Node>(
    {
      ...sets,
      pronouns: wordForms('pronouns', 'forms'),
      obliqueStems: wordForms('obliqueStems', 'stem'),
      irregularNouns: wordForms('irregularNouns', 'forms'),
      irregularComparatives: wordForms('irregularComparatives', 'forms')
    },
    // The stems first, as they always were: the first problem found is the one reported.
    {readOrder: ['obliqueStems', ...russianWordSets, 'pronouns', 'irregularNouns', 'irregularComparatives']}
  )
  const read = readRoot(new YamlReader(source.path, source.text), lists, {kind: 'file'})
  // In the order of the keys (the build writes them so), not the order they were read in.
  return Object.fromEntries([...russianWordSets, ...russianWordMaps].map((key) => [key, read[key]])) as unknown as RussianWordLists
}

/** A word of a morphology list, if it is normalised; `list` names its list in the message. */
function russianWord<N>(source: ValueSource<N>, item: {value: string; node: N}, list: string): string {
  if (!/^[а-яё]+(?:-[а-яё]+)*$/u.test(item.value) || item.value.includes('ё')) source.fail(item.node, internal(`\`${list}\`: \`${item.value}\` must be a normalised Russian word (lower case, «е» for «ё»)`))
  return item.value
}

/** A morphology list that is a set: normalised words, each once. */
const wordSet: Schema<ReadonlySet<string>> = (source, node, subject) => {
  const list = keyOf(subject)
  const seen = new Set<string>()
  for (const item of strings(source, node, subject)) {
    if (seen.has(item.value)) source.fail(item.node, internal(`\`${list}\`: \`${item.value}\` appears twice`))
    seen.add(russianWord(source, item, list))
  }
  return seen
}

/**
 * A morphology mapping from a normalised word to its forms (a list) or to its one
 * stem, in the file's order. Whether each value has the shape is checked once the
 * whole mapping is read, and refused at the mapping.
 */
function wordForms(list: string, shape: 'forms'): Schema<ReadonlyMap<string, readonly string[]>>
function wordForms(list: string, shape: 'stem'): Schema<ReadonlyMap<string, string>>
function wordForms(list: string, shape: 'forms' | 'stem'): Schema<ReadonlyMap<string, string | readonly string[]>> {
  const value = (word: string): Schema<string | string[]> => (source, node) => {
    const path = `${list}.${word}`
    if (source.items(node)) return strings(source, node, {kind: 'key', key: path}).map((item) => russianWord(source, item, path))
    return russianWord(source, {value: string(source, node, {kind: 'key', key: path}), node}, path)
  }
  const entries = record(value, {
    key: (source, key) => russianWord(source, {value: string(source, key, {kind: 'key', key: `a key of ${list}`}), node: key}, list),
    notMapping: () => internal(`expected \`${list}\` to be a mapping`)
  })
  return refine(entries, (pairs, fail) => {
    for (const [word, forms] of pairs) {
      if (shape === 'forms' && !Array.isArray(forms)) fail(internal(`\`${list}.${word}\`: expected a list of forms`))
      if (shape === 'stem' && Array.isArray(forms)) fail(internal(`\`${list}.${word}\`: expected one stem`))
    }
    return new Map(pairs)
  })
}

/** The key path a subject names (the built-in data's subjects are keys or the file). */
function keyOf(subject: Subject): string {
  return subject.kind === 'key' ? subject.key : ''
}

/** `data/requirements.yaml`: heading patterns, negated words and user-story markers by language. */
function readRequirements(source: DataSource): RequirementsData {
  // Lower-case words, «е» for «ё»; a word that is not is refused at its list.
  const patterns: Schema<string[]> = (reader, node, subject) =>
    words(reader, node, subject).map((value) => {
      const path = subject.kind === 'key' ? subject.key : ''
      const dot = path.lastIndexOf('.')
      if (!/^[\p{Ll}\d'’*-]+(?: [\p{Ll}\d'’*-]+)*$/u.test(value)) reader.fail(node, internal(`\`${path.slice(0, dot)}\`.${path.slice(dot + 1)}: \`${value}\` must be lower-case words`))
      return value.replace(/ё/gu, 'е')
    })
  const byLanguage = object<HeadingPatterns>({ru: patterns, en: patterns})
  const markers = object({role: words, want: words})
  const clauseMarkers = object({anywhere: patterns, atStart: patterns, not: patterns, conclusion: patterns, governedBy: patterns})
  return readRoot(
    new YamlReader(source.path, source.text),
    object<RequirementsData>({
      sections: object({skip: byLanguage, requirements: byLanguage}),
      negation: byLanguage,
      userStories: object({ru: markers, en: markers}),
      exampleColumns: byLanguage,
      labels: byLanguage,
      rationaleColumns: byLanguage,
      clauses: object({ru: clauseMarkers, en: clauseMarkers}),
      remarks: byLanguage,
      proposals: byLanguage
    }),
    {kind: 'file'}
  )
}

/** data/term-variants.yaml: per language a lexicon of near-synonym groups, particles and prefixes. */
function readTermVariants(source: DataSource): Record<'ru' | 'en', TermVariantData> {
  const fields = object({names: refine(words, (values, fail) => (values.length < 2 ? fail(internal('a group needs two names or more')) : values)), reason: object<Localized>({ru: string, en: string}), phrasesOnly: optional(boolean, false), once: optional(strings, [])})
  // A group's names, each group once per language; `once` only names the group's own names.
  const language = (): Schema<TermVariantData> => {
    const seen = new Set<string>()
    const group: YamlSchema<TermVariantData['lexicon'][number]> = (reader, node, subject) => {
      const namesNode = fieldNode(node, 'names')
      const read = fields(reader, node, subject)
      const key = read.names.map((name) => name.toLowerCase()).sort().join('|')
      if (seen.has(key)) reader.fail(namesNode, internal(`the group ${read.names.join(', ')} appears twice`))
      seen.add(key)
      for (const named of read.once) if (!read.names.includes(named.value)) reader.fail(fieldNode(node, 'once'), internal(`\`once\` lists «${named.value}», which is not one of the group's names`))
      return {names: read.names, reason: read.reason, phrasesOnly: read.phrasesOnly, once: read.once.map((named) => named.value)}
    }
    const lowerSet: Schema<Set<string>> = (reader, node, subject) => new Set(words(reader, node, subject).map((word) => word.toLowerCase()))
    // Under a language, a key is named alone (`particles`, not `ru.particles`), as the messages always have.
    const own = <T>(name: string, schema: Schema<T>): Field<T> => ({schema, subject: {kind: 'key', key: name}})
    return object<TermVariantData>({
      lexicon: own('lexicon', listOf(group, {kind: 'entry', of: 'lexicon'})),
      particles: own('particles', lowerSet),
      qualifiers: own('qualifiers', lowerSet),
      prefixes: own('prefixes', lowerSet),
      referents: own('referents', lowerSet)
    })
  }
  return readRoot(new YamlReader(source.path, source.text), object({ru: language(), en: language()}), {kind: 'file'})
}

/** The value node of `key` in a mapping the schema has read already. */
function fieldNode(node: Node | null | undefined, key: string): Node | undefined {
  return isMap(node) ? ((node.get(key, true) as Node | undefined) ?? undefined) : undefined
}

function readAmbiguity(source: DataSource): AmbiguityList {
  const ids = new Set<string>()
  const id = refine(string, (value, fail) => {
    if (!/^[a-z][a-z0-9-]*$/.test(value)) fail(internal(`category id \`${value}\` is not kebab-case`))
    if (ids.has(value)) fail(internal(`category \`${value}\` appears twice`))
    ids.add(value)
    return value
  })
  const category = object({
    id,
    name: string,
    why: string,
    hint: string,
    escape: optional(boolean, false),
    measurable: optional(boolean, false),
    enabled: optional(boolean, true),
    words,
    phrases: words,
    except: optional(words, [])
  })
  const folded = refine(words, (values) => values.map((word) => word.toLowerCase().replace(/ё/g, 'е')))
  // Keys in the order the unknown-key message lists them; read with the categories first.
  const list = object({
    language: oneOf(['ru', 'en'] as const, () => internal('expected ru or en')),
    binding: folded,
    permissive: folded,
    measures: optional(folded, []),
    measureUnits: optional(words, []),
    categories: listOf(category, {kind: 'entry', of: 'categories'})
  }, {readOrder: ['language', 'categories', 'binding', 'permissive', 'measures', 'measureUnits']})
  const read = readRoot(new YamlReader(source.path, source.text), list, {kind: 'file'})
  return {...read, binding: new Set(read.binding), permissive: new Set(read.permissive)}
}

/**
 * `{ru: [...], en: [...]}` as one set, the lists in the file's order. Its messages
 * call the mapping and its lists «the file», as they always have.
 */
const languageLists: Schema<ReadonlySet<string>> = (source, node) =>
  new Set(record(() => words, {keys: ['ru', 'en']})(source, node, {kind: 'file'}).flatMap(([, list]) => list))

/** A mapping `{ru: [...], en: [...]}` (optionally under one key, beside `besides`), as one set. */
function readLanguageLists(source: DataSource, under: string | undefined, besides: readonly string[] = []): ReadonlySet<string> {
  if (under === undefined) return readRoot(new YamlReader(source.path, source.text), languageLists, {kind: 'file'})
  return readKey(source, under, languageLists, besides)
}

/** A file with one list under one key (beside the keys `besides`, which others read). */
function readList(source: DataSource, key: string, besides: readonly string[] = []): ReadonlySet<string> {
  return new Set(readKey(source, key, words, besides))
}

/** The value of `key` in a file's root mapping, read by `schema`; the keys `besides` are allowed beside it and left to other readers. */
function readKey<T>(source: DataSource, key: string, schema: Schema<T>, besides: readonly string[]): T {
  const ignored: Schema<undefined> = () => undefined
  const fields = Object.fromEntries([[key, schema], ...besides.map((other) => [other, ignored])]) as Record<string, Schema<unknown>>
  return readRoot(new YamlReader(source.path, source.text), object(fields), {kind: 'file'})[key] as T
}

/** A problem in the built-in data: found by the build, never by a user. */
function internal(text: string): Message {
  return coreMessage('internal-data', {text})
}
