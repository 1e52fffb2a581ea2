/**
 * The engine: Markdown in, vfile messages out. It parses (or takes a parsed
 * mdast tree from a remark pipeline), builds the prose model, runs the enabled
 * rules and stamps every finding with what the rule does not know: `ruleId`,
 * `source`, `url`, severity and exact places.
 */
import type {Root} from 'mdast'
import {VFile, type Compatible} from 'vfile'
import {location} from 'vfile-location'
import {Analysis} from './analysis.js'
import {applyControlComments, ControlCommentReader, readControlComments, type ControlComments} from './control.js'
import {parseTopLevel, type ParseOptions} from './markdown.js'
import {compileGlossary} from './glossary/compile.js'
import type {Glossary} from './glossary/model.js'
import {coreMessage} from './problem-texts.js'
import {buildProse, ProseBuilder, type ProseDocument, type ProseLanguage, type TokenCache} from './prose.js'
import type {RequirementSignals, SectionScopes} from './requirements.js'
import {ruleUrl, type Finding, type Fix, type Rule, type Severity} from './rule.js'
import type {Message} from './texts.js'
import {rules as allRules} from './rules/index.js'

/** A rule's setting: a severity, or a severity with options. */
export type RuleSetting = Severity | readonly [Severity, Record<string, unknown>?]

export interface LintOptions {
  readonly glossary: Glossary
  /** Per rule id: `off`, `warn`, `error`, or `[severity, options]`. Unlisted rules use their defaults. */
  readonly rules?: Readonly<Record<string, RuleSetting>>
  /** The language of the prose; by default the script most of its letters are in. */
  readonly language?: ProseLanguage | 'auto'
  /**
   * Parse as MDX (JSX, expressions, ESM) rather than Markdown; for `*.mdx` files.
   * Needs `import '@reqlint/core/mdx'` first. Ignored by {@link lintTree}.
   */
  readonly mdx?: boolean
  /**
   * Which headings hold requirements and which to skip, on top of the built-in lists
   * (`data/requirements.yaml`): words one after another anywhere in the heading, `word*` a prefix.
   */
  readonly sections?: SectionScopes
  /** The requirements model's signals to use (all by default); `pnpm eval` measures each by switching it off. */
  readonly requirementSignals?: RequirementSignals
  /**
   * Tokens of an earlier lint of the same document, reused for the blocks whose
   * text is unchanged (a language server's open file). The findings are the same.
   */
  readonly tokenCache?: TokenCache
  /**
   * Report `disable` control comments that silenced no finding (`unused-directive`),
   * as ESLint's `--report-unused-disable-directives` does. Unknown rule ids in
   * `reqlint-…` comments are always reported (`unknown-rule`).
   */
  readonly reportUnusedDisableDirectives?: boolean
}

/** A finding as the engine hands it over: with its rule, severity and fix. */
export interface Stamped {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rules differ in their options
  readonly rule: Rule<any>
  readonly severity: Exclude<Severity, 'off'>
  readonly finding: Finding
}

export const source = 'reqlint'

/** Lints a Markdown document; the findings are the returned file's messages. */
export function lintMarkdown(document: Compatible, options: LintOptions): VFile {
  return lint(document, options).file
}

/** Lints a Markdown document and also returns the fixes of the findings that have one (for `--fix`). */
export function lint(document: Compatible, options: LintOptions): {file: VFile; fixes: Fix[]} {
  const file = document instanceof VFile ? document : new VFile(document)
  const text = sourceText(file)
  const language = languageOf(text, options)
  return {file, fixes: report(check(readDocument(text, language, {mdx: options.mdx === true}), text, language, options), file, text)}
}

/**
 * Lints an mdast tree of `file` (as a remark plugin does) and adds the findings
 * to `file.messages`. Returns the fixes of the reported findings.
 */
