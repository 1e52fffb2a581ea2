/** The process a CLI run talks to; tests pass their own. */
export interface Io {
  readonly argv: readonly string[]
  readonly cwd: string
  readonly env: Readonly<Record<string, string | undefined>>
  readonly stdin: NodeJS.ReadableStream & {readonly isTTY?: boolean}
  readonly stdout: NodeJS.WritableStream & {readonly isTTY?: boolean}
  readonly stderr: NodeJS.WritableStream
}

export const enum ExitCode {
  Clean = 0,
  Findings = 1,
  Usage = 2
}
