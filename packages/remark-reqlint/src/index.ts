/**
 * remark-reqlint: reqlint's checks inside a unified / remark pipeline. The
 * findings are vfile messages, the same the `reqlint` CLI reports for the same
 * document and glossary: both call @reqlint/core's `lint`.
 *
 * The plugin lints the tree the pipeline parsed and does not parse again: a
 * pipeline without remark-gfm has no tables (their rows are read as one
 * paragraph), one without remark-frontmatter reads front matter as prose.
 */
import path from 'node:path'
import {addMessages, builtinGlossary, DataError, lint, type Glossary} from '@reqlint/core'
import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {glossaryFromFiles} from './glossary-cache.js'
import {checkOptions, type GlossarySource, type Options} from './options.js'

export type {GlossaryPath, Options, RuleSettingInput, SeverityInput} from './options.js'

/**
 * Check requirements prose against a glossary: undefined abbreviations,
 * inconsistent terms, ambiguous wording, mixed scripts.
 *
 * Bad options or a bad glossary do not throw: every file gets one fatal
 * message (`ruleId` `options` or `glossary`, `source` `reqlint`) saying what is wrong.
 */
const remarkReqlint: Plugin<[(Options | null | undefined)?], Root> = function (options) {
  const checked = checkOptions(options)
  return function (tree, file) {
    if (!checked.ok) {
      fail(file, checked.reason, 'options')
      return
    }
    const {settings} = checked
    let glossary: Glossary
    try {
      glossary = glossaryOf(settings.glossary, file.cwd)
    } catch (error) {
      if (error instanceof DataError) {
        fail(file, `Cannot load glossary: ${located(error, file.cwd)}`, 'glossary')
        return
      }
      throw error
    }
    const options = {
      glossary,
      ...(settings.rules ? {rules: settings.rules} : {}),
      ...(settings.language ? {language: settings.language} : {}),
      reportUnusedDisableDirectives: settings.reportUnusedDisableDirectives,
      ...(settings.sections ? {sections: settings.sections} : {})
    }
    // The tree remark parsed, read as it is: the same engine as the CLI's, given a tree instead of text.
    const {findings, language} = lint({tree, text: String(file)}, options)
    addMessages(file, findings, settings.locale ?? language)
  }
}

export default remarkReqlint

function glossaryOf(source: GlossarySource, cwd: string): Glossary {
  switch (source.type) {
    case 'builtin':
      return builtinGlossary()
    case 'object':
      return source.glossary
    case 'files':
      return glossaryFromFiles(source.files, cwd)
  }
}

function fail(file: VFile, reason: string, ruleId: string): void {
  const message = file.message(reason, {ruleId, source: 'reqlint'})
  message.fatal = true
}

/** `path:line:column: reason`, the path relative to the working directory when inside it. */
function located(error: DataError, cwd: string): string {
  const relative = path.isAbsolute(error.file) ? path.relative(cwd, error.file) : error.file
  const shown = relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? error.file : relative
  return `${shown}:${error.line}:${error.column}: ${error.reason}`
}

