/**
 * Creating the directory a file of reqlint's goes in (`--cache-location`,
 * `--output`), one level at a time. Node's `mkdirSync(…, {recursive: true})`
 * loops for ever where `mkdir` answers ENOENT for a parent that exists (under
 * `/proc`); here every failure is an error with its code.
 */
import fs from 'node:fs'
import path from 'node:path'

/** Creates `directory` and its missing parents; throws the file system's error (ENOTDIR, ENOENT, EACCES…). */
export function makeDirectory(directory: string): void {
  const missing: string[] = []
  let current = path.resolve(directory)
  for (;;) {
    let stat: fs.BigIntStats | undefined
    try {
      // bigint: see statPath in files.ts.
      stat = fs.statSync(current, {bigint: true})
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
    if (stat) {
      if (!stat.isDirectory()) throw Object.assign(new Error(`not a directory: ${current}`), {code: 'ENOTDIR'})
      break
    }
    missing.push(current)
    const parent = path.dirname(current)
    if (parent === current) break
    current = parent
  }
  for (const next of missing.reverse()) fs.mkdirSync(next)
}
