/** The built-in CRM glossary (`glossary/crm.ru.yaml`), used when nothing else is configured. */
import {builtinGlossarySource} from '../data/index.js'
import {mergeGlossaryFiles} from './load.js'
import type {Glossary} from './model.js'
import {parseGlossaryFile} from './parse.js'

let cache: Glossary | undefined

export function builtinGlossary(): Glossary {
  cache ??= mergeGlossaryFiles([parseGlossaryFile(builtinGlossarySource.path, builtinGlossarySource.text)])
  return cache
}

/** The name reports and configuration use for the built-in glossary. */
export const builtinGlossaryPath = builtinGlossarySource.path
