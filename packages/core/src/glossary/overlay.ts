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
  const updatable = new Set(earlier)
  const find = (term: Named): number => entries.findIndex((entry) => updatable.has(entry) && nameKey(entry.term.value) === nameKey(term.value))
  for (const removed of file.remove) {
    const index = find(removed)
    if (index === -1) {
      const {place} = removed
      throw new DataError(place.file, place.line, place.column, coreMessage('remove-unknown-term', {term: removed.value}))
    }
    updatable.delete(entries[index]!)
    entries.splice(index, 1)
  }
  for (const entry of file.entries) {
    const index = find(entry.term)
    if (index === -1) entries.push(entry)
    else {
      updatable.delete(entries[index]!)
      entries[index] = updated(entries[index]!, entry)
    }
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
