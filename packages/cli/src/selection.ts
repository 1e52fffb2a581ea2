/**
 * Narrowing a run to some of its files, before any is read: `--changed-since`
 * keeps the files git reports as changed, `--shard i/n` keeps one part of
 * them. The paths are expanded as for any run (walks and globs honour the
 * ignores; a file named on the command line is always a candidate), then
 * filtered; the result is a list of files to read as if they had been named.
 *
 * A problem with a path (no such file, a directory without Markdown) is kept
 * whatever changed; under `--shard` it goes to the one shard its path hashes
 * to, so merged shard reports have it once.
 */
import path from 'node:path'
import type {Shard} from './shard.js'
import {expandPaths, type FileProblem} from './files.js'
import type {IgnoreFilter} from './ignores.js'

export interface SelectionOptions {
  readonly changedSince: string | undefined
  readonly shard: Shard | undefined
}

export interface Selection {
  /** Absolute paths, sorted. */
  readonly files: readonly string[]
  readonly problems: readonly FileProblem[]
}

export async function selectFiles(patterns: readonly string[], cwd: string, filter: IgnoreFilter, options: SelectionOptions): Promise<Selection> {
  const expanded = await expandPaths(patterns, cwd, filter)
  let files = expanded.files
  let problems = expanded.problems
  if (options.changedSince !== undefined) {
    const {changedFiles, isChanged} = await import('./changed-files.js')
    const changed = changedFiles(options.changedSince, cwd)
    files = files.filter((file) => isChanged(changed, file))
  }
  const shard = options.shard
  if (shard) {
    const {shardOf} = await import('./shard.js')
    files = files.filter((file) => shardOf(file, cwd, shard.count) === shard.index)
    problems = problems.filter((problem) => shardOf(path.resolve(cwd, problem.path), cwd, shard.count) === shard.index)
  }
  return {files, problems}
}
