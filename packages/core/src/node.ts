/**
 * The file-system side of @reqlint/core, for Node callers (the CLI, the remark
 * plugin): glossary files by path, with `extends` resolved against each file.
 */
import fs from 'node:fs'
import path from 'node:path'
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

/** Reads and merges glossary files, paths relative to `cwd`. */
export function loadGlossaryFiles(files: readonly string[], cwd = process.cwd()): Glossary {
  return loadGlossary(
    files.map((file) => path.resolve(cwd, file)),
    fileSystemHost
  )
}
