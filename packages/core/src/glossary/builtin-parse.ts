/**
 * The built-in glossary read from its embedded YAML text: at build time for the
 * snapshot, and at run time only for a build without one. Importing this module
 * gives {@link builtinGlossary} that fallback.
 */
import {builtinGlossarySource} from '../data/index.js'
import {builtinGlossaryName, useGlossaryParser} from './builtin.js'
import {mergeGlossaryFiles} from './load.js'
import type {Glossary} from './model.js'
import {parseGlossaryFile} from './parse.js'

/** The glossary read from its YAML text. */
export function parseBuiltinGlossary(): Glossary {
  return mergeGlossaryFiles([parseGlossaryFile(builtinGlossaryName, builtinGlossarySource.text)])
}

useGlossaryParser(parseBuiltinGlossary)
