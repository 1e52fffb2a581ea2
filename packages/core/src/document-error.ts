/**
 * A Markdown document reqlint refuses to lint (it is not a bug in reqlint):
 * the reason is one line, and `line`/`column` say where in the document.
 */
export class DocumentError extends Error {
  override readonly name = 'DocumentError'
  readonly line: number
  readonly column: number
  readonly reason: string

  constructor(line: number, column: number, reason: string) {
    super(`${line}:${column}: ${reason}`)
    this.line = line
    this.column = column
    this.reason = reason
  }
}
