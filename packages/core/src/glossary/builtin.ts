/** The built-in CRM glossary (`glossary/crm.ru.yaml`), used when nothing else is configured. */
import {builtinGlossarySource, currentSnapshot} from '../data/index.js'
import type {Glossary} from './model.js'

let cache: Glossary | undefined
let parseFallback: (() => Glossary) | undefined

export function builtinGlossary(): Glossary {
  cache ??= currentSnapshot()?.glossary ?? parseFallback?.()
  if (!cache) throw new Error('@reqlint/core: the built-in glossary snapshot is missing or stale (run the build), and the YAML reader is not loaded')
  return cache
}

/** Gives {@link builtinGlossary} the YAML reader for a build without a snapshot (see `useDataParser`). */
export function useGlossaryParser(parse: () => Glossary): void {
  parseFallback = parse
}

/** The name reports and configuration use for the built-in glossary. */
export const builtinGlossaryPath = builtinGlossarySource.path
