/**
 * Assembling a glossary from its files: `extends` is followed depth first (bases
 * merge before the file that names them), each file overrides what was merged
 * before it (overlay.ts), and the merged whole is checked so that one name
 * belongs to one entry only. `reqlint:…` names are the built-in glossaries.
 */
import {DataError} from '../data-error.js'
import {coreMessage, readFailure, type NameRole} from '../problem-texts.js'
import type {AmbiguousAddition, Glossary, GlossaryEntry, Language, Named} from './model.js'
import {nameKey, overlayEntries, withBuiltinGlossaries} from './overlay.js'
import {formatOf, parseGlossaryFile, type GlossaryFile} from './parse.js'

/** How the loader reaches files; the CLI passes the file system, a browser could pass a map. */
export interface GlossaryHost {
  /** The text of a file; throws if it cannot be read (a {@link DataError} is passed on as it is). */
  readFile(file: string): string
  /** The path of `specifier` as written in `from`'s `extends`. */
  resolve(specifier: string, from: string): string
}

/**
 * Reads and merges glossary files (in order, each with what it extends);
 * `reqlint:…` names are the built-in glossaries. The `extends` graph is walked
 * with a stack of its own, not the call stack: a chain of 5,000 files is read
 * like a chain of two.
 */
export function loadGlossary(files: readonly string[], fileHost: GlossaryHost): Glossary {
  const host = withBuiltinGlossaries(fileHost)
  const parsed: GlossaryFile[] = []
  const seen = new Set<string>()
  /** The chain being followed, each file with the index of its next base. */
  const chain: Array<{glossary: GlossaryFile; next: number}> = []
  const open = new Set<string>()
  const enter = (file: string, from?: Named): void => {
    if (open.has(file)) {
      const place = from?.place
      const cycle = [...chain.map((item) => item.glossary.file), file]
      throw new DataError(place?.file ?? file, place?.line ?? 1, place?.column ?? 1, coreMessage('extends-cycle', {files: cycle}))
    }
    if (seen.has(file)) return
    seen.add(file)
    chain.push({glossary: parseGlossaryFile(file, read(file, host, from), formatOf(file)), next: 0})
    open.add(file)
  }
  for (const file of files) {
    enter(file)
    while (chain.length > 0) {
      const top = chain.at(-1)!
      const base = top.glossary.extends[top.next++]
      if (base) {
        enter(host.resolve(base.value, top.glossary.file), base)
      } else {
        // Every base is merged: the file itself comes after them.
        chain.pop()
        open.delete(top.glossary.file)
        parsed.push(top.glossary)
      }
    }
  }
  return mergeGlossaryFiles(parsed)
}

/** The text of `file`, or a DataError at the `extends` entry that named it. */
function read(file: string, host: GlossaryHost, from: Named | undefined): string {
  try {
    return host.readFile(file)
  } catch (error) {
    // The host's own refusal (a file over the size limit) already names the file and its place.
    if (error instanceof DataError) throw error
    const place = from?.place
    throw new DataError(place?.file ?? file, place?.line ?? 1, place?.column ?? 1, coreMessage('cannot-read-glossary', {file, failure: readFailure(error)}))
  }
}

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
