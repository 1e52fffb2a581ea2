/**
 * What a document's code shows of the words its prose writes in capitals:
 * - the extensions of files named in code: `instances.fpp` for FPP, `schema.xml` — a format's name;
 * - the segments of identifiers with underscores, in code or prose (`MFR_SPECIFIC_00`), which an
 *   abbreviation in quotation marks names: «any other "MFR" command» is the identifiers' prefix;
 * - the words in capitals an inline code span holds alone: «на базе `DRBD`», "`NUL`", "`PONG`" — the
 *   document sets them as literals, a program's, a character's or a message's name, in its prose too.
 *
 * Neither a word of code in small letters nor a segment alone counts for an abbreviation as such: «утилита
 * `rac`», `ui.js`, `api_key`, `nfc_code` show the letters in a program, and the abbreviations RAC,
 * UI, API, NFC beside them may still need expanding (an abbreviation is often spelt into code
 * because it is one).
 */
import {OPAQUE, type ProseDocument} from './prose.js'

export interface CodeWords {
  /** Lower-cased extensions of the files named in code. */
  readonly extensions: ReadonlySet<string>
  /** Lower-cased segments of every identifier with underscores, in code or prose. */
  readonly segments: ReadonlySet<string>
  /** Words in capitals that are the whole of an inline code span, as written: `DRBD`. */
  readonly literals: ReadonlySet<string>
}

export function codeWords(document: ProseDocument): CodeWords {
  const extensions = new Set<string>()
  const segments = new Set<string>()
  const literals = new Set<string>()
  const source = document.source
  const addSegments = (text: string): void => {
    for (const match of text.matchAll(underscored)) for (const segment of match[0].split('_')) if (/^[A-Za-z]{2,}$/u.test(segment)) segments.add(segment.toLowerCase())
  }
  const addCode = (code: string): void => {
    addSegments(code)
    for (const match of code.matchAll(extension)) extensions.add(match[1]!.toLowerCase())
  }
  for (const code of fencedCode(source)) addCode(code)
  for (const block of document.blocks) {
    const text = block.text
    for (let at = text.indexOf(OPAQUE); at !== -1; at = text.indexOf(OPAQUE, at + 1)) {
      const code = inlineCodeAt(source, block.places.offset(at), block.span.end)
      if (code === undefined) continue
      addCode(code)
      const literal = code.trim()
      if (capitalsWord.test(literal)) literals.add(literal)
    }
    // «MFR_SPECIFIC_00», «STATUS_MFR_SPECIFIC»: identifiers the author did not mark as code.
    if (text.includes('_')) addSegments(text)
  }
  return {extensions, segments, literals}
}

const capitalsWord = /^\p{Lu}[\p{Lu}\d]+$/u

const underscored = /[A-Za-z\d]+(?:_[A-Za-z\d]+)+/gu
/** A file's name with its extension: `instances.fpp`, `report.pdf`. */
const extension = /[\w-]\.([A-Za-z][A-Za-z\d]{1,5})(?![\w.])/gu

/** The text of the inline code span whose opening backticks stand at `start`, within the block. */
export function inlineCodeAt(source: string, start: number, end: number): string | undefined {
  if (source[start] !== '`') return undefined
  let ticks = 1
  while (source[start + ticks] === '`') ticks++
  const fence = '`'.repeat(ticks)
  const close = source.indexOf(fence, start + ticks)
  if (close === -1 || close > end) return undefined
  return source.slice(start + ticks, close)
}

/**
 * The contents of fenced code blocks («```» or «~~~», also indented in a list item or after «>»),
 * read line by line; an unclosed fence runs to the end, as in CommonMark.
 */
function* fencedCode(source: string): Generator<string> {
  let fence: string | undefined
  let contentStart = 0
  for (let lineStart = 0; lineStart < source.length; ) {
    const newline = source.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? source.length : newline
    const marker = /^[ \t>]*(`{3,}|~{3,})/u.exec(source.slice(lineStart, Math.min(lineEnd, lineStart + 200)))
    if (fence === undefined) {
      if (marker && !(marker[1]![0] === '`' && source.slice(lineStart + marker[0].length, lineEnd).includes('`'))) {
        fence = marker[1]!
        contentStart = lineEnd + 1
      }
    } else if (marker && marker[1]![0] === fence[0] && marker[1]!.length >= fence.length && source.slice(lineStart + marker[0].length, lineEnd).trim() === '') {
      yield source.slice(contentStart, lineStart)
      fence = undefined
    }
    lineStart = lineEnd + 1
  }
  if (fence !== undefined) yield source.slice(contentStart)
}
