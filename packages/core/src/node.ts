/**
 * The file-system side of @reqlint/core, for Node callers (the CLI, the remark
 * plugin): glossary files by path, with `extends` resolved against each file,
 * and the bounded reading every data file (glossary, configuration) goes through.
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {DataError, maxDataBytes} from './data-error.js'
import {coreMessage, fileKindIn, type FileKind} from './problem-texts.js'
import {isBuiltinGlossaryName} from './glossary/builtin.js'
import {loadGlossary, type GlossaryHost} from './glossary/load.js'
import type {Glossary} from './glossary/model.js'

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
export function fileType(stat: fs.Stats): string {
  return fileKindIn(fileKind(stat), 'en')
}

/** What a path that is not a regular file is, as data for a message in any locale. */
export function fileKind(stat: fs.Stats): FileKind {
  if (stat.isDirectory()) return 'directory'
  if (stat.isFIFO()) return 'fifo'
  if (stat.isCharacterDevice()) return 'character-device'
  if (stat.isBlockDevice()) return 'block-device'
  if (stat.isSocket()) return 'socket'
  return 'unknown'
}

export const fileSystemHost: GlossaryHost = {
  readFile(file) {
    return readDataFile(file)
  },
  resolve(specifier, from) {
    const relative = path.resolve(path.dirname(from), specifier)
    if (!isPackageSpecifier(specifier) || fs.existsSync(relative)) return relative
    return resolvePackageFile(specifier, from) ?? relative
  }
}

/**
 * `extends: [base.yaml]` has always meant a file beside the glossary, so a name
 * without `./` is a package path (`@reqlint/core/glossary/crm.ru.yaml`) only
 * when no such file exists there.
 */
function isPackageSpecifier(specifier: string): boolean {
  return !path.isAbsolute(specifier) && !specifier.startsWith('.') && specifier.includes('/')
}

/**
 * A package path resolved as Node resolves it: from the glossary's own folder
 * (the project's node_modules), then from @reqlint/core itself, so the built-in
 * glossaries are found even where the package manager does not hoist
 * @reqlint/core next to the project (pnpm installing only the CLI).
 */
function resolvePackageFile(specifier: string, from: string): string | undefined {
  for (const base of [from, import.meta.url]) {
    try {
      return createRequire(base).resolve(specifier)
    } catch {
      // Not resolvable from here; try the next base.
    }
  }
  return undefined
}

/** Reads and merges glossary files, paths relative to `cwd`; `reqlint:…` names are the built-in glossaries. */
export function loadGlossaryFiles(files: readonly string[], cwd = process.cwd()): Glossary {
  return loadGlossary(
    files.map((file) => (isBuiltinGlossaryName(file) ? file : path.resolve(cwd, file))),
    fileSystemHost
  )
}
