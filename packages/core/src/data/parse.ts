/**
 * The built-in word lists read from their embedded YAML texts with the strict
 * reader: at build time for the snapshot (scripts/snapshot-data.js), and at run
 * time only for a build without one. Importing this module gives
 * {@link builtinData} that fallback.
 */
import type {Node} from 'yaml'
import {YamlReader} from '../yaml-reader.js'
import * as generated from './generated/index.js'
import {useDataParser, type AmbiguityList, type BuiltinData, type Embedded, type HeadingPatterns, type RequirementsData, type TermVariantData} from './index.js'

/** The data read from the YAML texts: at build time for the snapshot, or when there is none. */
export function parseBuiltinData(): BuiltinData {
  const legalForms = readLanguageLists(generated.legalForms, undefined)
  return {
    ambiguity: {ru: readAmbiguity(generated.ambiguousRu), en: readAmbiguity(generated.ambiguousEn)},
    knownAbbreviations: new Set([...readLanguageLists(generated.knownAbbreviations, undefined), ...legalForms]),
    legalForms,
    units: readList(generated.units, 'units'),
    capitalizedWords: readList(generated.capitalizedWords, 'words'),
    termsSectionHeadings: [...readLanguageLists(generated.termsSections, 'headings')],
    requirements: readRequirements(generated.requirements),
    termVariants: readTermVariants(generated.termVariants)
  }
}

/** `data/requirements.yaml`: heading patterns, negated words and user-story markers by language. */
function readRequirements(source: Embedded): RequirementsData {
  const reader = new YamlReader(source.path, source.text)
  const top = reader.map(reader.root, 'the file', ['sections', 'negation', 'userStories'])
  const byLanguage = (node: Node | null | undefined, what: string): HeadingPatterns => {
    const lists = reader.map(node ?? null, what, ['ru', 'en'])
    const list = (language: 'ru' | 'en'): string[] =>
      reader.strings(lists.get(language)?.value, `${what}.${language}`).map((item) => {
        if (!/^[\p{Ll}\d'’*-]+(?: [\p{Ll}\d'’*-]+)*$/u.test(item.value)) reader.fail(lists.get(language)?.value, `${what}.${language}: \`${item.value}\` must be lower-case words`)
        return item.value.replace(/ё/gu, 'е')
      })
    return {ru: list('ru'), en: list('en')}
  }
  const sections = reader.map(top.get('sections')?.value ?? null, '`sections`', ['skip', 'requirements'])
  const stories = reader.map(top.get('userStories')?.value ?? null, '`userStories`', ['ru', 'en'])
  const markers = (language: 'ru' | 'en') => {
    const fields = reader.map(stories.get(language)?.value ?? null, `\`userStories.${language}\``, ['role', 'want'])
    const words = (key: string) => reader.strings(fields.get(key)?.value, `\`userStories.${language}.${key}\``).map((item) => item.value)
    return {role: words('role'), want: words('want')}
  }
  return {
    sections: {skip: byLanguage(sections.get('skip')?.value, '`sections.skip`'), requirements: byLanguage(sections.get('requirements')?.value, '`sections.requirements`')},
    negation: byLanguage(top.get('negation')?.value, '`negation`'),
    userStories: {ru: markers('ru'), en: markers('en')}
  }
}

