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
import {cliMessage} from './texts.js'
import type {Message} from '@reqlint/core/i18n'

/** Changed files, as paths relative to `cwd` with `/`, for {@link isChanged}. */
export interface ChangedFiles {
  readonly cwd: string
  /** Relative to the repository's top level, with `/` (as git writes them). */
  readonly paths: ReadonlySet<string>
  /** The working directory relative to the top level, with `/`; '' at the top. */
  readonly prefix: string
}

export function changedFiles(ref: string, cwd: string): ChangedFiles {
  const top = git(['rev-parse', '--show-toplevel'], cwd, () => cliMessage('changed-since-no-repository', {cwd})).trim()
  const commit = git(['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`], cwd, () => cliMessage('changed-since-no-commit', {ref})).trim()
  const base = git(
    ['merge-base', commit, 'HEAD'],
    cwd,
    () => cliMessage('changed-since-no-base', {ref})
  ).trim()
  const diff = git(['diff', '--name-only', '-z', '--no-relative', '--diff-filter=d', '--find-renames', base, '--'], cwd, (error) => cliMessage('changed-since-git-failed', {command: 'git diff', error}))
  const untracked = git(['ls-files', '--others', '--exclude-standard', '--full-name', '-z'], top, (error) => cliMessage('changed-since-git-failed', {command: 'git ls-files', error}))
  const paths = new Set([...diff.split('\0'), ...untracked.split('\0')].filter((item) => item !== ''))
  const prefix = path.relative(fs.realpathSync(top), fs.realpathSync(cwd)).split(path.sep).join('/')
  return {cwd, paths, prefix}
}

/** Whether the file at `absolute` (inside the working directory or not) is one of the changed files. */
export function isChanged(changed: ChangedFiles, absolute: string): boolean {
  const fromCwd = path.relative(changed.cwd, absolute).split(path.sep).join('/')
  return changed.paths.has(path.posix.normalize(changed.prefix === '' ? fromCwd : `${changed.prefix}/${fromCwd}`))
}

function git(args: readonly string[], cwd: string, problem: (error: string) => Message): string {
  try {
    return execFileSync('git', args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024})
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & {stderr?: string}
    if (failure.code === 'ENOENT') throw new UsageError(cliMessage('changed-since-no-git', {}))
    throw new UsageError(problem((failure.stderr ?? failure.message).trim().split('\n')[0] ?? ''))
  }
}
