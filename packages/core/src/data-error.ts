/**
 * The one error reqlint raises for a bad glossary, configuration or data file.
 * Its message is a single line, `path:line:column: what is wrong`, ready to print.
 */
export class DataError extends Error {
  override readonly name = 'DataError'
  readonly file: string
  readonly line: number
  readonly column: number
  readonly reason: string

  constructor(file: string, line: number, column: number, reason: string) {
    super(`${file}:${line}:${column}: ${reason}`)
    this.file = file
    this.line = line
    this.column = column
    this.reason = reason
  }
}
