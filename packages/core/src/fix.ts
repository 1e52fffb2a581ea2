/**
 * Applying fixes: one pure function. Fixes are applied from the end of the text
 * backwards; a fix overlapping one already applied is skipped and returned, so
 * that a caller can report what it could not fix.
 */
import type {Fix} from './rule.js'

export interface FixResult {
  readonly output: string
  readonly applied: readonly Fix[]
  readonly skipped: readonly Fix[]
}

export function applyFixes(text: string, fixes: readonly Fix[]): FixResult {
  const ordered = [...fixes].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end)
  const applied: Fix[] = []
  const skipped: Fix[] = []
  let output = text
  let limit = Number.POSITIVE_INFINITY
  for (const fix of ordered) {
    if (fix.span.end > limit || fix.span.start > fix.span.end || fix.span.end > text.length) {
      skipped.push(fix)
      continue
    }
    output = output.slice(0, fix.span.start) + fix.text + output.slice(fix.span.end)
    applied.push(fix)
    limit = fix.span.start
  }
  return {output, applied: applied.reverse(), skipped: skipped.reverse()}
}
