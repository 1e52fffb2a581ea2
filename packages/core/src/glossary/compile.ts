/**
 * A glossary compiled for matching: every name in one {@link PhraseIndex}, and
 * the abbreviations by their exact spelling. Compiled once per glossary object
 * and cached, so a remark pipeline that lints a thousand files compiles once.
 */
import {builtinData} from '../data/index.js'
import {normalizeWord} from '../normalize.js'
import {PhraseIndex, type NameOptions} from '../phrase-index.js'
import type {Glossary, GlossaryEntry, Named} from './model.js'

export type NameRole = 'term' | 'synonym' | 'avoid' | 'abbreviation'

export interface NameRef {
  readonly entry: GlossaryEntry
  readonly role: NameRole
  readonly named: Named
}

export interface CompiledGlossary {
  readonly glossary: Glossary
  readonly names: PhraseIndex<NameRef>
  /** Glossary abbreviations by exact spelling, each with the entries it abbreviates. */
  readonly abbreviations: ReadonlyMap<string, readonly GlossaryEntry[]>
  /** Spellings of glossary abbreviations by normalised form, to catch «Crm» for «CRM». */
  readonly abbreviationSpellings: ReadonlyMap<string, readonly string[]>
  /** Abbreviations known without a definition: the glossary's list and the built-in one. */
  readonly known: ReadonlySet<string>
}

const compiled = new WeakMap<Glossary, CompiledGlossary>()

export function compileGlossary(glossary: Glossary): CompiledGlossary {
  const cached = compiled.get(glossary)
  if (cached) return cached

  const names = new PhraseIndex<NameRef>()
  const abbreviations = new Map<string, GlossaryEntry[]>()
  const spellings = new Map<string, string[]>()
  for (const entry of glossary.entries) {
    names.add(entry.term.value, {entry, role: 'term', named: entry.term}, nameOptions(entry.term.value))
    for (const named of entry.synonyms) names.add(named.value, {entry, role: 'synonym', named}, nameOptions(named.value))
    for (const named of entry.avoid) names.add(named.value, {entry, role: 'avoid', named}, nameOptions(named.value))
    for (const named of entry.abbreviations) {
      names.add(named.value, {entry, role: 'abbreviation', named}, {inflect: false, capitals: true})
      const list = abbreviations.get(named.value)
      if (list) {
        if (!list.includes(entry)) list.push(entry)
      } else abbreviations.set(named.value, [entry])
      const key = normalizeWord(named.value)
      const known = spellings.get(key)
      if (!known) spellings.set(key, [named.value])
      else if (!known.includes(named.value)) known.push(named.value)
    }
  }

  const known = new Set<string>(glossary.abbreviations.map((named) => named.value))
  if (glossary.builtinAbbreviations) for (const abbreviation of builtinData().knownAbbreviations) known.add(abbreviation)

  const result: CompiledGlossary = {glossary, names, abbreviations, abbreviationSpellings: spellings, known}
  compiled.set(glossary, result)
  return result
}

/** A name written like an abbreviation («CRM», «SaaS», «B2B»): one word of letters and digits with two capitals or more. */
export function isAbbreviationLike(name: string): boolean {
  return /^[\p{L}\p{N}]+$/u.test(name) && (name.match(/\p{Lu}/gu)?.length ?? 0) >= 2
}

/** Abbreviation-like names match as written and only in capitals; other names in every inflected form. */
function nameOptions(name: string): NameOptions {
  return isAbbreviationLike(name) ? {inflect: false, capitals: true} : {}
}
