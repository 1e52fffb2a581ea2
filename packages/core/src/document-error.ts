import type {Locale} from './locale.js'
import type {Message} from './texts.js'

/**
 * A Markdown document reqlint refuses to lint (it is not a bug in reqlint):
 * the reason is one line, and `line`/`column` say where in the document.
 */
export class DocumentError extends Error {
  override readonly name = 'DocumentError'
  readonly line: number
  readonly column: number
  /** The reason in English. */
  readonly reason: string
  readonly problem: Message

  constructor(line: number, column: number, problem: Message) {
    super(`${line}:${column}: ${problem.text.en}`)
    this.line = line
    this.column = column
    this.reason = problem.text.en
    this.problem = problem
  }

  reasonIn(locale: Locale): string {
    return this.problem.text[locale]
  }
}
