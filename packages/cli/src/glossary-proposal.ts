/**
 * Proposals from many documents made into one glossary file to review: one
 * entry per concept (an abbreviation with its most frequent expansion, other
 * expansions noted; abbreviations with the same expansion together; a terms
 * section's definition joined to the abbreviation that expands to it), each
 * with a comment saying where it was found, sorted by name.
 */
import {normalizeWord, type Glossary, type Language} from '@reqlint/core'
import type {Proposal} from './glossary-extract.js'

interface Entry {
  term: string
  abbreviations: string[]
  definition: string | undefined
  where: string[]
  notes: string[]
}

export function proposalYaml(proposals: readonly Proposal[], documents: number, language: Language, known: Glossary | undefined): string {
  const knownNames = new Set<string>()
  for (const entry of known?.entries ?? []) {
    for (const named of [entry.term, ...entry.abbreviations, ...entry.synonyms, ...entry.avoid]) knownNames.add(key(named.value))
  }
  for (const named of known?.abbreviations ?? []) knownNames.add(key(named.value))

  const entries = new Map<string, Entry>()
  const entryFor = (term: string): Entry => {
    let entry = entries.get(key(term))
    if (!entry) {
      entry = {term: dictionaryCase(term), abbreviations: [], definition: undefined, where: [], notes: []}
      entries.set(key(term), entry)
    }
    return entry
  }

  // Abbreviations: the expansion most documents give, the others as notes.
  const byAbbreviation = new Map<string, Proposal[]>()
  for (const proposal of proposals) {
    if (proposal.abbreviation === undefined || knownNames.has(key(proposal.abbreviation))) continue
    byAbbreviation.set(proposal.abbreviation, [...(byAbbreviation.get(proposal.abbreviation) ?? []), proposal])
  }
  for (const [abbreviation, found] of byAbbreviation) {
    const counts = new Map<string, {proposal: Proposal; count: number}>()
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
      entry.notes.push(`${abbreviation} is also expanded as «${other.proposal.term}» (${places.join(', ')})`)
    }
  }
  // Terms a terms section defines.
  for (const proposal of proposals) {
    if (proposal.abbreviation !== undefined || knownNames.has(key(proposal.term))) continue
    const entry = entryFor(proposal.term)
    entry.definition ??= proposal.definition
    entry.where.push(proposal.where)
  }

  const sorted = [...entries.values()].sort((a, b) => a.term.localeCompare(b.term, language))
  const lines = [
    `# Glossary entries proposed by \`reqlint glossary extract\` from ${documents} ${documents === 1 ? 'document' : 'documents'}.`,
    '# Review each one before use: write every term in its dictionary form («электронный',
    '# документооборот», not «электронного документооборота»), drop what is not a term,',
    '# and move the rest into the project glossary (`reqlint glossary check` validates it).',
    `language: ${language}`
  ]
  if (sorted.length === 0) {
    lines.push('terms: []  # nothing found: no abbreviation expansions and no terms section')
    return lines.join('\n') + '\n'
  }
  lines.push('terms:')
  for (const entry of sorted) {
    lines.push(`  # ${unique(entry.where).join(', ')}`)
    for (const note of entry.notes) lines.push(`  # ${note}`)
    lines.push(`  - term: ${scalar(entry.term)}`)
    if (entry.abbreviations.length === 1) lines.push(`    abbreviation: ${scalar(entry.abbreviations[0]!)}`)
    if (entry.abbreviations.length > 1) lines.push(`    abbreviation: [${entry.abbreviations.map(scalar).join(', ')}]`)
    if (entry.definition !== undefined && entry.definition !== '') lines.push(`    definition: ${scalar(entry.definition)}`)
  }
  return lines.join('\n') + '\n'
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

/** A YAML scalar: plain when that reads back as the same string, double-quoted (JSON's escapes are YAML's) otherwise. */
function scalar(value: string): string {
  const plain =
    /^[\p{L}\d][^:#\n\r\t]*$/u.test(value) &&
    value === value.trim() &&
    !/^(?:true|false|null|yes|no|on|off|~)$/iu.test(value) &&
    !/^[-+.\d][\d._eE+-]*$/u.test(value)
  return plain ? value : JSON.stringify(value)
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)]
}
