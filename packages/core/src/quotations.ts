/** Quotation marks as Russian and English prose pair them: opening → closing. Straight quotes close themselves. */
export const closingQuote = new Map([
  ['«', '»'],
  ['“', '”'],
  ['„', '“'],
  ['"', '"']
])

/**
 * The outermost quotations of a text, in order: the offsets of the opening and
 * the closing mark of each. A quotation's own quotations are inside it.
 */
export function quotations(text: string): Array<readonly [number, number]> {
  const found: Array<readonly [number, number]> = []
  // Most texts quote nothing: one search in native code instead of a look-up for every character.
  if (!/[«“„"]/u.test(text)) return found
  const open: Array<{close: string; at: number}> = []
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!
    const top = open.at(-1)
    if (top && char === top.close) {
      open.pop()
      if (open.length === 0) found.push([top.at, index])
    } else if (closingQuote.has(char)) open.push({close: closingQuote.get(char)!, at: index})
  }
  return found
}
