/**
 * The report formats by name, each module loaded only when its format is
 * chosen: a run pays for one formatter (vfile-reporter only for stylish, the
 * SARIF rule descriptions only for sarif). `index.ts` holds them all, loaded.
 */
import type {Formatter, FormatterName} from './index.js'

const loaders: Record<FormatterName, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  gitlab: async () => (await import('./gitlab.js')).gitlab,
  junit: async () => (await import('./junit.js')).junit,
  unix: async () => (await import('./unix.js')).unix
}

/** The names `--format` accepts, in the order help lists them. */
export const formatterNames = Object.keys(loaders) as FormatterName[]

export function loadFormatter(name: FormatterName): Promise<Formatter> {
  return loaders[name]()
}
