/**
 * How a glossary overrides the ones merged before it (its `extends`, earlier
 * files of a list): `remove` drops their entries by term, and an entry whose
 * term they already have updates that entry instead of clashing with it.
 */
import {DataError} from '../data-error.js'
import {coreMessage} from '../problem-texts.js'
import type {GlossaryEntry, Named} from './model.js'
import {normalizeWord} from '../normalize.js'
import type {GlossaryFile} from './parse.js'

/** Names compare case-insensitively, «ё» as «е», runs of spaces as one. */
export function nameKey(name: string): string {
  return normalizeWord(name).replace(/\s+/g, ' ')
}

/**
 * The entries after `file` is laid over `earlier`: first its `remove` (each
 * must name the term of an earlier entry: a typo must not pass silently), then
 * its entries. An entry with the term of an earlier one updates it in place: a
 * definition replaces the earlier one, abbreviations, synonyms and avoided
 * names are added (a name moves to the role the later file gives it). To
 * replace an entry whole, remove it and write it anew in the same file.
 */
export function overlayEntries(earlier: readonly GlossaryEntry[], file: GlossaryFile): GlossaryEntry[] {
  const entries = [...earlier]
  // The earlier entries this file may still update or remove, by term. Looked up by key, not
  // searched: a 10,000-entry file searched its own growing list once per entry (0.6 s to load).
  // An entry leaves the map once this file has touched it: a second entry of the same term in
  // one file is a clash for checkGlossary to report, not a second update.
  const updatable = new Map<string, GlossaryEntry>()
  for (const entry of earlier) {
    const key = nameKey(entry.term.value)
    if (!updatable.has(key)) updatable.set(key, entry)
  }
  const take = (term: Named): number => {
    const key = nameKey(term.value)
    const entry = updatable.get(key)
    if (entry === undefined) return -1
    updatable.delete(key)
    return entries.indexOf(entry)
  }
  for (const removed of file.remove) {
    const index = take(removed)
    if (index === -1) {
      const {place} = removed
      throw new DataError(place.file, place.line, place.column, coreMessage('remove-unknown-term', {term: removed.value}))
    }
    entries.splice(index, 1)
  }
  for (const entry of file.entries) {
    const index = take(entry.term)
    if (index === -1) entries.push(entry)
    else entries[index] = updated(entries[index]!, entry)
  }
  return entries
}

function updated(base: GlossaryEntry, update: GlossaryEntry): GlossaryEntry {
  const later = new Set([update.term, ...update.synonyms, ...update.avoid].map((named) => nameKey(named.value)))
  const kept = (list: readonly Named[]): Named[] => list.filter((named) => !later.has(nameKey(named.value)))
  const laterAbbreviations = new Set(update.abbreviations.map((named) => nameKey(named.value)))
  return {
    term: update.term,
    abbreviations: [...base.abbreviations.filter((named) => !laterAbbreviations.has(nameKey(named.value))), ...update.abbreviations],
    definition: update.definition ?? base.definition,
    synonyms: [...kept(base.synonyms), ...update.synonyms],
    avoid: [...kept(base.avoid), ...update.avoid],
    place: update.place
  }
}