export function lintTree(tree: Root, file: VFile, options: LintOptions): Fix[] {
  const text = sourceText(file)
  return report(checkTree(tree, text, options), file, text)
}

/** Adds the findings to the file's messages; returns the fixes of those that have one. */
function report(stamped: readonly Stamped[], file: VFile, text: string): Fix[] {
  // A message is an Error, and V8 records the call stack of every Error made: several hundred bytes
  // each, which vfile-message throws away ("irrelevant for VFile messages"). With 150,000 findings
  // that was two fifths of the run's peak memory and a third of its time.
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return addMessages(stamped, file, text)
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
}

function addMessages(stamped: readonly Stamped[], file: VFile, text: string): Fix[] {
  const place = location(text)
  const fixes: Fix[] = []
  for (const {rule, severity, finding} of stamped) {
    if (finding.fix) fixes.push(finding.fix)
    const start = place.toPoint(finding.span.start)
    const end = place.toPoint(finding.span.end)
    if (!start || !end) continue
    const message = file.message(finding.reason, {
      place: {start, end},
      ruleId: rule.id,
      source,
      ...(finding.related
        ? {cause: relatedCause(finding.related.reason, place.toPoint(finding.related.span.start))}
        : {})
    })
    message.url = ruleUrl(rule.id)
    message.actual = finding.actual
    message.expected = finding.expected ? [...finding.expected] : undefined
    message.fatal = severity === 'error' ? true : false
    if (finding.note !== undefined) message.note = finding.note
  }
  return fixes
}

/** The findings for a tree, in document order, without touching a file: the CLI uses it for fixes. */
export function checkTree(tree: Root, text: string, options: LintOptions): Stamped[] {
  const language = languageOf(text, options)
  return check(readTree(tree, text, language, options.tokenCache), text, language, options)
}

/** What the rules need of a document. */
export interface DocumentModel {
  readonly prose: ProseDocument
  readonly controls: ControlComments
}

function readTree(tree: Root, text: string, language: ProseLanguage, tokens: TokenCache | undefined): DocumentModel {
  return {prose: buildProse(tree, text, language, tokens), controls: readControlComments(tree, text)}
}

/**
 * Parses a document and reads it one top-level node at a time, letting each go
 * once read: a large document's whole tree is never held, only the prose model
 * the rules read (V8 lets the heap grow to some times what is held, so what is
 * held sets the peak).
 */
export function readDocument(text: string, language: ProseLanguage, options: ParseOptions = {}): DocumentModel {
  const prose = new ProseBuilder(text, language)
  const controls = new ControlCommentReader(text)
  for (const node of parseTopLevel(text, options)) {
    controls.add(node)
    prose.add(node)
  }
  return {prose: prose.finish(), controls: controls.finish()}
}

function languageOf(text: string, options: LintOptions): ProseLanguage {
  return options.language === undefined || options.language === 'auto' ? detectLanguage(text) : options.language
}

function check({prose, controls}: DocumentModel, text: string, language: ProseLanguage, options: LintOptions): Stamped[] {
  const analysis = new Analysis(prose, compileGlossary(options.glossary, language), language, options.sections, options.requirementSignals)
  const stamped: Stamped[] = []
  for (const rule of allRules) {
    const {severity, ruleOptions} = resolveSetting(rule, options.rules?.[rule.id])
    if (severity === 'off') continue
    rule.check({
      analysis,
      options: ruleOptions as never,
      report(finding) {
        const stampedSeverity = finding.severity === 'warn' ? 'warn' : severity
        stamped.push({rule, severity: stampedSeverity, finding: finding.fix && !safeFix(text, finding) ? withoutFix(finding) : finding})
      }
    })
  }
  const directives = {ruleIds: allRules.map((rule) => rule.id), reportUnused: options.reportUnusedDisableDirectives === true}
  return applyControlComments(controls, stamped, directives, text).sort(
    (a, b) =>
      a.finding.span.start - b.finding.span.start ||
      a.finding.span.end - b.finding.span.end ||
      a.rule.id.localeCompare(b.rule.id) ||
      a.finding.reason.localeCompare(b.finding.reason)
  )
}

