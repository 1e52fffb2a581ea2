/**
 * Findings as vfile messages, for unified's reporters and for the CLI's
 * formatters: the message text, the hint (`note`) and the related place's
 * text in one locale, with everything a reporter reads (`ruleId`, `source`,
 * `url`, `actual`, `expected`, `fatal`) and the finding's `messageId` and
 * typed `related` place beside them.
 */
import type {VFile} from 'vfile'
import type {Place} from './location.js'
import type {Locale} from './locale.js'
import type {MessageData} from './message.js'
import type {LintFinding} from './engine.js'
import {findingText} from './finding-text.js'

/** The related place of a vfile message reqlint made, its text in the message's locale. */
export interface RelatedMessage {
  readonly place: Place
  readonly messageId: string
  readonly data?: MessageData
  readonly reason: string
}

/** What reqlint adds to a vfile message: vfile-message keeps extra fields, and reporters pass them on. */
export interface ReqlintMessageFields {
  /** The id of the message's template in its rule, stable across locales and versions. */
  messageId?: string
  /** The message's data, as the template was filled with it. */
  data?: MessageData
  /** A related place (the dominant name's first use, a definition), with its text. */
  related?: RelatedMessage
}

/** A vfile message as reqlint makes it. */
export type ReqlintMessage = VFile['messages'][number] & ReqlintMessageFields

/** A finding without its fix: the form a finding takes in a report or a cache. */
export type ReportedFinding = Omit<LintFinding, 'fix'>

/**
 * The key of `file.data` that says which locale reqlint wrote the file's messages in, for a
 * reporter's own words (stylish's "error", "[hint]") to be in the same language.
 */
export const localeKey = 'reqlintLocale'

/** Adds each finding to `file` as a message written in `locale`, and records the locale in `file.data`. */
export function addMessages(file: VFile, findings: readonly ReportedFinding[], locale: Locale): void {
  file.data[localeKey] = locale
  for (const finding of findings) addMessage(file, finding, locale)
}

export function addMessage(file: VFile, finding: ReportedFinding, locale: Locale): ReqlintMessage {
  const related = finding.related
  const relatedText = related ? findingText({ruleId: finding.ruleId, ...related}, locale) : undefined
  const message: ReqlintMessage = file.message(findingText(finding, locale), {
    place: finding.place,
    ruleId: finding.ruleId,
    source: finding.source,
    ...(related && relatedText !== undefined ? {cause: relatedCause(relatedText, related.place)} : {})
  })
  message.url = finding.url
  message.actual = finding.actual
  message.expected = finding.expected ? [...finding.expected] : undefined
  message.fatal = finding.severity === 'error'
  if (finding.note) message.note = findingText({ruleId: finding.ruleId, ...finding.note}, locale)
  message.messageId = finding.messageId
  message.data = finding.data
  if (related && relatedText !== undefined) message.related = {place: related.place, messageId: related.messageId, ...(related.data ? {data: related.data} : {}), reason: relatedText}
  return message
}

/**
 * The related place as vfile-reporter shows a cause: its text with its line and column.
 * Typed consumers read `related` instead.
 */
function relatedCause(text: string, place: Place): Error {
  const cause = new Error(`${text} (${place.start.line}:${place.start.column})`)
  cause.name = 'related'
  // A related place is not a crash: reporters print the stack, so make it the message alone.
  cause.stack = cause.message
  return cause
}
