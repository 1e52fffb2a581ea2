/**
 * The CLI's version, read from its package.json at run time so there is one
 * source of truth. The file is looked for upwards from this module — the
 * nearest package.json named `reqlint` — since this code runs from `src/`
 * (tests), `dist/formatters/` and a chunk of the bundle in `dist/bundle/`
 * (scripts/bundle-cli.js), at different depths; npm always packs package.json.
 */
import fs from 'node:fs'

function readVersion(): string {
  for (let up = new URL('./', import.meta.url); ; up = new URL('../', up)) {
    const manifest = readManifest(new URL('package.json', up))
    if (manifest?.name === 'reqlint') {
      if (typeof manifest.version !== 'string') throw new Error('reqlint: package.json has no version')
      return manifest.version
    }
    if (up.pathname === '/') throw new Error('reqlint: no package.json named reqlint above the CLI')
  }
}

function readManifest(file: URL): {name?: unknown; version?: unknown} | undefined {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
  const manifest: unknown = JSON.parse(text)
  return typeof manifest === 'object' && manifest !== null ? manifest : undefined
}

export const version = readVersion()
