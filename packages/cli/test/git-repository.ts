/**
 * Temporary git repositories for the CI tests: a repository on `main` with one
 * commit of the given files, checked out on a new branch `feature`, as a pull
 * request's clone looks. Commits need no user configuration or signing key.
 */
import {execFileSync} from 'node:child_process'
import {tempDir, type Files} from './helpers.js'

/** Runs git in `dir` and returns what it printed. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {cwd: dir, encoding: 'utf8'})
}

/** A new repository: `files` committed on `main`, and the branch `feature` checked out from there. */
export function featureBranch(files: Files): string {
  const dir = tempDir(files)
  git(dir, 'init', '-q')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', 'base')
  git(dir, 'checkout', '-qb', 'feature')
  return dir
}
