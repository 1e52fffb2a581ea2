/**
 * Proposals from many documents made into one glossary file to review: one
 * entry per concept (an abbreviation with its most frequent expansion, other
 * expansions noted; abbreviations with the same expansion together; a terms
 * section's definition joined to the abbreviation that expands to it; the names
 * a document gives one concept, its dominant name as the term), each with a
 * comment saying where it was found, sorted by name. Written with the `yaml`
 * library's Document, so every scalar reads back as the string it was
 * (`term: "0x1F"`, not the number 31).
 */
import {normalizeWord, type Glossary, type Language, type Proposal, type VariantProposal} from '@reqlint/core'
import {Document, type YAMLMap, type YAMLSeq} from 'yaml'
import type {Locale} from '@reqlint/core/i18n'
import {cliMessage} from './texts.js'

/** A proposal with the place it was found, `name:line`. */
export type Found = Proposal & {readonly where: string}

/** The name groups one document gave. */
export interface FoundVariants {
  readonly name: string
  readonly groups: readonly VariantProposal[]
}

interface Entry {
  term: string
  abbreviations: string[]
  definition: string | undefined
  synonyms: string[]
  avoid: string[]
  where: string[]
  notes: string[]
}

/** `locale`: the language of the comments (the names are the documents' own). */
export function proposalYaml(
  proposals: readonly Found[],
  variants: readonly FoundVariants[],
  documents: number,
  language: Language,
  known: Glossary | undefined,
  locale: Locale = 'en'
): string {
  const say = (message: {readonly text: Readonly<Record<Locale, string>>}): string => message.text[locale]
  const knownNames = new Set<string>()
  for (const entry of known?.entries ?? []) {
    for (const named of [entry.term, ...entry.abbreviations, ...entry.synonyms, ...entry.avoid]) knownNames.add(key(named.value))
  }
  for (const named of known?.abbreviations ?? []) knownNames.add(key(named.value))

  const entries = new Map<string, Entry>()
  const entryFor = (term: string): Entry => {
    let entry = entries.get(key(term))
    if (!entry) {
      entry = {term: dictionaryCase(term), abbreviations: [], definition: undefined, synonyms: [], avoid: [], where: [], notes: []}
      entries.set(key(term), entry)
    }
    return entry
  }

  // Abbreviations: the expansion most documents give, the others as notes.
  const byAbbreviation = new Map<string, Found[]>()
  for (const proposal of proposals) {
    if (proposal.abbreviation === undefined || knownNames.has(key(proposal.abbreviation))) continue
    byAbbreviation.set(proposal.abbreviation, [...(byAbbreviation.get(proposal.abbreviation) ?? []), proposal])
  }
  for (const [abbreviation, found] of byAbbreviation) {
    const counts = new Map<string, {proposal: Found; count: number}>()
    for (const proposal of found) {
      const item = counts.get(key(proposal.term))
      if (item) item.count++
      else counts.set(key(proposal.term), {proposal, count: 1})
    }
    const ranked = [...counts.values()].sort((a, b) => b.count - a.count)
    const chosen = ranked[0]!.proposal
    const entry = entryFor(chosen.term)
    if (!entry.abbreviations.includes(abbreviation)) entry.abbreviations.push(abbreviation)
    entry.definition ??= found.find((proposal) => key(proposal.term) === key(chosen.term) && proposal.definition !== undefined)?.definition
    for (const proposal of found) if (key(proposal.term) === key(chosen.term)) entry.where.push(proposal.where)
    for (const other of ranked.slice(1)) {
      const places = found.filter((proposal) => key(proposal.term) === key(other.proposal.term)).map((proposal) => proposal.where)
      entry.notes.push(say(cliMessage('proposal-other-expansion', {abbreviation, term: other.proposal.term, places})))
    }
  }
  // Terms a terms section defines.
  for (const proposal of proposals) {
    if (proposal.abbreviation !== undefined || knownNames.has(key(proposal.term))) continue
    const entry = entryFor(proposal.term)
    entry.definition ??= proposal.definition
    entry.where.push(proposal.where)
  }

  // Names a document gives one concept: the dominant name as the term, with the counts.
  for (const {name, groups} of variants) {
    for (const group of groups) {
      const term = dictionaryCase(group.term)
      const others = group.others
        .map((other) => ({name: dictionaryCase(other.name), count: other.count}))
        .filter((other) => !knownNames.has(key(other.name)) && key(other.name) !== key(term))
      if (others.length === 0 || knownNames.has(key(term))) continue
      const entry = entryFor(term)
      const list = group.role === 'avoid' ? entry.avoid : entry.synonyms
      for (const other of others) if (!list.some((item) => key(item) === key(other.name))) list.push(other.name)
      entry.where.push(`${name}:${group.line}`)
      const counts = [`«${term}» ×${group.count}`, ...others.map((other) => `«${other.name}» ×${other.count}`)].join(', ')
      entry.notes.push(say(cliMessage('proposal-variants', {counts, kind: group.kind, question: group.role === 'synonyms'})))
    }
  }

  const sorted = [...entries.values()].sort((a, b) => a.term.localeCompare(b.term, language))
  const document = new Document({language, terms: sorted.map(entryObject)})
  document.commentBefore = say(cliMessage('proposal-header', {documents}))
  const terms = document.get('terms', true) as YAMLSeq
  if (sorted.length === 0) {
    terms.flow = true
    terms.comment = say(cliMessage('proposal-nothing-found', {}))
  }
  sorted.forEach((entry, index) => {
    const item = terms.items[index] as YAMLMap
    item.commentBefore = [unique(entry.where).join(', '), ...entry.notes].map((line) => ` ${line}`).join('\n')
  })
  return document.toString({lineWidth: 0})
}

/** An entry as the glossary format writes it: one abbreviation as a string, several as a list. */
function entryObject(entry: Entry): Record<string, unknown> {
  return {
    term: entry.term,
    ...(entry.abbreviations.length === 1 ? {abbreviation: entry.abbreviations[0]} : entry.abbreviations.length > 1 ? {abbreviation: entry.abbreviations} : {}),
    ...(entry.definition !== undefined && entry.definition !== '' ? {definition: entry.definition} : {}),
    ...(entry.synonyms.length > 0 ? {synonyms: entry.synonyms} : {}),
    ...(entry.avoid.length > 0 ? {avoid: entry.avoid} : {})
  }
}

/** How the glossary compares names: case-insensitive, «ё» = «е», spaces collapsed. */
function key(name: string): string {
  return normalizeWord(name).replace(/\s+/gu, ' ').trim()
}

/** «Лид» → «лид»: a capital that only opens a sentence or a table cell is not part of the term. «Bitrix24», «CRM-система» stay. */
function dictionaryCase(term: string): string {
  const [first, second] = term.split(' ')
  const word = first ?? term
  if (/^\p{Lu}\p{Ll}+$/u.test(word) && !(second !== undefined && /^\p{Lu}/u.test(second))) return word[0]!.toLowerCase() + term.slice(1)
  return term
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)]
}
