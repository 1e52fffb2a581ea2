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

/** Where the built-in glossary's source is in reqlint's repository (`glossary/crm.ru.yaml`). */
export const builtinGlossaryPath = builtinGlossarySource.path

/**
 * The name of the built-in glossary in configurations, `--glossary`, `extends`
 * and the remark plugin's `glossary`, and in the places of its entries
 * (`reqlint:crm.ru:122:5`): the package ships it embedded, not as a file.
 */
export const builtinGlossaryName = 'reqlint:crm.ru'

/** Whether a glossary reference is a built-in glossary's name (`reqlint:…`) rather than a path. */
export function isBuiltinGlossaryName(reference: string): boolean {
  return reference.startsWith('reqlint:')
}

/** The YAML text of the built-in glossary `name`, undefined for a name reqlint does not have. */
export function builtinGlossaryText(name: string): string | undefined {
  return name === builtinGlossaryName ? builtinGlossarySource.text : undefined
}
