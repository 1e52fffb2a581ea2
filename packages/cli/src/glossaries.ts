/**
 * Glossaries by their list of files, each loaded once per thread, and a hash of
 * each one's content (every file it merged, `extends` included) for the cache.
 */
import {createHash} from 'node:crypto'
import {builtinGlossary, builtinGlossaryName, isBuiltinGlossaryName, type Glossary} from '@reqlint/core/lint'

/** The glossary-file reader, with the YAML parser: loaded by {@link loadGlossaryReader} when a run has glossary files. */
let reader: typeof import('@reqlint/core/node') | undefined

/** Loads the glossary-file reader if `needed`: a run with the built-in glossary only does without the YAML parser. */
export async function loadGlossaryReader(needed: boolean): Promise<void> {
  if (needed && !reader) reader = await import('@reqlint/core/node')
}

export class Glossaries {
  private readonly loaded = new Map<string, Glossary>()
  private readonly hashes = new Map<string, string>()

  /** The glossary merged from `files` (absolute), or the built-in one; throws DataError. */
  get(files: readonly string[] | undefined): Glossary {
    const key = JSON.stringify(files ?? null)
    let glossary = this.loaded.get(key)
    if (!glossary) {
      if (files === undefined) glossary = builtinGlossary()
      else if (reader) glossary = reader.loadGlossaryFiles(files)
      else throw new Error('the glossary reader is not loaded (loadGlossaryReader)')
      this.loaded.set(key, glossary)
    }
    return glossary
  }

  /** Changes whenever any file the glossary was merged from changes. */
  hash(files: readonly string[] | undefined): string {
    const key = JSON.stringify(files ?? null)
    let hash = this.hashes.get(key)
    if (hash === undefined) {
      const digest = createHash('sha256')
      // The built-in glossary changes only with reqlint's version, which the cache stamps anyway.
      if (files === undefined) digest.update(builtinGlossaryName)
      else {
        for (const file of this.get(files).files) {
          digest.update(file).update('\0')
          // Bounded as when it was loaded: the file may have been swapped for a device since.
          if (!isBuiltinGlossaryName(file)) digest.update(reader!.readDataBytes(file)).update('\0')
        }
      }
      hash = digest.digest('hex')
      this.hashes.set(key, hash)
    }
    return hash
  }
}
