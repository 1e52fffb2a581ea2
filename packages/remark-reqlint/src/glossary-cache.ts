/**
 * Glossary files loaded once per process: a `remark` run over a thousand files,
 * or a docs dev server, reads and checks a glossary once, and @reqlint/core
 * compiles each loaded glossary once (it caches by object identity).
 *
 * A cached glossary is reused while its files (the ones named and the ones they
 * `extends`) keep their size and modification time, so that a dev server in
 * watch mode picks up an edited glossary without a restart. A glossary that
 * failed to load is cached as its error on the same terms.
 */
import fs from 'node:fs'
import path from 'node:path'
import {DataError, isBuiltinGlossaryName, type Glossary} from '@reqlint/core'
import {loadGlossaryFiles} from '@reqlint/core/node'

interface Entry {
  readonly result: {readonly glossary: Glossary} | {readonly error: DataError}
  /** Every file the result depends on, with its stamp when it was read. */
  readonly stamps: ReadonlyMap<string, string>
}

const cache = new Map<string, Entry>()
let loads = 0

/** The glossary made of `files` (relative to `cwd`); throws the {@link DataError} of a bad one. */
export function glossaryFromFiles(files: readonly string[], cwd: string): Glossary {
  const absolute = files.map((file) => (isBuiltinGlossaryName(file) ? file : path.resolve(cwd, file)))
  const key = JSON.stringify(absolute)
  let entry = cache.get(key)
  if (!entry || !fresh(entry)) {
    entry = load(absolute)
    cache.set(key, entry)
  }
  if ('error' in entry.result) throw entry.result.error
  return entry.result.glossary
}

/** How many times glossary files were read and checked in this process (for tests). */
export function glossaryLoads(): number {
  return loads
}

/** Forgets every loaded glossary (for tests). */
export function clearGlossaryCache(): void {
  cache.clear()
}

function load(files: readonly string[]): Entry {
  loads++
  // Stamp before reading: a file changed while it is read is read again next time.
  const before = new Map(files.map((file) => [file, stamp(file)]))
  try {
    const glossary = loadGlossaryFiles(files)
    const stamps = new Map(before)
    for (const file of glossary.files) if (!stamps.has(file)) stamps.set(file, stamp(file))
    return {result: {glossary}, stamps}
  } catch (error) {
    if (!(error instanceof DataError)) throw error
    const stamps = new Map(before)
    if (!stamps.has(error.file)) stamps.set(error.file, stamp(error.file))
    return {result: {error}, stamps}
  }
}

function fresh(entry: Entry): boolean {
  for (const [file, value] of entry.stamps) if (stamp(file) !== value) return false
  return true
}

function stamp(file: string): string {
  // A built-in glossary (`reqlint:crm.ru`) is embedded: it changes only with reqlint.
  if (isBuiltinGlossaryName(file)) return 'built-in'
  try {
    const stat = fs.statSync(file)
    return `${stat.size}:${stat.mtimeMs}`
  } catch {
    return 'missing'
  }
}
