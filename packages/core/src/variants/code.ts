/**
 * Whether a word is written as part of code rather than named in prose: a
 * member («categories.id»), a snake_case part («chunk_size»), a path or route
 * («/profile»), a key or a quoted identifier («"history"»), a placeholder. A
 * code identifier is not a name of a concept, so no term-variant detector and
 * no glossary synonym counts it. Inline code is already out of the prose text;
 * this catches identifiers the author did not mark as code.
 */

/** A character of code written right before a word. */
const before = /[._/\\:=@#$%&{}[\]<>"'`*+~^|]$/u
/** The same right after a word; a full stop or a colon only when a word follows at once («categories.id», not «… backup.»). */
const after = /^(?:[.:](?=[\p{L}\p{N}_/])|[_/\\=@#$%&{}[\]<>"'`*+~^|])/u

/** Whether `text[from..to)` is written against a character of code. */
export function writtenAsCode(text: string, from: number, to: number): boolean {
  return before.test(text.slice(Math.max(0, from - 1), from)) || after.test(text.slice(to, to + 2))
}
