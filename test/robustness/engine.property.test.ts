/**
 * Property-based tests of the engine (issue 7): for arbitrary Unicode Markdown,
 * linting never throws, finishes, reports places inside the document whose
 * source text is the message's `actual`, in order, the same way twice; and
 * applying the fixes loses no byte and leaves nothing fixable behind.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {applyFixes, builtinGlossary, findingText, lint, parseMarkdown, type Fix} from '@reqlint/core'
import {lintFile} from '../lint-file.js'
import {anyText, markdownDocument, pointOf, seed, sourceText} from './arbitraries.js'

const options = {glossary: builtinGlossary()}
const runs = Number(process.env.REQLINT_FC_RUNS ?? 150)
const parameters = {seed, numRuns: runs}

/** Every message of a report, checked against the text it was linted from; returns the problems. */
function reportProblems(text: string): string[] {
  const source = sourceText(text)
  // In English: the quoting check below reads the English messages.
  const file = lintFile(text, {...options, locale: 'en'})
  const problems: string[] = []
  let previous = -1
  let previousEnd = -1
  for (const message of file.messages) {
    const place = message.place
    const label = `${message.ruleId ?? '?'} ${JSON.stringify(message.actual)}`
    if (!place || !('start' in place)) {
      problems.push(`${label}: no start and end place`)
      continue
    }
    const start = place.start.offset
    const end = place.end.offset
    if (start === undefined || end === undefined) {
      problems.push(`${label}: place without offsets`)
      continue
    }
    if (!(start >= 0 && start <= end && end <= source.length)) problems.push(`${label}: place ${start}–${end} outside 0–${source.length}`)
    for (const [name, point] of [['start', place.start], ['end', place.end]] as const) {
      const expected = pointOf(source, point.offset ?? 0)
      if (point.line !== expected.line || point.column !== expected.column) {
        problems.push(`${label}: ${name} ${point.line}:${point.column} at offset ${point.offset}, expected ${expected.line}:${expected.column}`)
      }
    }
    const actual = source.slice(start, end)
    const misquoted = quotingProblem(message.ruleId, message.reason, actual)
    if (misquoted) problems.push(`${label}: ${misquoted}`)
    if (message.actual !== actual) problems.push(`${label}: actual ${JSON.stringify(message.actual)} but the source at ${start}–${end} is ${JSON.stringify(actual)}`)
    if (start < previous || (start === previous && end < previousEnd)) problems.push(`${label}: at ${start}–${end} reported after ${previous}–${previousEnd}`)
    previous = start
    previousEnd = end
  }
  return problems
}

const invisible = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu

function decodeNumericReferences(text: string): string {
  return text.replace(/&#(?:([0-9]{1,7})|[xX]([0-9a-fA-F]{1,6}));/gu, (reference, decimal?: string, hex?: string) => {
    const code = decimal === undefined ? Number.parseInt(hex!, 16) : Number.parseInt(decimal, 10)
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : reference
  })
}

/**
 * Whether a message points at what its reason talks about: every rule quotes the
 * word or phrase it found, so a place that drifted off it shows.
 */
