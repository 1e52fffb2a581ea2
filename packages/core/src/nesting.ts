/**
 * A bound on how deeply block quotes and lists nest, checked before parsing.
 *
 * micromark's cost grows with the square of the nesting depth and more (1,000
 * list levels written one a line take 35 s, 400 take 2 s), and the trees it
 * builds are walked recursively by the unified ecosystem. No specification
 * nests anywhere near {@link maxNesting} levels, so a document that does is
 * refused up front with a clear message rather than linted for minutes.
 */
import {DocumentError} from './document-error.js'
import {coreMessage} from './problem-texts.js'

export const maxNesting = 100

/** `- - - - …`: a line of list-marker look-alikes that is a thematic break, not nesting. */
const thematicBreak = /^[ \t]*([-*_])(?:[ \t]*\1)+[ \t]*\r?$/u

/**
 * Throws a {@link DocumentError} at the first line whose container prefix —
 * `>` markers, list markers and the indentation that nests list items — is
 * deeper than {@link maxNesting}. Lines inside fenced code are not containers.
 */
export function checkNesting(text: string): void {
  let fence: string | undefined
  let line = 1
  let index = 0
  while (index <= text.length) {
    const newline = text.indexOf('\n', index)
    const lineEnd = newline === -1 ? text.length : newline
    const {depth, content} = prefixDepth(text, index, lineEnd)
    const rest = text.slice(content, Math.min(lineEnd, content + 3))
    if (fence) {
      if (rest.startsWith(fence)) fence = undefined
    } else {
      if (depth > maxNesting && !thematicBreak.test(text.slice(index, lineEnd))) {
        throw new DocumentError(line, 1, coreMessage('document-nesting', {levels: maxNesting}))
      }
      if (rest === '```' || rest === '~~~') fence = rest
    }
    if (newline === -1) break
    index = newline + 1
    line++
  }
}

/** How deep a line's container prefix nests, counting two columns of indentation as one level. */
function prefixDepth(text: string, from: number, to: number): {depth: number; content: number} {
  let markers = 0
  let columns = 0
  let index = from
  while (index < to) {
    const code = text.charCodeAt(index)
    if (code === 0x20 /* space */) columns++
    else if (code === 0x09 /* tab */) columns += 4 - (columns % 4)
    else if (code === 0x3e /* > */) markers++
    else if ((code === 0x2d || code === 0x2a || code === 0x2b) /* - * + */ && isSpace(text.charCodeAt(index + 1))) markers++
    else if (code >= 0x30 && code <= 0x39 /* 0-9 */) {
      let end = index
      while (end < to && end - index < 9 && text.charCodeAt(end) >= 0x30 && text.charCodeAt(end) <= 0x39) end++
      const delimiter = text.charCodeAt(end)
      if ((delimiter !== 0x2e && delimiter !== 0x29) /* . ) */ || !isSpace(text.charCodeAt(end + 1))) break
      markers++
      index = end
    } else break
    index++
  }
  return {depth: markers + Math.floor(columns / 2), content: index}
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || Number.isNaN(code)
}
