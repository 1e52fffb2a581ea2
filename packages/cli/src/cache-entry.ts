/**
 * Whether a value read from a cache file is an entry as reqlint writes it. A
 * cache with the right stamp may still have been edited, truncated by hand or
 * written by a buggy version: an entry that is not exactly this shape is a miss
 * (the file is linted again), never a crash and never a report with findings
 * missing.
 */
import type {CacheEntry} from './cache.js'
import type {PlainMessage} from './messages.js'

export function isCacheEntry(value: unknown): value is CacheEntry {
  if (!isRecord(value)) return false
  return (
    typeof value.content === 'string' &&
    typeof value.settings === 'string' &&
    Number.isSafeInteger(value.fixable) &&
    (value.fixable as number) >= 0 &&
    Array.isArray(value.messages) &&
    value.messages.every(isPlainMessage)
  )
}

function isPlainMessage(value: unknown): value is PlainMessage {
  if (!isRecord(value)) return false
  if (typeof value.reason !== 'string') return false
  if (!(value.fatal === true || value.fatal === false || value.fatal === null)) return false
  for (const key of ['ruleId', 'source', 'actual', 'url', 'note'] as const) {
    if (value[key] !== undefined && typeof value[key] !== 'string') return false
  }
  if (value.expected !== undefined && !(Array.isArray(value.expected) && value.expected.every((item) => typeof item === 'string'))) return false
  if (value.place !== undefined && !isPlace(value.place)) return false
  if (value.cause !== undefined) {
    const cause = value.cause
    if (!isRecord(cause) || typeof cause.name !== 'string' || typeof cause.message !== 'string' || typeof cause.stack !== 'string') return false
  }
  return true
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
