/**
 * Bounded reading of data files (glossaries, configurations, package.json),
 * apart from `@reqlint/core/node` so that a caller which only reads a file
 * (the CLI looking for its configuration in every folder up to the root) does
 * not load the glossary parser and YAML with it: that is a tenth of a short
 * run's start-up.
 */
import fs from 'node:fs'
import {DataError, maxDataBytes} from './data-error.js'
import {coreMessage, fileKindIn, type FileKind} from './problem-texts.js'

/**
 * The bytes of a data file, refused unless it is a regular file of at most
 * `limit` bytes. The type is checked on the open descriptor, before a byte is
 * read: `/dev/zero` or `/dev/urandom` would be read forever, and a FIFO blocks
 * (it is opened non-blocking so that even the open returns). At most `limit + 1`
 * bytes are read, so a file that grows while it is read is refused too.
 *
 * A type refusal throws an `Error` whose message says what the path is and
 * whose `kind` names it ({@link FileKind}: callers word it in the reader's
 * locale, as they word `ENOENT`); a size refusal throws {@link DataError}.
 */
export function readDataBytes(file: string, limit = maxDataBytes): Buffer {
  const descriptor = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0))
  try {
    const stat = fs.fstatSync(descriptor)
    if (!stat.isFile()) throw Object.assign(new Error(`${fileType(stat)}, not a regular file`), {kind: fileKind(stat)})
    const tooLarge = (): DataError => new DataError(file, 1, 1, coreMessage('file-too-large', {limit}))
    if (stat.size > limit) throw tooLarge()
    // The size is a hint (a file can grow): one byte more than it says, so that growth shows.
    let buffer = Buffer.allocUnsafe(stat.size + 1)
    let length = 0
    for (;;) {
      if (length === buffer.length) {
        if (length > limit) throw tooLarge()
        const larger = Buffer.allocUnsafe(Math.min(limit + 1, buffer.length * 2))
        buffer.copy(larger, 0, 0, length)
        buffer = larger
      }
      const read = fs.readSync(descriptor, buffer, length, buffer.length - length, null)
      if (read === 0) break
      length += read
    }
    if (length > limit) throw tooLarge()
    return buffer.subarray(0, length)
  } finally {
    fs.closeSync(descriptor)
  }
}

/** The text of a data file (UTF-8), read by {@link readDataBytes}. */
export function readDataFile(file: string, limit = maxDataBytes): string {
  return readDataBytes(file, limit).toString('utf8')
}

/** What a path that is not a regular file is, for a one-line refusal. */
export function fileType(stat: fs.Stats | fs.BigIntStats): string {
  return fileKindIn(fileKind(stat), 'en')
}

/** What a path that is not a regular file is, as data for a message in any locale. */
export function fileKind(stat: fs.Stats | fs.BigIntStats): FileKind {
  if (stat.isDirectory()) return 'directory'
  if (stat.isFIFO()) return 'fifo'
  if (stat.isCharacterDevice()) return 'character-device'
  if (stat.isBlockDevice()) return 'block-device'
  if (stat.isSocket()) return 'socket'
  return 'unknown'
}
