/**
 * Merging parsed glossary files into one glossary and checking it: each file
 * overrides what was merged before it (overlay.ts), and one name belongs to one
 * entry only. Reads no file and knows no built-in glossary, so that the build
 * can validate the built-in one with it (scripts/build-data.js).
 */
import {DataError} from '../data-error.js'
import {coreMessage, type NameRole} from '../problem-texts.js'
import type {AmbiguousAddition, Glossary, GlossaryEntry, Language, Named} from './model.js'
import {nameKey, overlayEntries} from './overlay.js'
import type {GlossaryFile} from './parse.js'

/** Merges parsed files in order and checks the result. */
export function mergeGlossaryFiles(files: readonly GlossaryFile[]): Glossary {
  let language: Language | undefined
  let builtinAbbreviations = true
  let entries: GlossaryEntry[] = []
  const abbreviations: Named[] = []
  const add: AmbiguousAddition[] = []
  const remove: Named[] = []
  const distinct: Array<readonly Named[]> = []
  for (const file of files) {
    language = file.language ?? language
    if (file.builtinAbbreviations !== undefined) builtinAbbreviations = file.builtinAbbreviations
    entries = overlayEntries(entries, file)
    abbreviations.push(...file.abbreviations)
    add.push(...file.ambiguous.add)
    remove.push(...file.ambiguous.remove)
    distinct.push(...(file.distinct ?? []))
  }
  const glossary: Glossary = {
    language: language ?? 'ru',
    entries,
    abbreviations,
    builtinAbbreviations,
    ambiguous: {add, remove},
    ...(distinct.length > 0 ? {distinct} : {}),
    files: files.map((file) => file.file)
  }
  checkGlossary(glossary)
  return glossary
}

/**
 * One name, one entry: a term, synonym or avoided name may not be repeated in
 * another entry (or twice in one), and an abbreviation may not also be a name.
 * An abbreviation may belong to several entries: it then has several meanings.
 */
export function checkGlossary(glossary: Glossary): void {
  const names = new Map<string, {named: Named; entry: GlossaryEntry; role: NameRole}>()
  for (const entry of glossary.entries) {
    const roles: Array<[NameRole, readonly Named[]]> = [
      ['term', [entry.term]],
      ['synonym', entry.synonyms],
      ['avoided', entry.avoid]
    ]
    for (const [role, list] of roles) {
      for (const named of list) {
        const key = nameKey(named.value)
        const previous = names.get(key)
        if (previous) {
          const where = `${previous.named.place.file}:${previous.named.place.line}:${previous.named.place.column}`
          throw new DataError(
            named.place.file,
            named.place.line,
            named.place.column,
            coreMessage('name-in-two-entries', {
              name: named.value,
              role: previous.role,
              owner: previous.entry === entry ? undefined : previous.entry.term.value,
              where,
              removable: previous.named.place.file === named.place.file ? undefined : previous.entry.term.value
            })
          )
        }
        names.set(key, {named, entry, role})
      }
    }
  }
  for (const entry of glossary.entries) {
    for (const abbreviation of entry.abbreviations) {
      const clash = names.get(nameKey(abbreviation.value))
      if (clash && clash.entry !== entry) {
        const where = `${clash.named.place.file}:${clash.named.place.line}:${clash.named.place.column}`
        throw new DataError(
          abbreviation.place.file,
          abbreviation.place.line,
          abbreviation.place.column,
          coreMessage('abbreviation-is-name', {abbreviation: abbreviation.value, role: clash.role, term: clash.entry.term.value, where})
        )
      }
    }
  }
}
