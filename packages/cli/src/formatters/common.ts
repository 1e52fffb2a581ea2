/**
 * What the machine-readable formats (sarif, github, junit) share: one reading
 * of a vfile message's severity, rule and place, and one notion of a file's
 * path, so the three reports never disagree about the same finding; and the
 * escaping of text in the human ones.
 */
import path from 'node:path'
import {escapeControls, type ReqlintMessage} from '@reqlint/core/lint'
import type {VFile} from 'vfile'

/** A vfile message, with what reqlint adds to the messages it makes (`messageId`, a typed `related` place). */
export type Message = VFile['messages'][number] & Partial<Pick<ReqlintMessage, 'messageId' | 'data' | 'related'>>

export type Level = 'error' | 'warning' | 'info'

/**
 * The rule id of messages that come from no rule: the CLI's "cannot read",
 * "binary file", "no such file" problems carry no `ruleId`, but SARIF and the
 * GitHub annotation title need one.
 */
export const fileErrorRuleId = 'file-error'

export function levelOf(message: Message): Level {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

export function ruleIdOf(message: Message): string {
  return message.ruleId ?? fileErrorRuleId
}

export interface Region {
  readonly startLine: number
  readonly startColumn: number
  /** Absent when the message has a point, not a range. Exclusive, like vfile's. */
  readonly endLine?: number
  readonly endColumn?: number
}

/**
 * The message's place as 1-based line and UTF-16 column, or undefined for
 * file-level problems. Positions a reporter cannot use (missing, zero, an end
 * before the start) are dropped rather than passed on: consumers such as GitHub
 * reject a whole upload over one bad region.
 */
export function regionOf(message: Message): Region | undefined {
  return regionOfPlace(message.place)
}

/** {@link regionOf} for any vfile place: a message's, or its related place's. */
export function regionOfPlace(place: Message['place']): Region | undefined {
  if (!place) return undefined
  const start = 'start' in place ? place.start : place
  const end = 'start' in place ? place.end : undefined
  if (!isPosition(start.line) || !isPosition(start.column)) return undefined
  if (!end || !isPosition(end.line) || !isPosition(end.column)) return {startLine: start.line, startColumn: start.column}
  if (end.line < start.line || (end.line === start.line && end.column < start.column)) {
    return {startLine: start.line, startColumn: start.column}
  }
  return {startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column}
}

function isPosition(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1
}

/**
 * The file's path relative to `cwd` with forward slashes, as CI systems expect
 * repository paths; undefined when the file has no path. Paths outside `cwd`
 * stay as given (absolute or `../`), the caller decides what to do with them.
 */
export function reportPath(file: VFile, cwd: string): string | undefined {
  const given = file.path as string | undefined
  if (given === undefined || given === '') return undefined
  const relative = path.isAbsolute(given) ? path.relative(cwd, given) || given : given
  // Only where `\` is the separator: on POSIX it is an ordinary file-name character.
  return path.sep === '\\' ? relative.split(path.sep).join('/') : relative
}

/** Replaces UTF-16 halves without their partner, which no UTF-8 output can carry. */
export function replaceLoneSurrogates(text: string): string {
  return text.replace(loneSurrogate, '\uFFFD')
}

// Without the `u` flag the pattern sees code units, so a well-formed pair is two halves that pass the lookarounds.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * `text` safe to print on one line of a terminal or a CI log, for the human
 * reports: control characters and line breaks written as JSON writes them
 * (`\n`, `\u001b`), lone surrogates as U+FFFD.
 */
export function printable(text: string): string {
  return escapeControls(replaceLoneSurrogates(text))
}
