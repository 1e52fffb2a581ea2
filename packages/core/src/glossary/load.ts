/**
 * Assembling a glossary from its files: `extends` is followed depth first (bases
 * merge before the file that names them), each file overrides what was merged
 * before it (overlay.ts), and the merged whole is checked so that one name
 * belongs to one entry only. `reqlint:…` names are the built-in glossaries.
 */
import {DataError} from '../data-error.js'
import {coreMessage, readFailure} from '../problem-texts.js'
import {withBuiltinGlossaries} from './builtin.js'
import {mergeGlossaryFiles} from './merge.js'
import type {Glossary, Named} from './model.js'
import {formatOf, parseGlossaryFile, type GlossaryFile} from './parse.js'

export {checkGlossary, mergeGlossaryFiles} from './merge.js'

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
