/** What a rule is: metadata, options, and a check that reports findings as data. */
import type {Analysis} from './analysis.js'
import type {Span} from './location.js'

export type Severity = 'off' | 'warn' | 'error'

/** A replacement of a source range, applied by the CLI's `--fix`. */
export interface Fix {
  readonly span: Span
  readonly text: string
}

/** One problem a rule found. The engine turns it into a vfile message. */
export interface Finding {
  readonly span: Span
  /** What was found and why it matters here; the engine adds nothing to it. */
  readonly reason: string
  /** The source text at `span`. */
  readonly actual: string
  /** What to write instead, best first. */
  readonly expected?: readonly string[]
  /** Longer advice, shown by reporters that show notes. */
  readonly note?: string
  /** A related place: the dominant name's first use, a definition. */
  readonly related?: {readonly span: Span; readonly reason: string}
  readonly fix?: Fix
  /**
   * `warn` for a finding that asks rather than asserts (is this one concept or two?):
   * it is reported as a warning even when its rule is set to `error`.
   */
  readonly severity?: 'warn'
}

export interface RuleContext<Options> {
  readonly analysis: Analysis
  readonly options: Options
  report(finding: Finding): void
}

export interface Rule<Options = Record<string, never>> {
  /** ASCII kebab-case: remark-message-control comments accept only `[A-Za-z0-9_-]`. */
  readonly id: string
  readonly description: string
  readonly defaultSeverity: Exclude<Severity, 'off'>
  readonly fixable: boolean
  readonly defaultOptions: Options
  /** Validates user options (merged over the defaults); returns a reason when they are wrong. */
  readonly validateOptions?: (options: Options) => string | undefined
  check(context: RuleContext<Options>): void
}

/**
 * Where a rule's documentation is, as messages link to it: its page in the
 * installed @reqlint/core, which ships `docs/rules/<id>.md` (copied from the
 * repository's `docs/rules/` at build), as a `file:` URL. It is the page of the
 * version that made the message, and it opens offline; a web address would be
 * invented (reqlint has no site) or show another version's page.
 */
export function ruleUrl(id: string): string {
  return new URL(`../docs/rules/${id}.md`, import.meta.url).href
}

/** A name or phrase quoted in a message: on one line, whatever line breaks the source has. */
export function quote(text: string): string {
  return `«${text.replace(/\s+/gu, ' ')}»`
}
