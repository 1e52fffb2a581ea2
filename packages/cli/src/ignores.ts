/**
 * Which paths a run skips when it walks directories and expands globs:
 * `node_modules` and `.git` always; what the repository's `.gitignore` files
 * ignore (nested ones included, each relative to its directory, deeper ones
 * winning, as git reads them); the configuration's `ignorePatterns` (relative
 * to the configuration file) and `--ignore-pattern` (relative to the working
 * directory), both in .gitignore syntax.
 *
 * The `ignore` package is loaded by {@link IgnoreFilter.load}, which walking a
 * directory or expanding a glob awaits first: linting the files a command line
 * names asks nothing of the filter.
 */
import fs from 'node:fs'
import path from 'node:path'
import type ignore from 'ignore'
import type {Ignore} from 'ignore'

export interface IgnoreOptions {
  readonly cwd: string
  readonly gitignore: boolean
  /** Patterns with the directory they are relative to. */
  readonly patterns: ReadonlyArray<{readonly base: string; readonly patterns: readonly string[]}>
}

const alwaysIgnored = new Set(['node_modules', '.git'])

export class IgnoreFilter {
  private readonly root: string | undefined
  private readonly groups: IgnoreOptions['patterns']
  private readonly gitignores = new Map<string, Ignore | undefined>()
  private ignore: typeof ignore | undefined
  private patterns: ReadonlyArray<{base: string; matcher: Ignore}> = []

  constructor(options: IgnoreOptions) {
    this.root = options.gitignore ? repositoryRoot(options.cwd) : undefined
    this.groups = options.patterns.filter((group) => group.patterns.length > 0)
  }

  /** Loads the `ignore` package and compiles the patterns, once; before the first {@link ignores}. */
  async load(): Promise<void> {
    if (this.ignore) return
    const factory = (await import('ignore')).default
    this.patterns = this.groups.map((group) => ({base: group.base, matcher: factory({allowRelativePaths: true}).add([...group.patterns])}))
    this.ignore = factory
  }

  /**
   * Whether `file` (absolute) is skipped. A file under an ignored directory is
   * ignored too: the `ignore` package checks a path's parents for each pattern set.
   */
  ignores(file: string, isDirectory: boolean): boolean {
    if (!this.ignore) throw new Error('IgnoreFilter.ignores before load()')
    if (alwaysIgnored.has(path.basename(file))) return true
    return this.matches(file, isDirectory)
  }

  private matches(target: string, isDirectory: boolean): boolean {
    for (const {base, matcher} of this.patterns) {
      const relative = inside(base, target)
      if (relative !== undefined && matcher.ignores(isDirectory ? relative + '/' : relative)) return true
    }
    if (this.root === undefined) return false
    if (inside(this.root, target) === undefined) return false
    // From the root down: a deeper .gitignore's match (or negation) overrides a shallower one's.
    let ignored = false
    for (const directory of chain(this.root, path.dirname(target))) {
      const matcher = this.gitignore(directory)
      if (!matcher) continue
      const relative = inside(directory, target)!
      const verdict = matcher.test(isDirectory ? relative + '/' : relative)
      if (verdict.ignored) ignored = true
      else if (verdict.unignored) ignored = false
    }
    return ignored
  }

  private gitignore(directory: string): Ignore | undefined {
    if (!this.gitignores.has(directory)) {
      let text: string | undefined
      try {
        text = fs.readFileSync(path.join(directory, '.gitignore'), 'utf8')
      } catch {
        text = undefined
      }
      this.gitignores.set(directory, text === undefined ? undefined : this.ignore!().add(text))
    }
    return this.gitignores.get(directory)
  }
}

/** The nearest directory from `cwd` up that holds `.git`; `cwd` itself outside a repository. */
function repositoryRoot(cwd: string): string {
  let directory = path.resolve(cwd)
  for (;;) {
    if (fs.existsSync(path.join(directory, '.git'))) return directory
    const parent = path.dirname(directory)
    if (parent === directory) return path.resolve(cwd)
    directory = parent
  }
}

/** `target` relative to `base` with `/`, or undefined when it is not inside. */
function inside(base: string, target: string): string | undefined {
  const relative = path.relative(base, target)
  if (relative === '' || relative === '..' || relative.startsWith('..' + path.sep) || path.isAbsolute(relative)) return undefined
  return path.sep === '\\' ? relative.split(path.sep).join('/') : relative
}

/** `from`, then each directory down to `to` (which is inside `from`). */
function chain(from: string, to: string): string[] {
  const directories = [from]
  const relative = path.relative(from, to)
  if (relative === '' || relative === '..' || relative.startsWith('..' + path.sep)) return directories
  let current = from
  for (const segment of relative.split(path.sep)) {
    current = path.join(current, segment)
    directories.push(current)
  }
  return directories
}
