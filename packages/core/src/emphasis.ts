/**
 * A bound on the work micromark's emphasis resolver will do, checked before
 * parsing, in linear time, as `nesting.ts` bounds block depth.
 *
 * micromark matches `*` and `_` delimiter runs in one pass over a paragraph's
 * events (`resolveAllAttention`), without CommonMark's «openers bottom»:
 *
 * - every run that can close walks back over the events before it until it
 *   finds an opener, to the paragraph's start if there is none: thousands of
 *   closers without an opener cost thousands times the paragraph;
 * - every match re-resolves the events between its two runs and splices the
 *   event list, adding eight events: two runs of 20,000 `*` around a word match
 *   10,000 times, each time over everything the earlier matches built (106 s
 *   for 40 KB; `*` × 100,000 ran past 300 s), and nest 10,000 levels deep.
 *
 * The check replays that matching on the runs alone (openers kept on a stack
 * per marker, the rule of three applied as micromark applies it) and counts
 * the events each walk and each match passes over. A document whose count
 * passes {@link maxEmphasisWork} is refused at the paragraph where it does; the
 * replay itself stops there, so the check is linear in the text. Ordinary
 * emphasis matches its neighbour and counts a few events a pair: a 5 MB
 * document of `*word*` pairs counts about 10 a pair.
 */
import {DocumentError} from './document-error.js'
import {coreMessage} from './problem-texts.js'

/** Events micromark may pass over while resolving emphasis, in a whole document (a few seconds of the parser's work). */
export const maxEmphasisWork = 40_000_000

/** A character's class as micromark's `classifyCharacter` gives it. */
const enum Group {
  Other = 0,
  Whitespace = 1,
  Punctuation = 2
}

interface Opener {
  /** The run's marker, `*` or `_`. */
  readonly marker: number
  /** Markers not yet used by a match. */
  size: number
  /** Whether the run could also close (the rule of three asks). */
  readonly close: boolean
  /** Events before it when it was read. */
  readonly events: number
}

/** Throws a {@link DocumentError} at the line of the paragraph where emphasis would take more than {@link maxEmphasisWork}. */
export function checkEmphasis(text: string): void {
  let work = 0
  let fence: string | undefined
  let line = 1
  let index = 0
  let block = newBlock(0)
  while (index <= text.length) {
    const newline = text.indexOf('\n', index)
    const lineEnd = newline === -1 ? text.length : newline
    let content = index
    while (content < lineEnd && (text.charCodeAt(content) === 0x20 || text.charCodeAt(content) === 0x09)) content++
    const rest = text.slice(content, Math.min(lineEnd, content + 3))
    if (fence) {
      if (rest.startsWith(fence)) fence = undefined
    } else if (rest === '```' || rest === '~~~') {
      fence = rest
      work += blockWork(block)
      block = newBlock(0)
    } else {
      // A blank line, a heading, a quote, a list item or a table row starts new inline content.
      if (content === lineEnd || startsBlock(text, content)) {
        work += blockWork(block)
        block = newBlock(content === lineEnd ? 0 : line)
      }
      if (block.line === 0 && content !== lineEnd) block.line = line
      scanLine(text, index, lineEnd, block)
      if (work + blockWork(block) > maxEmphasisWork) {
        throw new DocumentError(block.line, 1, coreMessage('document-emphasis', {}))
      }
    }
    if (newline === -1) break
    index = newline + 1
    line++
  }
}

interface Block {
  /** The line where the paragraph starts, for the message (0 before its first line). */
  line: number
  /** Openers not yet used up, per marker (made when the first is read). */
  openers: Map<number, Opener[]> | undefined
  /** Events so far: two per token, eight more per match. */
  events: number
  /** Events passed over by walks and by resolving what lies between matched runs. */
  work: number
  /** Matches so far, and the sum of the events before their openers: each match splices the paragraph's events after its opener. */
  matches: number
  openerEvents: number
}

function newBlock(line: number): Block {
  return {line, openers: undefined, events: 0, work: 0, matches: 0, openerEvents: 0}
}

/**
 * The block's work so far. A splice moves the events after the opener, to the
 * paragraph's end (the resolver runs on the whole paragraph); moving is a
 * native copy, counted as a quarter of an event walked.
 */
function blockWork(block: Block): number {
  return block.work + (block.matches * block.events - block.openerEvents) / 4
}

