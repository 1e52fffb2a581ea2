/**
 * The built-in CRM glossary (`glossary/crm.ru.yaml`), used when nothing else is
 * configured: read and validated at build time by scripts/build-data.js, which
 * writes it, and its text for `extends`, as a typed module.
 */
import {builtinGlossaryJson, builtinGlossarySource} from '../data/generated/builtin.js'
import type {GlossaryHost} from './load.js'
import type {Glossary} from './model.js'

let cache: Glossary | undefined

export function builtinGlossary(): Glossary {
  cache ??= builtinGlossaryJson()
  return cache
}

/** Where the built-in glossary's source is in reqlint's repository (`glossary/crm.ru.yaml`). */
export const builtinGlossaryPath = builtinGlossarySource.path

/** The language the built-in glossary declares, known without reading it. */
export const builtinGlossaryLanguage = builtinGlossarySource.language

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

/**
 * `host` that also knows the built-in glossaries by name (`reqlint:crm.ru`):
 * a name is not resolved against the file that names it, and reads as the
 * YAML text embedded at build time.
 */
export function withBuiltinGlossaries(host: GlossaryHost): GlossaryHost {
  return {
    readFile(file) {
      if (!isBuiltinGlossaryName(file)) return host.readFile(file)
      const text = builtinGlossaryText(file)
      if (text === undefined) throw new Error(`no such built-in glossary (built-in: ${builtinGlossaryName})`)
      return text
    },
    resolve(specifier, from) {
      return isBuiltinGlossaryName(specifier) ? specifier : host.resolve(specifier, from)
    }
  }
}