function quotingProblem(ruleId: string | undefined, reason: string, source: string): string | undefined {
  // The place holds the source: a character reference in it («&#1040;») reads as its character.
  const actual = decodeNumericReferences(source)
  if (actual === '' || /^\s|\s$/u.test(actual)) return `place ${JSON.stringify(actual)} is empty or starts or ends with white space`
  // A word may run across inline syntax («CR**М**», «[A](url)быстро»): the place then holds the syntax
  // too, which is right for a report (such a finding has no fix: the fix would delete the syntax).
  if (/[*_~`[\]\\<>!]/u.test(actual)) return undefined
  const quoted = /«([^]*?)»/u.exec(reason)?.[1]
  if (ruleId === 'mixed-script') {
    const word = /in the (?:Latin|Cyrillic) word «([^]*)»: /u.exec(reason)?.[1] ?? ''
    if (!/\p{Script=Cyrillic}/u.test(actual) || !/\p{Script=Latin}/u.test(actual) || [...word].length !== [...actual].length) {
      return `the place ${JSON.stringify(actual)} is not the mixed word «${word}»`
    }
  } else if (ruleId === 'undefined-abbreviation') {
    if (quoted === undefined || !actual.replace(invisible, '').startsWith(quoted)) return `the place ${JSON.stringify(actual)} is not the abbreviation «${quoted}»`
  } else if (quoted !== actual.replace(/\s+/gu, ' ')) {
    return `the place ${JSON.stringify(actual)} is not the quoted «${quoted}»`
  }
  return undefined
}

/** The fixes' problems: outside the source, not at a reported place, bytes lost, fixable findings left. */
function fixProblems(text: string): string[] {
  const source = sourceText(text)
  const {findings, fixes} = lint(text, options)
  const problems: string[] = []
  const places = new Set(findings.map((finding) => `${finding.place.start.offset}-${finding.place.end.offset}`))
  for (const fix of fixes) {
    if (!(fix.span.start >= 0 && fix.span.start <= fix.span.end && fix.span.end <= source.length)) problems.push(`fix ${fix.span.start}–${fix.span.end} outside the text`)
    if (!places.has(`${fix.span.start}-${fix.span.end}`)) problems.push(`fix ${fix.span.start}–${fix.span.end} has no message there`)
  }
  const {output, applied, skipped} = applyFixes(source, fixes)
  // A fix changes words, never the Markdown around them.
  if (skeleton(output) !== skeleton(source)) problems.push(`the fixes change the Markdown structure: ${JSON.stringify(source)} → ${JSON.stringify(output)}`)

  // Everything outside the replaced ranges is byte-identical, and the ranges hold the fixes' text.
  const ascending = [...applied].sort((a, b) => a.span.start - b.span.start)
  let from = 0
  let at = 0
  const replaced: Array<{start: number; end: number; fix: Fix}> = []
  for (const fix of ascending) {
    const kept = source.slice(from, fix.span.start)
    if (output.slice(at, at + kept.length) !== kept) problems.push(`bytes before the fix at ${fix.span.start} changed`)
    at += kept.length
    if (output.slice(at, at + fix.text.length) !== fix.text) problems.push(`the fix at ${fix.span.start} is not in the output`)
    replaced.push({start: at, end: at + fix.text.length, fix})
    at += fix.text.length
    from = fix.span.end
  }
  if (output.slice(at) !== source.slice(from)) problems.push('bytes after the last fix changed')
  if (applied.length + skipped.length !== fixes.length) problems.push('applyFixes lost a fix')

  if (skipped.length === 0 && applied.length > 0) {
    const again = lint(output, options)
    for (const fix of again.fixes) {
      const message = again.findings.find((candidate) => candidate.place.start.offset === fix.span.start)
      problems.push(`after fixing, still fixable at ${fix.span.start}–${fix.span.end} (${message?.ruleId ?? '?'}: ${message ? findingText(message, 'en') : ''}) in ${JSON.stringify(output)}`)
    }
  }
  return problems
}

/** The shape of a document's syntax tree: node types and nesting, without text or positions. */
function skeleton(text: string): string {
  const walk = (node: {type: string; children?: unknown[]}): string =>
    node.children ? `${node.type}(${node.children.map((child) => walk(child as {type: string})).join(',')})` : node.type
  return walk(parseMarkdown(text))
}

describe('engine: arbitrary Markdown', () => {
  it('never throws, on Markdown-shaped documents and on random text', () => {
    fc.assert(
      fc.property(fc.oneof(markdownDocument, anyText), (text) => {
        lintFile(text, options)
        lint(text, options)
        lint(new TextEncoder().encode(text), options)
      }),
      parameters
    )
  })

  it('reports places inside the document, with consistent line and column, at the text of `actual`, in order', () => {
    fc.assert(
      fc.property(fc.oneof(markdownDocument, anyText), (text) => {
        expect(reportProblems(text)).toEqual([])
      }),
      parameters
    )
  })

  it('gives identical reports on two runs', () => {
    fc.assert(
      fc.property(markdownDocument, (text) => {
        const first = lint(text, options)
        const second = lint(text, options)
        expect(JSON.stringify(second.findings)).toBe(JSON.stringify(first.findings))
        expect(JSON.stringify(second.fixes)).toBe(JSON.stringify(first.fixes))
      }),
      parameters
    )
  })

  it('applies fixes without touching anything outside them, and leaves nothing fixable', () => {
    fc.assert(
      fc.property(markdownDocument, (text) => {
        const problems = fixProblems(text)
        expect(problems).toEqual([])
      }),
      parameters
    )
  })
})
