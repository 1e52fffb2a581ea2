/**
 * remark-reqlint: reqlint's checks inside a unified / remark pipeline. The
 * findings are vfile messages, the same the `reqlint` CLI reports for the same
 * document and glossary: both call @reqlint/core's `lintTree`.
 */
import {builtinGlossary, DataError, lintTree, type Glossary, type LintOptions, type RuleSetting} from '@reqlint/core'
import {loadGlossaryFiles} from '@reqlint/core/node'
import type {Root} from 'mdast'
import type {VFile} from 'vfile'

export interface Options {
  /** A glossary file, several to merge, or a glossary already loaded. Default: the built-in CRM glossary. */
  readonly glossary?: string | readonly string[] | Glossary | null | undefined
  /** Per rule id: `off`, `warn`, `error`, or `[severity, options]`. */
  readonly rules?: Readonly<Record<string, RuleSetting>> | null | undefined
  /** The language of the prose: `ru`, `en`, or `auto` (default). */
  readonly language?: LintOptions['language'] | null | undefined
}

/** Glossaries by their file list, so that a pipeline over a thousand files loads each once. */
const loaded = new Map<string, Glossary>()

export default function remarkReqlint(options?: Options | null) {
  const settings = options ?? {}
  return function (tree: Root, file: VFile): void {
    let glossary: Glossary
    try {
      glossary = resolveGlossary(settings.glossary, file.cwd)
    } catch (error) {
      if (error instanceof DataError) {
        const message = file.message(`Cannot load glossary: ${error.message}`, {ruleId: 'glossary', source: 'reqlint'})
        message.fatal = true
        return
      }
      throw error
    }
    lintTree(tree, file, {
      glossary,
      ...(settings.rules ? {rules: settings.rules} : {}),
      ...(settings.language ? {language: settings.language} : {})
    })
  }
}

function resolveGlossary(option: Options['glossary'], cwd: string): Glossary {
  if (option === undefined || option === null) return builtinGlossary()
  if (typeof option !== 'string' && !Array.isArray(option)) return option as Glossary
  const files = typeof option === 'string' ? [option] : (option as readonly string[])
  const key = JSON.stringify([cwd, files])
  let glossary = loaded.get(key)
  if (!glossary) {
    glossary = loadGlossaryFiles(files, cwd)
    loaded.set(key, glossary)
  }
  return glossary
}
