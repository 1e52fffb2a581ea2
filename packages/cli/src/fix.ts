/**
 * What `--fix` and `--fix-dry-run` do with a fixed text: write it back the way
 * the file was read (encoding, BOM; line endings are untouched because fixes
 * replace words only), if the file is still what was read
 * (`replace-document.ts`); or show it as a unified diff that `git apply` takes
 * (paths `a/…` and `b/…` relative to the working directory).
 */
import {toPosix} from './files.js'
import {encodeDocument, type Decoded} from './read.js'
import {replaceDocument} from './replace-document.js'

export {ChangedSinceRead} from './replace-document.js'

/** Writes the fixed text over `file`, which was `read`; returns the bytes written (for the cache's content hash). */
export function writeFixed(file: string, read: Uint8Array, text: string, decoded: Pick<Decoded, 'encoding' | 'bom'>): Uint8Array {
  // Encoding first: a character windows-1251 cannot hold fails here, before anything is touched.
  const bytes = encodeDocument(text, decoded)
  replaceDocument(file, read, bytes)
  return bytes
}

/** The diff package is loaded here, by `--fix-dry-run` only. */
export async function fixDiff(name: string, before: string, after: string): Promise<string> {
  const {createTwoFilesPatch, FILE_HEADERS_ONLY} = await import('diff')
  const posix = toPosix(name)
  return createTwoFilesPatch(`a/${posix}`, `b/${posix}`, before, after, '', '', {headerOptions: FILE_HEADERS_ONLY})
}
