/**
 * Turning command-line paths into the list of documents to lint: files as
 * given (always linted: naming a file is asking for it), directories walked for
 * `*.md`, `*.markdown`, `*.mdx`, globs expanded; walks and globs skip what the
 * ignore filter ignores. The list is sorted, so reports come in a stable order.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {IgnoreFilter} from './ignores.js'
import {cliMessage, type Texts} from './texts.js'

export const markdownExtensions = ['.md', '.markdown', '.mdx']

export interface FileProblem {
  /** As given on the command line; for a directory met while walking, relative to the working directory. */
  readonly path: string
  /** Why, in every locale. */
  readonly reason: Texts
}

export interface Expanded {
  /** Absolute paths, sorted. */
  readonly files: readonly string[]
  /** FIFOs and character devices named on the command line (`/dev/stdin`, `<(cat doc.md)`): read as streams. */
  readonly streams: readonly StreamPath[]
  readonly problems: readonly FileProblem[]
}

export interface StreamPath {
  /** As given on the command line, which is how the report names it. */
  readonly path: string
  readonly absolute: string
}

/**
 * The names of the process's standard input. It may be a socket (Node and
 * other programs give children socket pairs for pipes), which cannot be opened
 * by name: it is read from the process's own stream.
 */
export const standardInputPaths = ['/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']

/**
 * `fs.statSync` with `bigint: true`. Node 20's `realpathSync`, which resolves
 * every module the loader imports, consults the result of the process's last
 * non-bigint stat call: after a stat of a FIFO (`/dev/stdin` on a pipe) it
 * stops resolving links, so a package behind pnpm's links (tinyglobby) is
 * loaded from its link and its own dependency (fdir) is not found. BigInt
 * stats are kept apart. Paths given by users are stat'ed with this.
 */
export function statPath(file: string, follow = true): fs.BigIntStats {
  return follow ? fs.statSync(file, {bigint: true}) : fs.lstatSync(file, {bigint: true})
}

/** A relative path with `/`, as reports and patterns write it; on POSIX `\\` is an ordinary character and stays. */
export function toPosix(file: string): string {
  return path.sep === '\\' ? file.split(path.sep).join('/') : file
}

/** How a path is shown: relative to `cwd` when inside it, absolute otherwise. */
export function displayPath(cwd: string, file: string): string {
  // A built-in glossary's name (`reqlint:crm.ru`) is no path.
  if (!path.isAbsolute(file)) return file
  const relative = path.relative(cwd, file)
  if (relative === '') return '.'
  if (relative === '..' || relative.startsWith('..' + path.sep) || path.isAbsolute(relative)) return file
  return toPosix(relative)
}

export async function expandPaths(patterns: readonly string[], cwd: string, filter: IgnoreFilter): Promise<Expanded> {
  const files = new Set<string>()
  const streams: StreamPath[] = []
  const problems: FileProblem[] = []
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern)
    let stat: fs.BigIntStats | undefined
    let code: string | undefined
    try {
      stat = statPath(absolute)
    } catch (error) {
      code = (error as NodeJS.ErrnoException).code
      stat = undefined
    }
    if (stat?.isFile()) {
      files.add(absolute)
      continue
    }
    if (stat?.isFIFO() || stat?.isCharacterDevice() || (stat?.isSocket() && standardInputPaths.includes(absolute))) {
      if (!streams.some((stream) => stream.absolute === absolute)) streams.push({path: pattern, absolute})
      continue
    }
    if (stat && !stat.isDirectory()) {
      problems.push({path: pattern, reason: cliMessage('not-file-or-directory', {kind: stat.isSocket() ? 'socket' : 'block-device'}).text})
      continue
    }
    // A name that exists but cannot be followed is not "no such file", whatever glob it might also be.
    if (code === 'ELOOP') {
      problems.push({path: pattern, reason: cliMessage('symlink-loop', {}).text})
      continue
    }
    if (code !== undefined && code !== 'ENOENT' && code !== 'ENOTDIR') {
      problems.push({path: pattern, reason: cliMessage('cannot-read', {failure: {code}}).text})
      continue
    }
    if (stat?.isDirectory()) {
      await filter.load()
      const found: string[] = []
      let unreadable = false
      const ignored = walk(absolute, filter, found, (directory, code) => {
        unreadable = true
        const problem = {path: path.relative(cwd, directory) || '.', reason: cliMessage('cannot-read-directory', {code}).text}
        // Once, even when two arguments walk the same directory (their files are a set too).
        if (!problems.some((other) => other.path === problem.path && other.reason.en === problem.reason.en)) problems.push(problem)
      })
      // A directory that could not be read has its own line: "no Markdown files" would be wrong about it.
      if (found.length === 0 && !unreadable) {
        problems.push({path: pattern, reason: cliMessage('no-markdown-files', {ignored}).text})
      }
      for (const file of found) files.add(file)
      continue
    }
    // Neither a file nor a directory: perhaps a glob, and only then is tinyglobby loaded.
    const {glob, isDynamicPattern} = await import('tinyglobby')
    if (isDynamicPattern(pattern)) {
      await filter.load()
      // expandDirectories off: tinyglobby (like globby) would otherwise also match `<pattern>/**`, so `docs/*.md` would
      // take in every file under a directory named `foo.md` (a `logo.png` reported as binary, a `notes.txt` linted).
      const found = await glob([pattern], {cwd, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'], followSymbolicLinks: false, expandDirectories: false})
      const kept = found.map((file) => path.normalize(file)).filter((file) => !filter.ignores(file, false))
      if (kept.length === 0) problems.push({path: pattern, reason: cliMessage(found.length > 0 ? 'pattern-all-ignored' : 'pattern-no-match', {}).text})
      for (const file of kept) files.add(file)
      continue
    }
    problems.push({path: pattern, reason: cliMessage('no-such-path', {}).text})
  }
  return {files: [...files].sort(), streams, problems}
}

/**
 * Collects the Markdown files under `directory` into `found`, not entering
 * ignored directories, dot-directories or symbolic links to directories (which
 * could loop); returns how many Markdown files were ignored. A directory that
 * cannot be read goes to `unreadable` with the error code.
 */
function walk(directory: string, filter: IgnoreFilter, found: string[], unreadable: (directory: string, code: string) => void): number {
  let ignored = 0
  let entries: fs.Dirent[]
  try {
    entries = fs.readdirSync(directory, {withFileTypes: true})
  } catch (error) {
    // Reported, not skipped in silence: the files of an unreadable directory (EACCES) or of one whose path is longer
    // than the system allows (ENAMETOOLONG, past PATH_MAX) would otherwise vanish from the report and the exit code.
    unreadable(directory, (error as NodeJS.ErrnoException).code ?? (error as Error).message)
    return 0
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const absolute = path.join(directory, entry.name)
    let isFile = entry.isFile()
    if (entry.isSymbolicLink()) {
      try {
        isFile = statPath(absolute).isFile()
      } catch {
        isFile = false
      }
    }
    if (entry.isDirectory()) {
      if (!filter.ignores(absolute, true)) ignored += walk(absolute, filter, found, unreadable)
      continue
    }
    if (!isFile || !markdownExtensions.includes(path.extname(entry.name).toLowerCase())) continue
    if (filter.ignores(absolute, false)) ignored++
    else found.push(absolute)
  }
  return ignored
}
