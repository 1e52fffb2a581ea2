/**
 * Whether a word is written as part of code rather than named in prose: a
 * member («categories.id»), a snake_case part («chunk_size»), a path or route
 * («/profile»), a key or a quoted identifier («"history"»), a placeholder, a Cyrillic identifier in
 * CamelCase («ЗаказПокупателя»). A
 * code identifier is not a name of a concept, so no term-variant detector and
 * no glossary synonym counts it. Inline code is already out of the prose text;
 * this catches identifiers the author did not mark as code.
 */

/** A character of code written right before a word. */
const before = /[._/\\:=@#$%&{}[\]<>"'`*+~^|]$/u
/**
 * The same right after a word; a full stop or a colon only when a word follows at once («categories.id», not «… backup.»),
 * or two colons, a path of C++ or Rust («replicaset::callrw»).
 */
const after = /^(?:::|[.:](?=[\p{L}\p{N}_/])|[_/\\=@#$%&{}[\]<>"'`*+~^|])/u

/**
 * A Cyrillic word with a capital inside: an identifier, as 1C writes its metadata («ЗаказПокупателя»,
 * «ПроведениеДокументов»). Russian prose never joins words so; the phrase it names («Заказ покупателя»)
 * is its presentation, not another spelling of a name. Latin words are left to `spelling.ts`: English
 * writes product names so ("CloudEvents").
 */
function isCyrillicIdentifier(text: string, from: number, to: number): boolean {
  // A loop over the code units: this runs for every word the variant detectors read.
  let lower = false
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    const isLower = (code >= 0x430 && code <= 0x44f) || code === 0x451
    const isUpper = (code >= 0x410 && code <= 0x42f) || code === 0x401
    if (!isLower && !isUpper && !(code >= 0x30 && code <= 0x39)) return false
    if (isUpper && lower) return true
    lower = isLower
  }
  return false
}

/** Whether `text[from..to)` is written against a character of code, or is an identifier by its shape. */
export function writtenAsCode(text: string, from: number, to: number): boolean {
  return before.test(text.slice(Math.max(0, from - 1), from)) || after.test(text.slice(to, to + 2)) || isCyrillicIdentifier(text, from, to)
}
