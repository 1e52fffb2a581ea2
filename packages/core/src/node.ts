/**
 * The file-system side of @reqlint/core, for Node callers (the CLI, the remark
 * plugin): glossary files by path, with `extends` resolved against each file.
 */
import fs from 'node:fs'
import path from 'node:path'
import {isBuiltinGlossaryName} from './glossary/builtin.js'
import {loadGlossary, type GlossaryHost} from './glossary/load.js'
import type {Glossary} from './glossary/model.js'

export const fileSystemHost: GlossaryHost = {
  readFile(file) {
    return fs.readFileSync(file, 'utf8')
  },
  resolve(specifier, from) {
    return path.resolve(path.dirname(from), specifier)
  }
}

/** Reads and merges glossary files, paths relative to `cwd`; `reqlint:…` names are the built-in glossaries. */
export function loadGlossaryFiles(files: readonly string[], cwd = process.cwd()): Glossary {
  return loadGlossary(
    files.map((file) => (isBuiltinGlossaryName(file) ? file : path.resolve(cwd, file))),
    fileSystemHost
  )
}
