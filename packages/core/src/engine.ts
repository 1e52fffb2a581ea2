/**
 * The engine: Markdown in, findings out, as plain data. It parses (or takes a
 * parsed mdast tree from a remark pipeline), builds the prose model, runs the
 * enabled rules and stamps every finding with what the rule does not know:
 * `ruleId`, `source`, `url`, severity and exact places. The text of a finding
 * is made at the edge, in the reader's locale (`finding-text.ts`); vfile messages are
 * made there too (`vfile-messages.ts`).
 */
import type {Root} from 'mdast'
import {VFile, type Compatible} from 'vfile'
import {location} from 'vfile-location'
import {Analysis} from './analysis.js'
import type {BlockCache} from './block-cache.js'
import {applyControlComments, ControlCommentReader, readControlComments, type ControlComments} from './control.js'
import {parseTopLevel, type ParseOptions} from './markdown.js'
import {compileGlossary} from './glossary/compile.js'
import type {Glossary} from './glossary/model.js'
import {coreMessage} from './problem-texts.js'
import {buildProse, ProseBuilder, type ProseDocument, type ProseLanguage, type TokenCache} from './prose.js'
import {RequirementsModel, type RequirementEvidence, type RequirementSignals, type RequirementVerdict, type SectionRole, type SectionScopes} from './requirements.js'
import type {Place} from './location.js'
import type {MessageData, MessageRef} from './message.js'
import type {Finding, Fix, Rule, Severity} from './rule.js'
import type {Message} from './texts.js'
import {rules as allRules} from './rules/index.js'
import {findingText} from './finding-text.js'

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
   * Needs `import '@reqlint/core/mdx'` first. Ignored for a parsed tree (it is parsed already).
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
   * The rules' per-block work of an earlier lint of the same document (a language server's
   * open file), reused for the blocks whose text is unchanged. The findings are the same.
   */
  readonly blockCache?: BlockCache
  /**
   * Report `disable` control comments that silenced no finding (`unused-directive`),
   * as ESLint's `--report-unused-disable-directives` does. Unknown rule ids in
   * `reqlint-…` comments are always reported (`unknown-rule`).
   */
  readonly reportUnusedDisableDirectives?: boolean
}

/** A finding as the engine hands it over: with its rule, severity and fix, at source offsets. */
export interface RuleFinding {
  readonly rule: Rule
  readonly severity: Exclude<Severity, 'off'>
  readonly finding: Finding
}

export const source = 'reqlint'

/**
 * A finding as the edges get it: plain data (it survives `structuredClone` and
 * JSON), with its places as lines and columns and its text not yet made:
 * {@link findingText} writes it in a locale.
 */
export interface LintFinding extends MessageRef {
  readonly ruleId: string
  readonly source: string
  /** The rule's documentation. */
  readonly url: string
  readonly severity: Exclude<Severity, 'off'>
  readonly data: MessageData
  readonly place: Place
  /** The source text at `place`. */
  readonly actual: string
  /** What to write instead, best first. */
  readonly expected?: readonly string[]
  /** How to fix it, a message of the same rule. */
  readonly note?: MessageRef
  /** A related place (the dominant name's first use, a definition), with what it is. */
  readonly related?: RelatedPlace
  readonly fix?: Fix
}

export interface RelatedPlace extends MessageRef {
  readonly place: Place
}

/** What {@link lint} finds in a document. */
export interface LintResult {
  /** In document order. */
  readonly findings: readonly LintFinding[]
  /** The fixes of the findings that have one (for `--fix`). */
  readonly fixes: readonly Fix[]
  /** The language the document was read in: the locale of its messages unless the reader chose one. */
  readonly language: ProseLanguage
}

/**
 * A document already parsed, with the text its positions point into: a remark
 * pipeline's tree (remark-reqlint) or the editor's tree of cached chunks.
 */
export interface ParsedDocument {
  readonly tree: Root
  readonly text: string
}

/**
 * Lints a Markdown document, given as text (or a vfile) or already parsed: its
 * findings as data, their fixes and the document's language. Text is parsed one
 * top-level node at a time ({@link readDocument}); a tree is read as given. The
 * edges make text and vfile messages from the findings (`findingText`, `addMessages`).
 */
