/**
 * Reading and validating the YAML files of `packages/core/data/` with the strict
 * reader users' files get (unknown keys, wrong types, duplicates are located
 * errors). Run at build time only, by scripts/build-data.js, which writes what
 * it returns as a typed module (src/data/generated/builtin.ts): a run parses no YAML.
 */
import {isMap, isSeq, type Node} from 'yaml'
import {coreMessage} from '../problem-texts.js'
import type {Localized} from '../message.js'
import type {Message, Subject} from '../texts.js'
import {YamlReader} from '../yaml-reader.js'
import {boolean, list as listOf, object, oneOf, optional, readRoot, refine, string, strings, words, type Field, type Schema} from '../schema.js'
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
  const reader = new YamlReader(source.path, source.text)
  const top = reader.map(reader.root, subjectOf('the file'), [...russianWordSets, ...russianWordMaps])
  const normalised = (item: {value: string; node: Node}, what: string): string => {
    if (!/^[а-яё]+(?:-[а-яё]+)*$/u.test(item.value) || item.value.includes('ё')) reader.fail(item.node, internal(`${what}: \`${item.value}\` must be a normalised Russian word (lower case, «е» for «ё»)`))
    return item.value
  }
  const words = (key: string): string[] => {
    const seen = new Set<string>()
    return reader.strings(top.get(key)?.value, subjectOf(`\`${key}\``)).map((item) => {
      if (seen.has(item.value)) reader.fail(item.node, internal(`\`${key}\`: \`${item.value}\` appears twice`))
      seen.add(item.value)
      return normalised(item, `\`${key}\``)
    })
  }
  const mapping = (key: string): Record<string, string | string[]> => {
    const node = top.get(key)?.value
    if (!isMap(node)) return reader.fail(node, internal(`expected \`${key}\` to be a mapping`))
    const result: Record<string, string | string[]> = {}
    for (const pair of node.items) {
      const word = normalised({value: reader.string(pair.key as Node, subjectOf(`a key of \`${key}\``)), node: pair.key as Node}, `\`${key}\``)
      const value = pair.value as Node | null
      result[word] = isSeq(value) ? reader.strings(value, subjectOf(`\`${key}.${word}\``)).map((item) => normalised(item, `\`${key}.${word}\``)) : normalised({value: reader.string(value, subjectOf(`\`${key}.${word}\``)), node: value!}, `\`${key}.${word}\``)
    }
    return result
  }
  const lists = (key: string): Record<string, string[]> => {
    const result = mapping(key)
    for (const [word, value] of Object.entries(result)) if (!Array.isArray(value)) reader.fail(top.get(key)?.value, internal(`\`${key}.${word}\`: expected a list of forms`))
    return result as Record<string, string[]>
  }
  const stems = mapping('obliqueStems')
  for (const [word, value] of Object.entries(stems)) if (Array.isArray(value)) reader.fail(top.get('obliqueStems')?.value, internal(`\`obliqueStems.${word}\`: expected one stem`))
  return {
    ...(Object.fromEntries(russianWordSets.map((key) => [key, new Set(words(key))])) as unknown as Record<(typeof russianWordSets)[number], ReadonlySet<string>>),
    pronouns: new Map(Object.entries(lists('pronouns'))),
    obliqueStems: new Map(Object.entries(stems as Record<string, string>)),
    irregularNouns: new Map(Object.entries(lists('irregularNouns'))),
    irregularComparatives: new Map(Object.entries(lists('irregularComparatives')))
  }
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
  return readRoot(
    new YamlReader(source.path, source.text),
    object<RequirementsData>({
      sections: object({skip: byLanguage, requirements: byLanguage}),
      negation: byLanguage,
      userStories: object({ru: markers, en: markers}),
      exampleColumns: byLanguage,
      rationaleColumns: byLanguage
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
    const group: Schema<TermVariantData['lexicon'][number]> = (reader, node, subject) => {
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
  }, ['language', 'categories', 'binding', 'permissive', 'measures', 'measureUnits'])
  const read = readRoot(new YamlReader(source.path, source.text), list, {kind: 'file'})
  return {...read, binding: new Set(read.binding), permissive: new Set(read.permissive)}
}

/** A mapping `{ru: [...], en: [...]}` (optionally under one key, beside `besides`), as one set. */
function readLanguageLists(source: DataSource, under: string | undefined, besides: readonly string[] = []): ReadonlySet<string> {
  const reader = new YamlReader(source.path, source.text)
  let node = reader.root
  if (under !== undefined) node = reader.map(node, subjectOf('the file'), [under, ...besides]).get(under)?.value ?? null
  const lists = reader.map(node, subjectOf('the lists'), ['ru', 'en'])
  const result = new Set<string>()
  for (const {value} of lists.values()) for (const item of reader.strings(value, subjectOf('the list'))) result.add(item.value)
  return result
}

/** A file with one list under one key (beside the keys `besides`, which others read). */
function readList(source: DataSource, key: string, besides: readonly string[] = []): ReadonlySet<string> {
  const reader = new YamlReader(source.path, source.text)
  const top = reader.map(reader.root, subjectOf('the file'), [key, ...besides])
  return new Set(reader.strings(top.get(key)?.value, subjectOf(`\`${key}\``)).map((item) => item.value))
}


/** What a reader's message names, for the built-in data: the build's own errors, in English. */
function subjectOf(what: string): Subject {
  if (what.startsWith('the ')) return {kind: 'file'}
  return {kind: 'key', key: what.replace(/`/gu, '')}
}

/** A problem in the built-in data: found by the build, never by a user. */
function internal(text: string): Message {
  return coreMessage('internal-data', {text})
}
