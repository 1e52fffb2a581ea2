/**
 * Replacing a file atomically: the new content goes to a temporary file in the
 * same directory (so the rename stays on one file system), is flushed to disk,
 * gets the old file's permission bits, and is renamed over the target. A
 * reader, a crash or a full disk sees the old file or the new one, never half
 * of one; on failure the temporary file is removed and the target is untouched.
 */
import {randomBytes} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export function writeFileAtomic(target: string, data: Uint8Array | string): void {
  // Through a symbolic link, replace what it points to, not the link itself.
  let real: string
  try {
    real = fs.realpathSync(target)
  } catch {
    real = path.resolve(target)
  }
  let mode: number | undefined
  try {
    mode = fs.statSync(real).mode & 0o7777
  } catch {
    mode = undefined
  }
  // A dot name: directory walks (ours, editors', watchers') skip it while it exists.
  const temporary = path.join(path.dirname(real), `.${path.basename(real)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
  let descriptor: number | undefined
  try {
    descriptor = fs.openSync(temporary, 'wx', mode ?? 0o666)
    fs.writeFileSync(descriptor, data)
    fs.fsyncSync(descriptor)
    fs.closeSync(descriptor)
    descriptor = undefined
    // openSync's mode passes through the umask; the old file's bits are what it keeps.
    if (mode !== undefined) fs.chmodSync(temporary, mode)
    fs.renameSync(temporary, real)
  } catch (error) {
    if (descriptor !== undefined) fs.closeSync(descriptor)
    fs.rmSync(temporary, {force: true})
    throw error
  }
}
