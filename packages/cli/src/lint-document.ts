/**
 * One document's bytes in, its findings (and with `fix`, the fixed text) out,
 * as plain data. The same function runs in the main thread and in workers.
 */
import {applyFixes, DocumentError, lint, type Glossary, type Locale} from '@reqlint/core/lint'
import type {FileSettings} from './config-resolve.js'
import {fileInfo, fileProblem, toPlain, type PlainMessage} from './messages.js'
import {isMdx} from './mdx.js'
import {decodeDocument, DecodeError, type Decoded} from './read.js'
import {cliMessage} from './texts.js'

export interface DocumentResult {
  readonly messages: readonly PlainMessage[]
  /** The language the document was read in: its messages' locale unless the reader chose one. */
  readonly language?: Locale
  /** How many of the reported findings have a fix (what `--fix` would still change). */
  readonly fixable: number
  /** With `fix`: the fixed text, when any fix applied, and how many did. */
  readonly fixed?: {readonly text: string; readonly applied: number}
  /** How the bytes were read, to write the fixed text back the same way. */
  readonly decoded?: Pick<Decoded, 'encoding' | 'bom'>
  /** False when the result is not the document's alone (an internal error): not cached. */
  readonly cacheable: boolean
}

/** Fixes can uncover or overlap other fixes; ESLint's limit of passes, so a pathological text cannot loop. */
const maxFixPasses = 10

export function lintDocument(bytes: Uint8Array, name: string, settings: FileSettings, glossary: Glossary, fix: boolean): DocumentResult {
  // A refusal of the document (bytes that are no text, a text the parser cannot take): the reader's choice or the environment's.
  // A note about the text once it is read, like its findings: the reader's choice or the document's language.
  const problemLocale = settings.problemLocale ?? 'en'
  let decoded: Decoded
  try {
    decoded = decodeDocument(bytes)
  } catch (error) {
    if (error instanceof DecodeError) return {messages: [fileProblem(error.problem.text[problemLocale])], fixable: 0, cacheable: true}
    throw error
  }
  const options = {
    glossary,
    rules: settings.rules,
    ...(settings.language === undefined ? {} : {language: settings.language}),
    ...(settings.sections === undefined ? {} : {sections: settings.sections}),
    mdx: isMdx(name),
    reportUnusedDisableDirectives: settings.reportUnusedDisableDirectives
  }
  try {
    let text = decoded.text
    let applied = 0
    for (let pass = 0; ; pass++) {
      // The engine takes the document as it is on disk and leaves out its BOM, as the decoder did: a second
      // U+FEFF after it (`EF BB BF EF BB BF`) is then text, at the offsets the fixes are applied to.
      const {findings, fixes, language} = lint(decoded.bom ? '\uFEFF' + text : text, options)
      const done = !fix || fixes.length === 0 || pass === maxFixPasses
      const result = done ? undefined : applyFixes(text, fixes)
      if (!result || result.applied.length === 0 || result.output === text) {
        const messages: PlainMessage[] = findings.map(toPlain)
        if (decoded.encoding !== 'utf-8') messages.unshift(fileInfo(cliMessage('read-as-encoding', {encoding: decoded.encoding}).text[settings.locale ?? language], 'encoding'))
        return {
          messages,
          language,
          fixable: fixes.length,
          ...(applied > 0 ? {fixed: {text, applied}} : {}),
          decoded: {encoding: decoded.encoding, bom: decoded.bom},
          cacheable: true
        }
      }
      text = result.output
      applied += result.applied.length
    }
  } catch (error) {
    // A document reqlint refuses (nested too deeply to parse in reasonable time): its own error, at its line.
    if (error instanceof DocumentError) {
      return {messages: [{...fileProblem(error.reasonIn(problemLocale)), place: {line: error.line, column: error.column}}], fixable: 0, cacheable: true}
    }
    // A bug on one strange document must not cost the report on the others.
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error)
    return {messages: [fileProblem(cliMessage('lint-failed', {error: reason}).text[problemLocale])], fixable: 0, cacheable: false}
  }
}
