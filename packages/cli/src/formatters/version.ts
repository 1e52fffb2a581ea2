/**
 * The CLI's version, read from its package.json at run time so there is one
 * source of truth: the file sits at the same relative place from `src/` and
 * from `dist/`, and npm always packs package.json.
 */
import fs from 'node:fs'

function readVersion(): string {
  const manifest: unknown = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
  const version = typeof manifest === 'object' && manifest !== null ? (manifest as {version?: unknown}).version : undefined
  if (typeof version !== 'string') throw new Error('reqlint: package.json has no version')
  return version
}

export const version = readVersion()
