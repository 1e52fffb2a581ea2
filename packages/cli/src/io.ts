import type {Message} from '@reqlint/core/i18n'
import type {Clock} from './progress.js'

/** The process a CLI run talks to; tests pass their own. */
export interface Io {
  readonly argv: readonly string[]
  readonly cwd: string
  readonly env: Readonly<Record<string, string | undefined>>
  readonly stdin: NodeJS.ReadableStream & {readonly isTTY?: boolean}
  /** `columns` (a terminal's width) is what stylish wraps to. */
  readonly stdout: NodeJS.WritableStream & {readonly isTTY?: boolean; readonly columns?: number}
  /** `isTTY` decides the progress line, which is only ever drawn on a terminal. */
  readonly stderr: NodeJS.WritableStream & {readonly isTTY?: boolean; readonly columns?: number}
  /** What the progress line and the summary's time read; `performance` when absent (tests pass a fake one). */
  readonly clock?: Clock
}

export const enum ExitCode {
  Clean = 0,
  Findings = 1,
  Usage = 2
}

/** A problem with how reqlint was called; printed as one line in the reader's locale, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
  readonly problem: Message

  constructor(problem: Message) {
    super(problem.text.en)
    this.problem = problem
  }
}
