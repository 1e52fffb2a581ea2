/**
 * Writing a fixed document over the one that was read, as the user could with
 * an editor, and no more:
 *
 * - through a symbolic link, the file it points to is written and the link kept;
 * - a file the user may not write is refused with EACCES (ESLint and Prettier do
 *   the same), and so is a write-protected one (no write bit at all, which root
 *   could otherwise write);
 * - a file that changed since it was read (an edit made while reqlint ran) is
 *   left alone: {@link ChangedSinceRead};
 * - normally the new text goes to a temporary file that takes the old one's
 *   mode, owner and group and is renamed over it (atomic: never half a file);
 * - when that would change the file's identity, the text is written in place
 *   instead: a file with more than one hard link (a rename would split them),
 *   and a file whose owner or group the user cannot give a new file.
 *
 * What the rename does not keep: extended attributes (and the ACLs and security
 * labels stored in them) and the inode number; Node has no API to copy them.
 * An in-place write keeps everything but is not atomic: a crash or a full disk
 * midway can leave part of the new text.
 */
import fs from 'node:fs'
import {writeFileAtomic} from './atomic-write.js'
import {cliMessage, WordedError} from './texts.js'

/** The file is no longer the bytes that were linted. */
export class ChangedSinceRead extends Error {
  override readonly name = 'ChangedSinceRead'
}

export function replaceDocument(file: string, read: Uint8Array, data: Uint8Array): void {
  const real = fs.realpathSync(file)
  // O_RDWR checks the user's right to write as the kernel sees it; O_NONBLOCK keeps a FIFO put there from blocking.
  const descriptor = fs.openSync(real, fs.constants.O_RDWR | fs.constants.O_NONBLOCK)
  try {
    const stat = fs.fstatSync(descriptor, {bigint: true})
    if (!stat.isFile()) throw new WordedError(cliMessage('not-regular-file', {}))
    const mode = Number(stat.mode) & 0o7777
    if ((mode & 0o222) === 0) throw Object.assign(new Error('write-protected (no write permission bit)'), {code: 'EACCES'})
    if (!sameBytes(descriptor, read, Number(stat.size))) throw new ChangedSinceRead('changed since it was read')
    if (stat.nlink > 1n || !replaceKeepingIdentity(real, data, {mode, uid: Number(stat.uid), gid: Number(stat.gid)})) {
      writeInPlace(descriptor, data)
    }
  } finally {
    fs.closeSync(descriptor)
  }
}

/** Whether the open file holds exactly `expected`. */
function sameBytes(descriptor: number, expected: Uint8Array, size: number): boolean {
  if (size !== expected.length) return false
  const actual = Buffer.alloc(size + 1)
  let length = 0
  for (;;) {
    const count = fs.readSync(descriptor, actual, length, actual.length - length, length)
    if (count === 0) break
    length += count
    if (length === actual.length) return false
  }
  return length === expected.length && actual.subarray(0, length).equals(expected)
}

/** The atomic replacement; false (nothing changed) when the new file could not get the old one's owner and group. */
function replaceKeepingIdentity(real: string, data: Uint8Array, identity: {mode: number; uid: number; gid: number}): boolean {
  try {
    writeFileAtomic(real, data, identity)
    return true
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // EPERM: another owner or a group the user is not in; EACCES: a directory the user may not create files in.
    if (code === 'EPERM' || code === 'EACCES') return false
    throw error
  }
}

function writeInPlace(descriptor: number, data: Uint8Array): void {
  let written = 0
  while (written < data.length) written += fs.writeSync(descriptor, data, written, data.length - written, written)
  fs.ftruncateSync(descriptor, data.length)
  fs.fsyncSync(descriptor)
}
