/**
 * reqlint's built-in word lists, read from the YAML files in `packages/core/data/`
 * (embedded at build time) with the same strict reader as user files. Each list
 * is read once, on first use.
 */
import type {Node} from 'yaml'
import type {Glossary, Language} from '../glossary/model.js'
import {YamlReader} from '../yaml-reader.js'
import * as generated from './generated/index.js'
import {snapshot} from './generated/snapshot.js'

export interface AmbiguityCategory {
  readonly id: string
  readonly name: string
  readonly why: string
  readonly hint: string
  /** Escape clauses only weaken binding statements; they are reported there only. */
  readonly escape: boolean
  /** Entries in dictionary form, matched in every inflected form. */
  readonly words: readonly string[]
  /** Entries matched as written. */
  readonly phrases: readonly string[]
  /**
   * Expressions, matched as written, in which an entry is not the vague word:
   * «простою» is the noun «простой» (downtime), "fail fast" a design principle.
   */
  readonly except: readonly string[]
}

export interface AmbiguityList {
  readonly language: Language
  readonly binding: ReadonlySet<string>
  readonly permissive: ReadonlySet<string>
  readonly categories: readonly AmbiguityCategory[]
}

export interface BuiltinData {
  readonly ambiguity: Readonly<Record<Language, AmbiguityList>>
  readonly knownAbbreviations: ReadonlySet<string>
  readonly units: ReadonlySet<string>
  /** Words written in capitals that are not abbreviations (MUST, GET, КАК, TBD). */
  readonly capitalizedWords: ReadonlySet<string>
  readonly termsSectionHeadings: readonly string[]
}

let cache: BuiltinData | undefined

export function builtinData(): BuiltinData {
  cache ??= dataFromSnapshot() ?? parseBuiltinData()
  return cache
}

/** The data read from the YAML texts: at build time for the snapshot, or when there is none. */
export function parseBuiltinData(): BuiltinData {
  return {
    ambiguity: {ru: readAmbiguity(generated.ambiguousRu), en: readAmbiguity(generated.ambiguousEn)},
    knownAbbreviations: readLanguageLists(generated.knownAbbreviations, undefined),
    units: readList(generated.units, 'units'),
    capitalizedWords: readList(generated.capitalizedWords, 'words'),
    termsSectionHeadings: [...readLanguageLists(generated.termsSections, 'headings')]
  }
}

/**
 * The built-in data and glossary, parsed and validated at build time
 * (scripts/snapshot-data.js) and kept as JSON, so that a run parses no YAML:
 * reading it took a cold process 160 ms, a third of a short run. It counts only
 * when made from the texts embedded now.
 */
export interface Snapshot {
  readonly fingerprint: string
  readonly data: ReturnType<typeof plainData>
  readonly glossary: Glossary
}

/** Data as JSON can hold it: sets as lists. */
export function plainData(data: BuiltinData) {
  const plainList = (list: AmbiguityList) => ({...list, binding: [...list.binding], permissive: [...list.permissive]})
  return {
    ambiguity: {ru: plainList(data.ambiguity.ru), en: plainList(data.ambiguity.en)},
    knownAbbreviations: [...data.knownAbbreviations],
    units: [...data.units],
    capitalizedWords: [...data.capitalizedWords],
    termsSectionHeadings: data.termsSectionHeadings
  }
}

/** Identifies the embedded texts: FNV-1a over all of them. */
export function sourcesFingerprint(): string {
  let hash = 0x811c9dc5
  // In name order, whatever order a module loader gives a namespace's keys in.
  for (const name of Object.keys(generated).sort()) {
    const source: Embedded = generated[name as keyof typeof generated]
    for (let index = 0; index < source.text.length; index++) hash = Math.imul(hash ^ source.text.charCodeAt(index), 0x01000193)
    hash = Math.imul(hash ^ source.text.length, 0x01000193)
  }
  return (hash >>> 0).toString(16)
}

let checkedSnapshot: Snapshot | null | undefined

/** The build's snapshot, if there is one and it is of the embedded texts. */
export function currentSnapshot(): Snapshot | undefined {
  if (checkedSnapshot === undefined) {
    const candidate = snapshot as Snapshot | undefined
    checkedSnapshot = candidate?.fingerprint === sourcesFingerprint() ? candidate : null
  }
  return checkedSnapshot ?? undefined
}

function dataFromSnapshot(): BuiltinData | undefined {
  const data = currentSnapshot()?.data
  if (!data) return undefined
  const list = (plain: typeof data.ambiguity.ru): AmbiguityList => ({...plain, binding: new Set(plain.binding), permissive: new Set(plain.permissive)})
  return {
    ambiguity: {ru: list(data.ambiguity.ru), en: list(data.ambiguity.en)},
    knownAbbreviations: new Set(data.knownAbbreviations),
    units: new Set(data.units),
    capitalizedWords: new Set(data.capitalizedWords),
    termsSectionHeadings: data.termsSectionHeadings
  }
}

interface Embedded {
  readonly path: string
  readonly text: string
}

function readAmbiguity(source: Embedded): AmbiguityList {
  const reader = new YamlReader(source.path, source.text)
  const top = reader.map(reader.root, 'the list', ['language', 'binding', 'permissive', 'categories'])
  const language = reader.string(top.get('language')?.value, '`language`')
  if (language !== 'ru' && language !== 'en') return reader.fail(top.get('language')?.value, 'expected ru or en')
  const words = (node: Node | null | undefined, what: string): string[] => reader.strings(node, what).map((item) => item.value)
  const ids = new Set<string>()
  const categories = reader.list(top.get('categories')?.value, '`categories`').map((item) => {
    const fields = reader.map(item, 'a category', ['id', 'name', 'why', 'hint', 'escape', 'words', 'phrases', 'except'])
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
      words: words(fields.get('words')?.value, '`words`'),
      phrases: words(fields.get('phrases')?.value, '`phrases`'),
      except: fields.has('except') ? words(fields.get('except')?.value, '`except`') : []
    }
  })
  return {
    language,
    binding: new Set(words(top.get('binding')?.value, '`binding`').map((word) => word.toLowerCase().replace(/ё/g, 'е'))),
    permissive: new Set(words(top.get('permissive')?.value, '`permissive`').map((word) => word.toLowerCase().replace(/ё/g, 'е'))),
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

/** The built-in glossary's file name and text, for {@link builtinGlossary}. */
export const builtinGlossarySource: Embedded = generated.builtinGlossary