/**
 * Whether a fix changes the word and nothing else. A finding's text may stand
 * in the source with markup or escapes inside (`CR**М**`, `Тех. *задание*`):
 * replacing that range would delete them (a character reference, `C&#1040;`,
 * is replaced whole, which is right). A word glued to a bare URL or e-mail
 * address (`user@example.com-ААuser`) may become part of the link once its
 * letters are Latin. Such findings are still reported, without a fix.
 */
function safeFix(text: string, finding: Finding): boolean {
  const fix = finding.fix!
  if (fix.span.start < finding.span.start || fix.span.end > finding.span.end) return false
  if (/[*_~`[\]\\<>!|]/u.test(text.slice(fix.span.start, fix.span.end))) return false
  const before = /\S*$/u.exec(text.slice(Math.max(0, fix.span.start - 256), fix.span.start))![0]
  const after = /^\S*/u.exec(text.slice(fix.span.end, fix.span.end + 256))![0]
  return !/@|www\.|:\/\//iu.test(before + after)
}

function withoutFix(finding: Finding): Finding {
  const {fix: _fix, ...rest} = finding
  return rest
}

/** A bad rule setting; `message` is English, `problem` has the text in every locale. */
export class RuleSettingError extends Error {
  override readonly name = 'RuleSettingError'
  readonly problem: Message

  constructor(problem: Message) {
    super(problem.text.en)
    this.problem = problem
  }
}

/** A rule's severity and options from a setting; throws {@link RuleSettingError} for a bad one. */
export function resolveSetting(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rules differ in their options
  rule: Rule<any>,
  setting: RuleSetting | undefined
): {severity: Severity; ruleOptions: unknown} {
  if (setting === undefined) return {severity: rule.defaultSeverity, ruleOptions: rule.defaultOptions}
  const [severity, options] = typeof setting === 'string' ? [setting, undefined] : setting
  if (severity !== 'off' && severity !== 'warn' && severity !== 'error') {
    throw new RuleSettingError(coreMessage('rule-unknown-severity', {rule: rule.id, severity: String(severity)}))
  }
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new RuleSettingError(coreMessage('rule-options-not-object', {rule: rule.id}))
  }
  const known = Object.keys(rule.defaultOptions as object)
  for (const key of Object.keys(options ?? {})) {
    if (!known.includes(key)) {
      throw new RuleSettingError(coreMessage('rule-unknown-option', {rule: rule.id, option: key, known}))
    }
  }
  const ruleOptions = {...(rule.defaultOptions as object), ...options}
  const problem = rule.validateOptions?.(ruleOptions as never)
  if (problem) throw new RuleSettingError(coreMessage('rule-bad-options', {rule: rule.id, problem}))
  return {severity, ruleOptions}
}

/**
 * The text positions refer to: the file decoded (a `Uint8Array` value is UTF-8),
 * without a byte order mark, which the parser does not count either.
 */
function sourceText(file: VFile): string {
  const text = String(file)
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** Russian when Cyrillic letters are at least a third of the letters: Russian specs quote much English. */
export function detectLanguage(text: string): ProseLanguage {
  // Counted code by code: matching every letter would make a string of each.
  let cyrillic = 0
  let latin = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)) latin++
    else if (code >= 0x400 && code <= 0x52f) cyrillic++
  }
  return cyrillic * 2 >= latin && cyrillic > 0 ? 'ru' : 'en'
}

function relatedCause(reason: string, point: {line: number; column: number} | undefined): Error {
  const cause = new Error(point ? `${reason} (${point.line}:${point.column})` : reason)
  cause.name = 'related'
  // A related place is not a crash: reporters print the stack, so make it the message alone.
  cause.stack = cause.message
  return cause
}
