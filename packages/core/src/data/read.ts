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
  const reader = new YamlReader(source.path, source.text)
  const top = reader.map(reader.root, subjectOf('the file'), ['sections', 'negation', 'userStories', 'exampleColumns'])
  const byLanguage = (node: Node | null | undefined, what: string): HeadingPatterns => {
    const lists = reader.map(node ?? null, subjectOf(what), ['ru', 'en'])
    const list = (language: 'ru' | 'en'): string[] =>
      reader.strings(lists.get(language)?.value, subjectOf(`${what}.${language}`)).map((item) => {
        if (!/^[\p{Ll}\d'’*-]+(?: [\p{Ll}\d'’*-]+)*$/u.test(item.value)) reader.fail(lists.get(language)?.value, internal(`${what}.${language}: \`${item.value}\` must be lower-case words`))
        return item.value.replace(/ё/gu, 'е')
      })
    return {ru: list('ru'), en: list('en')}
  }
  const sections = reader.map(top.get('sections')?.value ?? null, subjectOf('`sections`'), ['skip', 'requirements'])
  const stories = reader.map(top.get('userStories')?.value ?? null, subjectOf('`userStories`'), ['ru', 'en'])
  const markers = (language: 'ru' | 'en') => {
    const fields = reader.map(stories.get(language)?.value ?? null, subjectOf(`\`userStories.${language}\``), ['role', 'want'])
    const words = (key: string) => reader.strings(fields.get(key)?.value, subjectOf(`\`userStories.${language}.${key}\``)).map((item) => item.value)
    return {role: words('role'), want: words('want')}
  }
  return {
    sections: {skip: byLanguage(sections.get('skip')?.value, '`sections.skip`'), requirements: byLanguage(sections.get('requirements')?.value, '`sections.requirements`')},
    negation: byLanguage(top.get('negation')?.value, '`negation`'),
    userStories: {ru: markers('ru'), en: markers('en')},
    exampleColumns: byLanguage(top.get('exampleColumns')?.value, '`exampleColumns`')
  }
}

/** data/term-variants.yaml: per language a lexicon of near-synonym groups, particles and prefixes. */
function readTermVariants(source: DataSource): Record<'ru' | 'en', TermVariantData> {
  const reader = new YamlReader(source.path, source.text)
  const languages = reader.map(reader.root, subjectOf('the file'), ['ru', 'en'])
  const read = (language: 'ru' | 'en'): TermVariantData => {
    const fields = reader.map(languages.get(language)?.value ?? null, subjectOf(`\`${language}\``), ['lexicon', 'particles', 'qualifiers', 'prefixes', 'referents'])
    const seen = new Set<string>()
    const lexicon = reader.list(fields.get('lexicon')?.value, subjectOf('`lexicon`')).map((item) => {
      const group = reader.map(item, subjectOf('a lexicon group'), ['names', 'reason', 'phrasesOnly', 'once'])
      const namesNode = group.get('names')?.value
      const names = reader.strings(namesNode, subjectOf('`names`')).map((named) => named.value)
      if (names.length < 2) reader.fail(namesNode, internal('a group needs two names or more'))
      const key = names.map((name) => name.toLowerCase()).sort().join('|')
      if (seen.has(key)) reader.fail(namesNode, internal(`the group ${names.join(', ')} appears twice`))
      seen.add(key)
      const phrasesOnly = group.get('phrasesOnly')?.value
      const onceNode = group.get('once')?.value
      const once = onceNode === undefined ? [] : reader.strings(onceNode, subjectOf('`once`'))
      for (const named of once) if (!names.includes(named.value)) reader.fail(onceNode!, internal(`\`once\` lists «${named.value}», which is not one of the group's names`))
      return {
        names,
        reason: readReason(reader, group.get('reason')?.value),
        phrasesOnly: phrasesOnly === undefined ? false : reader.boolean(phrasesOnly, subjectOf('`phrasesOnly`')),
        once: once.map((named) => named.value)
      }
    })
    const words = (name: string) => new Set(reader.strings(fields.get(name)?.value, subjectOf(`\`${name}\``)).map((named) => named.value.toLowerCase()))
    return {lexicon, particles: words('particles'), qualifiers: words('qualifiers'), prefixes: words('prefixes'), referents: words('referents')}
  }
  return {ru: read('ru'), en: read('en')}
}

