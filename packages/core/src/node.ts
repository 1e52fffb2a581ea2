/**
 * The file-system side of @reqlint/core, for Node callers (the CLI, the remark
 * plugin): glossary files by path, with `extends` resolved against each file,
 * and the bounded reading every data file (glossary, configuration) goes through.
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {readDataFile} from './data-file.js'
import {isBuiltinGlossaryName} from './glossary/builtin.js'
import {loadGlossary, type GlossaryHost} from './glossary/load.js'
import type {Glossary} from './glossary/model.js'

export {fileKind, fileType, readDataBytes, readDataFile} from './data-file.js'

export const fileSystemHost: GlossaryHost = {
  readFile(file) {
    return readDataFile(file)
  },
  resolve(specifier, from) {
    const relative = path.resolve(path.dirname(from), specifier)
    if (!isPackageSpecifier(specifier) || fs.existsSync(relative)) return relative
    return resolvePackageFile(specifier, from) ?? relative
  }
}

/**
 * `extends: [base.yaml]` has always meant a file beside the glossary, so a name
 * without `./` is a package path (`@reqlint/core/glossary/crm.ru.yaml`) only
 * when no such file exists there.
 */
function isPackageSpecifier(specifier: string): boolean {
  return !path.isAbsolute(specifier) && !specifier.startsWith('.') && specifier.includes('/')
}

/**
 * A package path resolved as Node resolves it: from the glossary's own folder
 * (the project's node_modules), then from @reqlint/core itself, so the built-in
 * glossaries are found even where the package manager does not hoist
 * @reqlint/core next to the project (pnpm installing only the CLI).
 */
function resolvePackageFile(specifier: string, from: string): string | undefined {
  for (const base of [from, import.meta.url]) {
    try {
      return createRequire(base).resolve(specifier)
    } catch {
      // Not resolvable from here; try the next base.
    }
  }
  return undefined
}

/** Reads and merges glossary files, paths relative to `cwd`; `reqlint:…` names are the built-in glossaries. */
export function loadGlossaryFiles(files: readonly string[], cwd = process.cwd()): Glossary {
  return loadGlossary(
    files.map((file) => (isBuiltinGlossaryName(file) ? file : path.resolve(cwd, file))),
    fileSystemHost
  )
}
