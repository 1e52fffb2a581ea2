/** The built-in CRM glossary (`glossary/crm.ru.yaml`), used when nothing else is configured. */
import {builtinGlossarySource, currentSnapshot} from '../data/index.js'
import {mergeGlossaryFiles} from './load.js'
import type {Glossary} from './model.js'
import {parseGlossaryFile} from './parse.js'

let cache: Glossary | undefined

export function builtinGlossary(): Glossary {
  cache ??= currentSnapshot()?.glossary ?? parseBuiltinGlossary()
  return cache
}

/** The glossary read from its YAML text: at build time for the snapshot, or when there is none. */
export function parseBuiltinGlossary(): Glossary {
  return mergeGlossaryFiles([parseGlossaryFile(builtinGlossarySource.path, builtinGlossarySource.text)])
}

/** The name reports and configuration use for the built-in glossary. */
export const builtinGlossaryPath = builtinGlossarySource.path
