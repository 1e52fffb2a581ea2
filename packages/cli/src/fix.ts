/**
 * What `--fix` and `--fix-dry-run` do with a fixed text: write it back the way
 * the file was read (encoding, BOM; line endings are untouched because fixes
 * replace words only), atomically; or show it as a unified diff that
 * `git apply` takes (paths `a/…` and `b/…` relative to the working directory).
 */
import {writeFileAtomic} from './atomic-write.js'
import {toPosix} from './files.js'
import {encodeDocument, type Decoded} from './read.js'

/** Writes the fixed text over `file`; returns the bytes written (for the cache's content hash). */
export function writeFixed(file: string, text: string, decoded: Pick<Decoded, 'encoding' | 'bom'>): Uint8Array {
  // Encoding first: a character windows-1251 cannot hold fails here, before anything is touched.
  const bytes = encodeDocument(text, decoded)
  writeFileAtomic(file, bytes)
  return bytes
}

/** The diff package is loaded here, by `--fix-dry-run` only. */
export async function fixDiff(name: string, before: string, after: string): Promise<string> {
  const {createTwoFilesPatch, FILE_HEADERS_ONLY} = await import('diff')
  const posix = toPosix(name)
  return createTwoFilesPatch(`a/${posix}`, `b/${posix}`, before, after, '', '', {headerOptions: FILE_HEADERS_ONLY})
}