export function lint(document: Compatible | ParsedDocument, options: LintOptions): LintResult {
  if (isParsed(document)) {
    const text = withoutBom(document.text)
    const stamped = checkTree(document.tree, text, options)
    return {findings: findingsOf(stamped, text), fixes: fixesOf(stamped), language: languageOf(text, options)}
  }
  const text = withoutBom(String(document instanceof VFile ? document : new VFile(document)))
  const language = languageOf(text, options)
  const stamped = check(readDocument(text, language, {mdx: options.mdx === true}), text, language, options)
  return {findings: findingsOf(stamped, text), fixes: fixesOf(stamped), language}
}

/** How the requirements model reads one sentence ({@link explainRequirements}). */
export interface SentenceReading {
  /** The sentence's source offsets, from its first word's start to its last word's end. */
  readonly start: number
  readonly end: number
  /** The signal that decided whether the sentence states a requirement. */
  readonly verdict: RequirementVerdict
  /** What makes it a requirement, strongest first; absent when it states none. */
  readonly evidence?: RequirementEvidence
  /** Its section's role, by the headings above it. */
  readonly role: SectionRole
  /** Where it stands: a heading, a paragraph, a list item, a table cell. */
  readonly place: 'heading' | 'paragraph' | 'listItem' | 'tableCell'
  /**
   * A requirement's clauses, at source offsets: whether a binding word stands in each, and whether it
   * says why (a reason, a purpose, a concession) rather than what.
   */
  readonly clauses: ReadonlyArray<{readonly start: number; readonly end: number; readonly binds: boolean; readonly adjunct: boolean}>
}

/**
 * How the requirements model reads every sentence of a Markdown document, in document order: which
 * signal decided, on what evidence, in what section. For tools that measure the model
 * (`scripts/signal-precision.js`) and for a reader asking why a sentence was judged a requirement;
 * `sections` and `requirementSignals` as {@link lint} takes them.
 */
export function explainRequirements(text: string, options: Pick<LintOptions, 'language' | 'sections' | 'requirementSignals' | 'mdx'> = {}): SentenceReading[] {
  const source = withoutBom(text)
  const language = languageOf(source, options)
  const {prose} = readDocument(source, language, {mdx: options.mdx === true})
  const model = new RequirementsModel(prose, options.sections, options.requirementSignals)
  const readings: SentenceReading[] = []
  for (const block of prose.blocks) {
    for (const sentence of block.sentences) {
      const words = sentence.words
      if (words.length === 0) continue
      const evidence = model.evidence(sentence)
      // A clause's offsets are its block's text's; its first and last word give its source span.
      const clauses = model.clauses(sentence).flatMap((clause) => {
        const inside = words.filter((word) => clause.from <= word.from && word.to <= clause.to)
        return inside.length === 0 ? [] : [{start: inside[0]!.span.start, end: inside.at(-1)!.span.end, binds: clause.binds, adjunct: clause.adjunct}]
      })
      readings.push({
        start: words[0]!.span.start,
        end: words.at(-1)!.span.end,
        verdict: model.verdict(sentence),
        ...(evidence ? {evidence} : {}),
        role: model.sectionRole(block),
        place: block.kind === 'paragraph' && block.container.type === 'listItem' ? 'listItem' : block.kind,
        clauses
      })
    }
  }
  return readings
}

function isParsed(document: Compatible | ParsedDocument): document is ParsedDocument {
  return typeof document === 'object' && document !== null && !(document instanceof VFile) && !(document instanceof Uint8Array) && 'tree' in document && (document as ParsedDocument).tree?.type === 'root'
}

function fixesOf(stamped: readonly RuleFinding[]): Fix[] {
  return stamped.flatMap(({finding}) => (finding.fix ? [finding.fix] : []))
}

/** The findings with their places as lines and columns: what the edges report. */
export function findingsOf(stamped: readonly RuleFinding[], text: string): LintFinding[] {
  const place = location(text)
  const placeOf = (span: {readonly start: number; readonly end: number}): Place | undefined => {
    const start = place.toPoint(span.start)
    const end = place.toPoint(span.end)
    return start && end ? {start: {line: start.line, column: start.column, offset: span.start}, end: {line: end.line, column: end.column, offset: span.end}} : undefined
  }
  const findings: LintFinding[] = []
  for (const {rule, severity, finding} of stamped) {
    const at = placeOf(finding.span)
    if (!at) continue
    const related = finding.related ? placeOf(finding.related.span) : undefined
    findings.push({
      ruleId: rule.id,
      source,
      url: rule.url,
      severity,
      messageId: finding.messageId,
      data: finding.data ?? {},
      place: at,
      actual: finding.actual,
      ...(finding.expected ? {expected: [...finding.expected]} : {}),
      ...(finding.note ? {note: finding.note} : {}),
      ...(finding.related && related ? {related: {place: related, messageId: finding.related.messageId, data: finding.related.data ?? {}}} : {}),
      ...(finding.fix ? {fix: finding.fix} : {})
    })
  }
  return findings
}