/**
 * Replays the matching of one line's runs, adding the events passed over to the
 * block's work. No closure here: a `let` a closure captures in the loop's body
 * would be a context allocated for every character of the document.
 */
function scanLine(text: string, from: number, to: number, block: Block): void {
  let index = from
  // Text between tokens is one data token, two events.
  block.events += 2
  while (index < to) {
    const code = text.charCodeAt(index)
    if (code !== 0x2a /* * */ && code !== 0x5f /* _ */) {
      // micromark's other constructs start at these: each makes a token of its own.
      if (code === 0x5b || code === 0x5d || code === 0x60 || code === 0x5c || code === 0x3c || code === 0x26 || code === 0x21 || code === 0x7e) block.events += 4
      index++
      continue
    }
    let end = index + 1
    while (end < to && text.charCodeAt(end) === code) end++
    const previous = index === from ? undefined : text.codePointAt(index - 1 - (isLowSurrogate(text.charCodeAt(index - 1)) ? 1 : 0))
    const before = group(previous)
    const after = group(end === to ? undefined : text.codePointAt(end))
    const previousTilde = previous === 0x7e
    const open = after === Group.Other || (after === Group.Punctuation && before !== Group.Other) || text.charCodeAt(end) === 0x7e
    const close = before === Group.Other || (before === Group.Punctuation && after !== Group.Other) || previousTilde
    const canOpen = code === 0x2a ? open : open && (before !== Group.Other || !close)
    const canClose = code === 0x2a ? close : close && (after !== Group.Other || !open)
    let size = end - index
    block.events += 4
    if (canClose) size = closeRun(block, code, size, canOpen)
    if (canOpen && size > 0) {
      block.openers ??= new Map()
      let stack = block.openers.get(code)
      if (!stack) block.openers.set(code, (stack = []))
      stack.push({marker: code, size, close: canClose, events: block.events})
    }
    index = end
  }
}

/** Matches a closing run as micromark does, as long as it has markers; adds the events passed over to the block's work and returns the markers left. */
function closeRun(block: Block, marker: number, initial: number, open: boolean): number {
  let size = initial
  const stack = block.openers?.get(marker) ?? []
  while (size > 0) {
    let found = -1
    for (let at = stack.length - 1; at >= 0; at--) {
      const opener = stack[at]!
      block.work++
      // The rule of three, on the markers left, as micromark applies it.
      if ((opener.close || open) && size % 3 !== 0 && (opener.size + size) % 3 === 0) continue
      found = at
      break
    }
    if (found === -1) {
      // No opener: the walk went back to the paragraph's start.
      block.work += block.events
      return size
    }
    const opener = stack[found]!
    const between = block.events - opener.events
    // The walk back and the resolving of what lies between (the splice: blockWork).
    block.work += 2 * between
    const used = opener.size > 1 && size > 1 ? 2 : 1
    opener.size -= used
    size -= used
    block.matches++
    block.openerEvents += opener.events
    block.events += 8
    // Openers between the two runs are resolved with what lies between: no later closer finds them.
    stack.length = opener.size > 0 ? found + 1 : found
  }
  return size
}

/** Whether the line's content (at `at`) starts a heading, quote, table row or list item: new inline content. */
function startsBlock(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  if (code === 0x23 /* # */ || code === 0x3e /* > */ || code === 0x7c /* | */) return true
  const next = text.charCodeAt(at + 1)
  if (code === 0x2d || code === 0x2a || code === 0x2b) return next === 0x20 || next === 0x09
  let end = at
  while (end - at < 9 && text.charCodeAt(end) >= 0x30 && text.charCodeAt(end) <= 0x39) end++
  if (end === at) return false
  const delimiter = text.charCodeAt(end)
  const space = text.charCodeAt(end + 1)
  return (delimiter === 0x2e || delimiter === 0x29) && (space === 0x20 || space === 0x09)
}

function group(code: number | undefined): Group {
  if (code !== undefined && code < 0x80) {
    if (code <= 0x20) return Group.Whitespace
    // ASCII punctuation: !-/ :-@ [-` {-~
    return (code >= 0x21 && code <= 0x2f) || (code >= 0x3a && code <= 0x40) || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7e) ? Group.Punctuation : Group.Other
  }
  if (code === undefined || code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || /\s/u.test(String.fromCodePoint(code))) return Group.Whitespace
  return /[\p{P}\p{S}]/u.test(String.fromCodePoint(code)) ? Group.Punctuation : Group.Other
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
