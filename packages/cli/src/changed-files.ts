/**
 * `--changed-since <ref>`: the files a branch changed, as git plumbing reports
 * them. The base is the merge base of `<ref>` and HEAD — what a pull request
 * changed, whatever was merged into the target branch meanwhile, as
 * `git diff <ref>...HEAD` reads it — compared with the working tree, so
 * uncommitted edits count too (in CI the working tree is HEAD). Renamed files
 * count under their new name, deleted ones not at all, and untracked files that
 * .gitignore does not ignore are changed files.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {UsageError} from './io.js'

/** Changed files, as paths relative to `cwd` with `/`, for {@link isChanged}. */
export interface ChangedFiles {
  readonly cwd: string
  /** Relative to the repository's top level, with `/` (as git writes them). */
  readonly paths: ReadonlySet<string>
  /** The working directory relative to the top level, with `/`; '' at the top. */
  readonly prefix: string
}

export function changedFiles(ref: string, cwd: string): ChangedFiles {
  const top = git(['rev-parse', '--show-toplevel'], cwd, () => `--changed-since needs a git repository, and ${cwd} is not in one`).trim()
  const commit = git(['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`], cwd, () => `--changed-since: git knows no commit "${ref}" (in CI, fetch the branch: git fetch origin ${ref})`).trim()
  const base = git(
    ['merge-base', commit, 'HEAD'],
    cwd,
    () => `--changed-since: "${ref}" and HEAD have no common commit in this clone (a shallow clone? fetch more history, e.g. actions/checkout with fetch-depth: 0)`
  ).trim()
  const diff = git(['diff', '--name-only', '-z', '--no-relative', '--diff-filter=d', '--find-renames', base, '--'], cwd, (error) => `--changed-since: git diff failed: ${error}`)
  const untracked = git(['ls-files', '--others', '--exclude-standard', '--full-name', '-z'], top, (error) => `--changed-since: git ls-files failed: ${error}`)
  const paths = new Set([...diff.split('\0'), ...untracked.split('\0')].filter((item) => item !== ''))
  const prefix = path.relative(fs.realpathSync(top), fs.realpathSync(cwd)).split(path.sep).join('/')
  return {cwd, paths, prefix}
}

/** Whether the file at `absolute` (inside the working directory or not) is one of the changed files. */
export function isChanged(changed: ChangedFiles, absolute: string): boolean {
  const fromCwd = path.relative(changed.cwd, absolute).split(path.sep).join('/')
  return changed.paths.has(path.posix.normalize(changed.prefix === '' ? fromCwd : `${changed.prefix}/${fromCwd}`))
}

function git(args: readonly string[], cwd: string, problem: (error: string) => string): string {
  try {
    return execFileSync('git', args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024})
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & {stderr?: string}
    if (failure.code === 'ENOENT') throw new UsageError('--changed-since needs git, and there is no git command here')
    throw new UsageError(problem((failure.stderr ?? failure.message).trim().split('\n')[0] ?? ''))
  }
}
