/**
 * `--cache`: the findings of each file, kept with what they depend on: the
 * file's content hash and a hash of its settings (rules, language, glossary
 * files and their content). The whole cache carries a stamp of reqlint's
 * versions, so a new version starts from nothing. A missing, corrupt or foreign
 * cache file is simply a cold cache, and an entry that is not what reqlint
 * writes is a miss.
 *
 * The cache file is reqlint's own, and a pull request may have put something
 * else at its name: it is written only as a regular file that is missing or
 * already starts with a cache's stamp, never through a symbolic link, never
 * over a device, FIFO or directory; and atomically (temporary file and rename),
 * so an interrupted run never leaves half a cache.
 */
import {createHash} from 'node:crypto'
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {writeFileAtomic} from './atomic-write.js'
import {isCacheEntry} from './cache-entry.js'
import {makeDirectory} from './directories.js'
import type {Locale} from '@reqlint/core/lint'
import type {PlainMessage} from './messages.js'
import {cliMessage, WordedError} from './texts.js'

export interface CacheEntry {
  readonly content: string
  readonly settings: string
  readonly messages: readonly PlainMessage[]
  /** The language the document was read in (its messages' locale unless the reader chose one). */
  readonly language?: Locale
  readonly fixable: number
}

interface CacheData {
  readonly stamp: string
  readonly files: Record<string, CacheEntry>
}

export const defaultCacheName = '.reqlintcache'

export class Cache {
  readonly location: string
  private readonly stamp: string
  private readonly files: Map<string, CacheEntry>
  private changed = false

  private constructor(location: string, stamp: string, files: Map<string, CacheEntry>) {
    this.location = location
    this.stamp = stamp
    this.files = files
  }

  /**
   * Opens the cache at `location` (relative to `cwd`; default `.reqlintcache`;
   * an existing directory, or a path ending in a separator, holds `.reqlintcache`).
   */
  static open(location: string | undefined, cwd: string, stamp: string): Cache {
    let file = path.resolve(cwd, location ?? defaultCacheName)
    if (location !== undefined && (/[\\/]$/u.test(location) || isDirectory(file))) file = path.join(file, defaultCacheName)
    const files = new Map<string, CacheEntry>()
    try {
      const data = JSON.parse(readCacheFile(file)) as Partial<CacheData> | null
      if (data?.stamp === stamp && typeof data.files === 'object' && data.files !== null && !Array.isArray(data.files)) {
        for (const [key, entry] of Object.entries(data.files)) if (isCacheEntry(entry)) files.set(key, entry)
      }
    } catch {
      // No cache yet, or one we cannot read: start cold.
    }
    return new Cache(file, stamp, files)
  }

  /** The entry for `file` if its content and settings are what they were. */
  get(file: string, content: string, settings: string): CacheEntry | undefined {
    const entry = this.files.get(this.key(file))
    return entry && entry.content === content && entry.settings === settings ? entry : undefined
  }

  set(file: string, entry: CacheEntry): void {
    this.files.set(this.key(file), entry)
    this.changed = true
  }

  /** Writes the cache if anything changed, dropping entries of files that no longer exist. */
  save(): void {
    const directory = path.dirname(this.location)
    for (const key of this.files.keys()) {
      if (!fs.existsSync(path.resolve(directory, key))) {
        this.files.delete(key)
        this.changed = true
      }
    }
    if (!this.changed) return
    makeDirectory(directory)
    refuseForeign(this.location)
    const data: CacheData = {stamp: this.stamp, files: Object.fromEntries([...this.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))}
    writeFileAtomic(this.location, JSON.stringify(data))
  }

  /** Relative to the cache file, so a cache restored into another checkout (CI) still applies. */
  private key(file: string): string {
    const relative = path.relative(path.dirname(this.location), file)
    return path.sep === '\\' ? relative.split(path.sep).join('/') : relative
  }
}

/** What a cache is valid for: its format and the versions of the CLI and of the engine that made the findings. */
export function cacheStamp(cliVersion: string): string {
  const manifest = createRequire(import.meta.url).resolve('@reqlint/core/package.json')
  const core = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as {version?: string}).version ?? 'unknown'
  return `reqlint-cache/2 @reqlint/cli@${cliVersion} @reqlint/core@${core}`
}

export function hashContent(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex')
}

function isDirectory(file: string): boolean {
  try {
    // bigint: see statPath in files.ts.
    return fs.statSync(file, {bigint: true}).isDirectory()
  } catch {
    return false
  }
}

/** What every cache file starts with: `JSON.stringify` writes the stamp first. */
const stampPrefix = '{"stamp":"reqlint-cache/'

/** A cache file's text; throws for anything but a regular file (not opened through a link, a FIFO does not block). */
function readCacheFile(file: string): string {
  const descriptor = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK)
  try {
    if (!fs.fstatSync(descriptor, {bigint: true}).isFile()) throw new WordedError(cliMessage('not-regular-file', {}))
    return fs.readFileSync(descriptor, 'utf8')
  } finally {
    fs.closeSync(descriptor)
  }
}

/** Throws, with the reason as its message, unless `file` is missing or a regular file that is a reqlint cache. */
function refuseForeign(file: string): void {
  let stat: fs.BigIntStats
  try {
    stat = fs.lstatSync(file, {bigint: true})
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    throw error
  }
  if (stat.isSymbolicLink()) throw new WordedError(cliMessage('cache-symbolic-link', {}))
  if (!stat.isFile()) throw new WordedError(cliMessage('cache-not-regular-file', {}))
  const descriptor = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK)
  const head = Buffer.alloc(stampPrefix.length)
  try {
    fs.readSync(descriptor, head, 0, head.length, 0)
  } finally {
    fs.closeSync(descriptor)
  }
  if (head.toString('utf8') !== stampPrefix) throw new WordedError(cliMessage('cache-foreign-file', {}))
}