/** data/term-variants.yaml: per language a lexicon of near-synonym groups, particles and prefixes. */
function readTermVariants(source: Embedded): Record<'ru' | 'en', TermVariantData> {
  const reader = new YamlReader(source.path, source.text)
  const languages = reader.map(reader.root, 'the file', ['ru', 'en'])
  const read = (language: 'ru' | 'en'): TermVariantData => {
    const fields = reader.map(languages.get(language)?.value ?? null, `\`${language}\``, ['lexicon', 'particles', 'qualifiers', 'prefixes', 'referents'])
    const seen = new Set<string>()
    const lexicon = reader.list(fields.get('lexicon')?.value, '`lexicon`').map((item) => {
      const group = reader.map(item, 'a lexicon group', ['names', 'reason', 'phrasesOnly', 'once'])
      const namesNode = group.get('names')?.value
      const names = reader.strings(namesNode, '`names`').map((named) => named.value)
      if (names.length < 2) reader.fail(namesNode, 'a group needs two names or more')
      const key = names.map((name) => name.toLowerCase()).sort().join('|')
      if (seen.has(key)) reader.fail(namesNode, `the group ${names.join(', ')} appears twice`)
      seen.add(key)
      const phrasesOnly = group.get('phrasesOnly')?.value
      const onceNode = group.get('once')?.value
      const once = onceNode === undefined ? [] : reader.strings(onceNode, '`once`')
      for (const named of once) if (!names.includes(named.value)) reader.fail(onceNode!, `\`once\` lists «${named.value}», which is not one of the group's names`)
      return {
        names,
        reason: reader.string(group.get('reason')?.value, '`reason`'),
        phrasesOnly: phrasesOnly === undefined ? false : reader.boolean(phrasesOnly, '`phrasesOnly`'),
        once: once.map((named) => named.value)
      }
    })
    const words = (name: string) => new Set(reader.strings(fields.get(name)?.value, `\`${name}\``).map((named) => named.value.toLowerCase()))
    return {lexicon, particles: words('particles'), qualifiers: words('qualifiers'), prefixes: words('prefixes'), referents: words('referents')}
  }
  return {ru: read('ru'), en: read('en')}
}

function readAmbiguity(source: Embedded): AmbiguityList {
  const reader = new YamlReader(source.path, source.text)
  const top = reader.map(reader.root, 'the list', ['language', 'binding', 'permissive', 'measures', 'measureUnits', 'categories'])
  const language = reader.string(top.get('language')?.value, '`language`')
  if (language !== 'ru' && language !== 'en') return reader.fail(top.get('language')?.value, 'expected ru or en')
  const words = (node: Node | null | undefined, what: string): string[] => reader.strings(node, what).map((item) => item.value)
  const ids = new Set<string>()
  const categories = reader.list(top.get('categories')?.value, '`categories`').map((item) => {
    const fields = reader.map(item, 'a category', ['id', 'name', 'why', 'hint', 'escape', 'measurable', 'words', 'phrases', 'except'])
    const id = reader.string(fields.get('id')?.value, '`id`')
    if (!/^[a-z][a-z0-9-]*$/.test(id)) reader.fail(fields.get('id')?.value, `category id \`${id}\` is not kebab-case`)
    if (ids.has(id)) reader.fail(fields.get('id')?.value, `category \`${id}\` appears twice`)
    ids.add(id)
    const escapeNode = fields.get('escape')?.value
    return {
      id,
      name: reader.string(fields.get('name')?.value, '`name`'),
      why: reader.string(fields.get('why')?.value, '`why`'),
      hint: reader.string(fields.get('hint')?.value, '`hint`'),
      escape: escapeNode === undefined ? false : reader.boolean(escapeNode, '`escape`'),
      measurable: fields.has('measurable') ? reader.boolean(fields.get('measurable')!.value, '`measurable`') : false,
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

/** A mapping `{ru: [...], en: [...]}` (optionally under one key), as one set. */
function readLanguageLists(source: Embedded, under: string | undefined): ReadonlySet<string> {
  const reader = new YamlReader(source.path, source.text)
  let node = reader.root
  if (under !== undefined) node = reader.map(node, 'the file', [under]).get(under)?.value ?? null
  const lists = reader.map(node, 'the lists', ['ru', 'en'])
  const result = new Set<string>()
  for (const {value} of lists.values()) for (const item of reader.strings(value, 'the list')) result.add(item.value)
  return result
}

/** A file with one list under one key. */
function readList(source: Embedded, key: string): ReadonlySet<string> {
  const reader = new YamlReader(source.path, source.text)
  const top = reader.map(reader.root, 'the file', [key])
  return new Set(reader.strings(top.get(key)?.value, `\`${key}\``).map((item) => item.value))
}

useDataParser(parseBuiltinData)
