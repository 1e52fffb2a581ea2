/**
 * Whether a value read from a cache file is an entry as reqlint writes it. A
 * cache with the right stamp may still have been edited, truncated by hand or
 * written by a buggy version: an entry that is not exactly this shape is a miss
 * (the file is linted again), never a crash and never a report with findings
 * missing.
 */
import type {CacheEntry} from './cache.js'
import {isLocale} from '@reqlint/core/lint'
import type {CliMessage, FindingMessage} from './messages.js'

export function isCacheEntry(value: unknown): value is CacheEntry {
  if (!isRecord(value)) return false
  return (
    typeof value.content === 'string' &&
    typeof value.settings === 'string' &&
    Number.isSafeInteger(value.fixable) &&
    (value.fixable as number) >= 0 &&
    (value.language === undefined || isLocale(value.language)) &&
    Array.isArray(value.messages) &&
    value.messages.every((message) => isFindingMessage(message) || isCliMessage(message))
  )
}

/** A rule's finding as the engine gives it: message id and data, its text not made. */
function isFindingMessage(value: unknown): value is FindingMessage {
  if (!isRecord(value) || !('messageId' in value)) return false
  for (const key of ['ruleId', 'source', 'url', 'actual'] as const) if (typeof value[key] !== 'string') return false
  if (value.severity !== 'error' && value.severity !== 'warn') return false
  if (!isMessageRef(value) || !isRange(value.place)) return false
  if (value.expected !== undefined && !(Array.isArray(value.expected) && value.expected.every((item) => typeof item === 'string'))) return false
  if (value.note !== undefined && !isMessageRef(value.note)) return false
  if (value.related !== undefined && !(isMessageRef(value.related) && isRange(value.related.place))) return false
  return true
}

function isMessageRef(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && typeof value.messageId === 'string' && (value.data === undefined || isData(value.data))
}

/** Message data: names to strings, numbers, text in both locales, or a key of a rule's data texts. */
function isData(value: unknown): boolean {
  return (
    isRecord(value) &&
    Object.values(value).every(
      (item) =>
        typeof item === 'string' ||
        Number.isFinite(item) ||
        (isRecord(item) && ((typeof item.ru === 'string' && typeof item.en === 'string') || typeof item.text === 'string'))
    )
  )
}

/** A message the CLI wrote itself, its text made. */
function isCliMessage(value: unknown): value is CliMessage {
  if (!isRecord(value)) return false
  if (typeof value.reason !== 'string') return false
  if (!(value.fatal === true || value.fatal === false || value.fatal === null)) return false
  for (const key of ['ruleId', 'source'] as const) {
    if (value[key] !== undefined && typeof value[key] !== 'string') return false
  }
  if (value.place !== undefined && !isPlace(value.place)) return false
  return true
}

function isRange(value: unknown): boolean {
  return isRecord(value) && 'start' in value && isPlace(value)
}

/** A point, or a range of two points, as vfile places are. */
function isPlace(value: unknown): boolean {
  if (!isRecord(value)) return false
  if ('start' in value || 'end' in value) return isPoint(value.start) && isPoint(value.end)
  return isPoint(value)
}

function isPoint(value: unknown): boolean {
  return (
    isRecord(value) &&
    Number.isSafeInteger(value.line) &&
    Number.isSafeInteger(value.column) &&
    (value.offset === undefined || Number.isSafeInteger(value.offset))
  )
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
