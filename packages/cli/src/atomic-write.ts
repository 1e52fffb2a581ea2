/**
 * Replacing a file atomically: the new content goes to a temporary file in the
 * same directory (so the rename stays on one file system), is flushed to disk,
 * gets the permission bits, owner and group it is given, and is renamed over
 * the target. A reader, a crash or a full disk sees the old file or the new
 * one, never half of one; on failure the temporary file is removed and the
 * target is untouched. The rename replaces the directory entry `target`
 * itself: a symbolic link there is replaced, never followed (callers that mean
 * the file behind a link resolve it first).
 */
import {randomBytes} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** What the new file keeps of the old one. */
export interface Identity {
  readonly mode: number
  readonly uid: number
  readonly gid: number
}

export function writeFileAtomic(target: string, data: Uint8Array | string, identity?: Identity): void {
  // A dot name: directory walks (ours, editors', watchers') skip it while it exists.
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
  let descriptor: number | undefined
  try {
    // 'wx' is O_CREAT | O_EXCL: it never opens an existing file nor follows a link planted at that name.
    descriptor = fs.openSync(temporary, 'wx', identity?.mode ?? 0o666)
    fs.writeFileSync(descriptor, data)
    if (identity) {
      const own = fs.fstatSync(descriptor, {bigint: true})
      // Owner first: chown clears the set-user-ID and set-group-ID bits that chmod then restores.
      if (Number(own.uid) !== identity.uid || Number(own.gid) !== identity.gid) fs.fchownSync(descriptor, identity.uid, identity.gid)
      // openSync's mode passes through the umask; the old file's bits are what it keeps.
      fs.fchmodSync(descriptor, identity.mode)
    }
    fs.fsyncSync(descriptor)
    fs.closeSync(descriptor)
    descriptor = undefined
    fs.renameSync(temporary, target)
  } catch (error) {
    if (descriptor !== undefined) fs.closeSync(descriptor)
    fs.rmSync(temporary, {force: true})
    throw error
  }
}
