/**
 * `--shard i/n`: one of n parts of the files, for CI matrices. A file's part is
 * a hash of its path relative to the working directory, modulo n — not its
 * index in the list — so adding or removing a file moves no other file to
 * another part, and every runner, on any machine, computes the same partition.
 * Run from the repository root on every shard.
 */
import {createHash} from 'node:crypto'
import path from 'node:path'

export interface Shard {
  /** 1-based, as written on the command line. */
  readonly index: number
  readonly count: number
}

/** The part (1-based) the file at `absolute` belongs to, of `count`. */
export function shardOf(absolute: string, cwd: string, count: number): number {
  const relative = path.relative(cwd, absolute).split(path.sep).join('/')
  const digest = createHash('sha256').update(relative).digest()
  return (digest.readUInt32BE(0) % count) + 1
}
