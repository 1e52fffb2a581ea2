/**
 * A glossary compiled for matching: every name in one {@link PhraseIndex}, and
 * the abbreviations by their exact spelling. Compiled once per glossary object
 * and cached, so a remark pipeline that lints a thousand files compiles once.
 */
import {builtinData} from '../data/index.js'
import {builtinGlossaryLanguage as declaredLanguage, builtinGlossaryName, builtinGlossaryPath} from './builtin.js'
import {PhraseIndex, type NameOptions} from '../phrase-index.js'
import type {Glossary, GlossaryEntry, Language, Named} from './model.js'

export type NameRole = 'term' | 'synonym' | 'avoid' | 'abbreviation'

export interface NameRef {
  readonly entry: GlossaryEntry
  readonly role: NameRole
  readonly named: Named
}

export interface CompiledGlossary {
  readonly glossary: Glossary
  /**
   * The entries whose abbreviations define abbreviations in the document: the built-in
   * glossary's only in its own language («SLA» in the Russian CRM glossary defines nothing
   * in an English document). Every entry's names still match: «Api» is a misspelling of
   * «API» in any language.
   */
  readonly abbreviationEntries: readonly GlossaryEntry[]
  readonly names: PhraseIndex<NameRef>
  /** Glossary abbreviations by exact spelling, each with the entries it abbreviates. */
  readonly abbreviations: ReadonlyMap<string, readonly GlossaryEntry[]>
  /** Abbreviations known without a definition: the glossary's list and the built-in one. */
  readonly known: ReadonlySet<string>
  /**
   * Technical abbreviations known unless the document defines them (API, HTTP): the built-in
   * list, when the glossary takes the built-in abbreviations.
   */
  readonly wellKnown: ReadonlySet<string>
  /** The `context` words of entries whose abbreviation has several meanings, each with its entry. */
  readonly contexts: PhraseIndex<GlossaryEntry>
}

const compiled = new WeakMap<Glossary, Map<Language | 'any', CompiledGlossary>>()

/**
 * The glossary compiled for a document in `language`. The built-in glossary is
 * written for one language (`glossary/crm.ru.yaml`: Russian), and its
 * abbreviations define abbreviations in documents in that language only: its
 * «SLA», «MVP» and «BI» must not silence the same abbreviations in an English
 * document. A project's own glossary applies whatever the document's language.
 */
export function compileGlossary(glossary: Glossary, language?: Language): CompiledGlossary {
  const key = language ?? 'any'
  let byLanguage = compiled.get(glossary)
  if (!byLanguage) {
    byLanguage = new Map()
    compiled.set(glossary, byLanguage)
  }
  const cached = byLanguage.get(key)
  if (cached) return cached
  const builtinLanguage = builtinGlossaryLanguage()
  const applies = (entry: GlossaryEntry): boolean =>
    language === undefined || !isBuiltinPlace(entry.place.file) || builtinLanguage === undefined || builtinLanguage === language

  const names = new PhraseIndex<NameRef>()
  const abbreviations = new Map<string, GlossaryEntry[]>()
  const abbreviationEntries = glossary.entries.filter(applies)
  const defining = new Set(abbreviationEntries)
  for (const entry of glossary.entries) {
    names.add(entry.term.value, {entry, role: 'term', named: entry.term}, nameOptions(entry.term.value))
    for (const named of entry.synonyms) names.add(named.value, {entry, role: 'synonym', named}, nameOptions(named.value))
    for (const named of entry.avoid) names.add(named.value, {entry, role: 'avoid', named}, nameOptions(named.value))
    for (const named of entry.abbreviations) {
      names.add(named.value, {entry, role: 'abbreviation', named}, {inflect: false, capitals: true})
      if (!defining.has(entry)) continue
      const list = abbreviations.get(named.value)
      if (list) {
        if (!list.includes(entry)) list.push(entry)
      } else abbreviations.set(named.value, [entry])
    }
  }

  const contexts = new PhraseIndex<GlossaryEntry>()
  for (const entry of abbreviationEntries) {
    if (!entry.abbreviations.some((named) => (abbreviations.get(named.value)?.length ?? 0) > 1)) continue
    for (const named of entry.context ?? []) contexts.add(named.value, entry, nameOptions(named.value))
  }

  const known = new Set<string>(glossary.abbreviations.filter((named) => language === undefined || !isBuiltinPlace(named.place.file) || builtinLanguage === language).map((named) => named.value))
  if (glossary.builtinAbbreviations) for (const abbreviation of builtinData().knownAbbreviations) known.add(abbreviation)

  const wellKnown = glossary.builtinAbbreviations ? builtinData().wellKnownAbbreviations : new Set<string>()

  const result: CompiledGlossary = {glossary, abbreviationEntries, names, abbreviations, known, wellKnown, contexts}
  byLanguage.set(key, result)
  return result
}

/** A name written like an abbreviation («CRM», «SaaS», «B2B»): one word of letters and digits with two capitals or more. */
export function isAbbreviationLike(name: string): boolean {
  // Most names are phrases: a space or other ASCII character that is no letter or digit settles it
  // without the two Unicode regular expressions, which were a tenth of compiling 10,000 entries.
  for (let index = 0; index < name.length; index++) {
    const code = name.charCodeAt(index)
    if (code < 0x80 && !((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a))) return false
  }
  return /^[\p{L}\p{N}]+$/u.test(name) && (name.match(/\p{Lu}/gu)?.length ?? 0) >= 2
}

/** Abbreviation-like names match as written and only in capitals; other names in every inflected form. */
function nameOptions(name: string): NameOptions {
  return isAbbreviationLike(name) ? {inflect: false, capitals: true} : {}
}

/**
 * Whether a name comes from the built-in glossary: read directly (its source path) or
 * through `extends`/`--glossary` by its name (`reqlint:crm.ru`).
 */
function isBuiltinPlace(file: string): boolean {
  return file === builtinGlossaryPath || file === builtinGlossaryName
}

/** The language the built-in glossary declares. */
function builtinGlossaryLanguage(): Language | undefined {
  return declaredLanguage
}