/**
 * The rules' findings for a tree, in document order, with their spans as
 * offsets and their rule: the language server's entry, which keeps offsets
 * in the editor's text for its diagnostics, hovers and code actions.
 */
export function checkTree(tree: Root, text: string, options: LintOptions): RuleFinding[] {
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

function languageOf(text: string, options: Pick<LintOptions, 'language'>): ProseLanguage {
  return options.language === undefined || options.language === 'auto' ? detectLanguage(text) : options.language
}

function check({prose, controls}: DocumentModel, text: string, language: ProseLanguage, options: LintOptions): RuleFinding[] {
  options.blockCache?.next()
  const analysis = new Analysis(prose, compileGlossary(options.glossary, language), language, options.sections, options.requirementSignals, options.blockCache)
  const stamped: RuleFinding[] = []
  for (const rule of allRules) {
    const {severity, ruleOptions} = resolveSetting(rule, options.rules?.[rule.id])
    if (severity === 'off') continue
    rule.check(analysis, ruleOptions, (finding) => {
      const stampedSeverity = finding.severity === 'warn' ? 'warn' : severity
      stamped.push({rule, severity: stampedSeverity, finding: finding.fix && !safeFix(text, finding) ? withoutFix(finding) : finding})
    })
  }
  const directives = {ruleIds: allRules.map((rule) => rule.id), reportUnused: options.reportUnusedDisableDirectives === true}
  return applyControlComments(controls, stamped, directives, text).sort(
    (a, b) =>
      a.finding.span.start - b.finding.span.start ||
      a.finding.span.end - b.finding.span.end ||
      a.rule.id.localeCompare(b.rule.id) ||
      findingText({ruleId: a.rule.id, ...a.finding}, 'en').localeCompare(findingText({ruleId: b.rule.id, ...b.finding}, 'en'))
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
export function resolveSetting(rule: Rule, setting: RuleSetting | undefined): {severity: Severity; ruleOptions: Readonly<Record<string, unknown>>} {
  if (setting === undefined) return {severity: rule.defaultSeverity, ruleOptions: rule.defaultOptions}
  const [severity, options] = typeof setting === 'string' ? [setting, undefined] : setting
  if (severity !== 'off' && severity !== 'warn' && severity !== 'error') {
    throw new RuleSettingError(coreMessage('rule-unknown-severity', {rule: rule.id, severity: String(severity)}))
  }
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new RuleSettingError(coreMessage('rule-options-not-object', {rule: rule.id}))
  }
  const known = Object.keys(rule.defaultOptions)
  for (const key of Object.keys(options ?? {})) {
    if (!known.includes(key)) {
      throw new RuleSettingError(coreMessage('rule-unknown-option', {rule: rule.id, option: key, known}))
    }
  }
  const ruleOptions = {...rule.defaultOptions, ...options}
  const problem = rule.validateOptions(ruleOptions)
  if (problem) throw new RuleSettingError(coreMessage('rule-bad-options', {rule: rule.id, problem}))
  return {severity, ruleOptions}
}

/**
 * The text positions refer to: the file decoded (a `Uint8Array` value is UTF-8),
 * without a byte order mark, which the parser does not count either.
 */
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** Russian when Cyrillic letters are at least a third of the letters: Russian specs quote much English. */
export function detectLanguage(text: string): ProseLanguage {
  // Counted code by code: matching every letter would make a string of each.
  let cyrillic = 0
  let latin = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    // An HTML comment is no prose: a short Russian document with a few `<!-- reqlint-disable … -->`
    // comments would otherwise count as English.
    if (code === 0x3c && text.startsWith('<!--', index)) {
      const end = text.indexOf('-->', index + 4)
      if (end !== -1) {
        index = end + 2
        continue
      }
    }
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)) latin++
    else if (code >= 0x400 && code <= 0x52f) cyrillic++
  }
  return cyrillic * 2 >= latin && cyrillic > 0 ? 'ru' : 'en'
}
