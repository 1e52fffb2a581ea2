/**
 * The edit that silences one rule on one line with a control comment, made so
 * that the document keeps its structure. Above a line that starts a block (the
 * line before it is blank), `<!-- reqlint-disable-next-line rule -->` goes on a
 * line of its own, with the line's indentation and block-quote markers. Elsewhere
 * a comment line would end the paragraph, list or table it sits in, so
 * `<!-- reqlint-disable-line rule -->` goes at the line's end, inside a table's
 * last cell. In MDX, which has no HTML comments, the comment is `{/* … *\/}`.
 */
import type {TextEdit} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'

export function disableEdit(document: TextDocument, line: number, ruleId: string, mdx: boolean): TextEdit {
  const text = lineText(document, line)
  const before = line === 0 ? '' : lineText(document, line - 1)
  const comment = (keyword: string): string => (mdx ? `{/* ${keyword} ${ruleId} */}` : `<!-- ${keyword} ${ruleId} -->`)
  const prefix = /^[ \t>]*/u.exec(text)![0]
  const startsBlock = line === 0 || /^[ \t>]*$/u.test(before)
  const tableRow = /^\s*\|/u.test(text.slice(prefix.length)) || /\|\s*$/u.test(text)
  if (startsBlock && !tableRow) {
    return {range: {start: {line, character: 0}, end: {line, character: 0}}, newText: `${prefix}${comment('reqlint-disable-next-line')}\n`}
  }
  // At the end of the line; in a table row, before the closing pipe so that the comment stays in the last cell.
  const closingPipe = tableRow ? /\|\s*$/u.exec(text) : null
  const character = closingPipe ? closingPipe.index : text.trimEnd().length
  return {range: {start: {line, character}, end: {line, character}}, newText: ` ${comment('reqlint-disable-line')}${closingPipe ? ' ' : ''}`}
}

/** A line's text without its line ending. */
function lineText(document: TextDocument, line: number): string {
  const text = document.getText({start: {line, character: 0}, end: {line: line + 1, character: 0}})
  return text.replace(/\r?\n$/u, '')
}