function readAmbiguity(source: DataSource): AmbiguityList {
  const reader = new YamlReader(source.path, source.text)
  const top = reader.map(reader.root, subjectOf('the list'), ['language', 'binding', 'permissive', 'measures', 'measureUnits', 'categories'])
  const language = reader.string(top.get('language')?.value, subjectOf('`language`'))
  if (language !== 'ru' && language !== 'en') return reader.fail(top.get('language')?.value, internal('expected ru or en'))
  const words = (node: Node | null | undefined, what: string): string[] => reader.strings(node, subjectOf(what)).map((item) => item.value)
  const ids = new Set<string>()
  const categories = reader.list(top.get('categories')?.value, subjectOf('`categories`')).map((item) => {
    const fields = reader.map(item, subjectOf('a category'), ['id', 'name', 'why', 'hint', 'escape', 'measurable', 'words', 'phrases', 'except'])
    const id = reader.string(fields.get('id')?.value, subjectOf('`id`'))
    if (!/^[a-z][a-z0-9-]*$/.test(id)) reader.fail(fields.get('id')?.value, internal(`category id \`${id}\` is not kebab-case`))
    if (ids.has(id)) reader.fail(fields.get('id')?.value, internal(`category \`${id}\` appears twice`))
    ids.add(id)
    const escapeNode = fields.get('escape')?.value
    return {
      id,
      name: reader.string(fields.get('name')?.value, subjectOf('`name`')),
      why: reader.string(fields.get('why')?.value, subjectOf('`why`')),
      hint: reader.string(fields.get('hint')?.value, subjectOf('`hint`')),
      escape: escapeNode === undefined ? false : reader.boolean(escapeNode, subjectOf('`escape`')),
      measurable: fields.has('measurable') ? reader.boolean(fields.get('measurable')!.value, subjectOf('`measurable`')) : false,
      words: words(fields.get('words')?.value, '`words`'),
      phrases: words(fields.get('phrases')?.value, '`phrases`'),
      except: fields.has('except') ? words(fields.get('except')?.value, '`except`') : []
    }
  })
  return {
    language,
    binding: new Set(words(top.get('binding')?.value, '`binding`').map((word) => word.toLowerCase().replace(/ё/g, 'е'))),
    permissive: new Set(words(top.get('permissive')?.value, '`permissive`').map((word) => word.toLowerCase().replace(/ё/g, 'е'))),
    measures: top.has('measures') ? words(top.get('measures')?.value, '`measures`').map((word) => word.toLowerCase().replace(/ё/g, 'е')) : [],
    measureUnits: top.has('measureUnits') ? words(top.get('measureUnits')?.value, '`measureUnits`') : [],
    categories
  }
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
  if (what === 'a lexicon group') return {kind: 'entry', of: 'lexicon'}
  if (what === 'a category') return {kind: 'entry', of: 'categories'}
  return {kind: 'key', key: what.replace(/`/gu, '')}
}

/** A problem in the built-in data: found by the build, never by a user. */
function internal(text: string): Message {
  return coreMessage('internal-data', {text})
}

/** A lexicon group's reason, written natively in both languages: `{ru: …, en: …}`. */
function readReason(reader: YamlReader, node: Node | null | undefined): Localized {
  const fields = reader.map(node, subjectOf('`reason`'), ['ru', 'en'])
  return {ru: reader.string(fields.get('ru')?.value, subjectOf('`reason.ru`')), en: reader.string(fields.get('en')?.value, subjectOf('`reason.en`'))}
}
