/**
 * A document linted into a vfile, its findings as messages: what the tests of
 * vfile-based output compare (reason, line, column). Core returns findings as
 * data (`lint`); the edges add the messages, as this does.
 */
import {addMessages, lint, type LintOptions, type Locale} from '@reqlint/core'
import {VFile, type Compatible} from 'vfile'

/** `locale`: the language of the messages; by default the document's. */
export function lintFile(document: Compatible, {locale, ...options}: LintOptions & {readonly locale?: Locale}): VFile {
  const file = document instanceof VFile ? document : new VFile(document)
  const {findings, language} = lint(file, options)
  addMessages(file, findings, locale ?? language)
  return file
}
