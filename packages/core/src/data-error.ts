import type {Locale} from './locale.js'
import {coreMessage} from './problem-texts.js'
import type {Message} from './texts.js'

/**
 * The one error reqlint raises for a bad glossary, configuration or data file.
 * Its message is a single line, `path:line:column: what is wrong`, ready to
 * print; {@link DataError.textIn} is that line in another locale, and `problem`
 * says which message it is, with its data, for a caller that words it itself.
 */
export class DataError extends Error {
  override readonly name = 'DataError'
  readonly file: string
  readonly line: number
  readonly column: number
  /** What is wrong, in English, with control characters escaped (see {@link escapeControls}). */
  readonly reason: string
  readonly problem: Message

  constructor(file: string, line: number, column: number, problem: Message) {
    // Reasons quote names, keys and paths from the file as written; escaping them here,
    // once, keeps every message one line whoever builds it.
    const escaped = escapeControls(problem.text.en)
    super(`${escapeControls(file)}:${line}:${column}: ${escaped}`)
    this.file = file
    this.line = line
    this.column = column
    this.reason = escaped
    this.problem = problem
  }

  /** What is wrong, in `locale`, escaped. */
  reasonIn(locale: Locale): string {
    return escapeControls(this.problem.text[locale])
  }

  /** The whole line, `path:line:column: what is wrong`, in `locale`. */
  textIn(locale: Locale): string {
    return `${escapeControls(this.file)}:${this.line}:${this.column}: ${this.reasonIn(locale)}`
  }
}

const named: Readonly<Record<string, string>> = {'\n': '\\n', '\r': '\\r', '\b': '\\b', '\f': '\\f'}

/**
 * `text` with line breaks (LF, CR, NEL, U+2028, U+2029) and other control
 * characters but tab written as JSON writes them (`\n`, `\u001b`): a quoted name
 * cannot split a message into two lines, nor send escape sequences to a terminal.
 */
export function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/gu, (char) => named[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** Data files above this size are refused before parsing: a glossary is text, not a data dump. */
export const maxDataBytes = 8 * 1024 * 1024

/** Refuses `text` if its UTF-8 form (what the file holds on disk) is over {@link maxDataBytes}. */
export function refuseLargeData(file: string, text: string): void {
  if (exceedsUtf8Bytes(text, maxDataBytes)) {
    throw new DataError(file, 1, 1, coreMessage('file-too-large', {limit: maxDataBytes}))
  }
}

/**
 * Whether `text` takes more than `limit` bytes in UTF-8. A UTF-16 code unit
 * takes 1 to 3 bytes, so bytes are only counted between `limit / 3` and `limit`
 * units (a Cyrillic text takes twice its length), and only until past `limit`.
 */
export function exceedsUtf8Bytes(text: string, limit: number): boolean {
  if (text.length > limit) return true
  if (text.length * 3 <= limit) return false
  let bytes = 0
  for (let index = 0; index < text.length && bytes <= limit; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code < 0xdc00 && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair: one astral character, 4 bytes. A lone surrogate is written as U+FFFD, 3 bytes.
      bytes += 4
      index++
    } else bytes += 3
  }
  return bytes > limit
}
