/**
 * Where a piece of prose stands in the text of a Markdown link, and where that link leads: read from
 * the source, since the prose model keeps a link's words and drops its target. The search stays near
 * the words (a link text is short, on a line or two): searching the whole document back for every
 * mention would make a long line quadratic.
 */

const reach = 400

/**
 * The rest of a link's text and its inline target, or its reference. A link text may run onto the next line
 * of its paragraph («[WA Cyber Security\n  Policy](https://…)», hard-wrapped Markdown), never past a blank line.
 */
const linkEnd = /^(?:[^[\]\n]|\n(?![ \t>]*\n))*\]\(\s*<?([^)\s>]+)/u
const referenceEnd = /^((?:[^[\]\n]|\n(?![ \t>]*\n))*)\]\[([^\]\n]*)\]/u

/**
 * The target of the link whose text holds `start`–`end`: an inline link's («[text](https://…)») or a
 * full or collapsed reference's («[text][9]», «[text][]»), looked up in the document's definitions
 * («[9]: https://…»). `undefined` outside a link's text.
 */
export function linkTargetAround(source: string, start: number, end: number): string | undefined {
  const before = source.slice(Math.max(0, start - reach), start)
  const opening = before.lastIndexOf('[')
  if (opening === -1 || /\]|\n[ \t>]*\n/u.test(before.slice(opening + 1))) return undefined
  const after = source.slice(end, end + reach)
  const inline = linkEnd.exec(after)
  if (inline) return inline[1]
  const reference = referenceEnd.exec(after)
  if (!reference) return undefined
  const label = (reference[2] || before.slice(opening + 1) + source.slice(start, end) + reference[1]).trim().toLowerCase()
  if (label === '') return undefined
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+')
  return new RegExp(`^[ \\t]{0,3}\\[${escaped}\\]:[ \\t]*<?(\\S+?)>?(?:\\s|$)`, 'imu').exec(source)?.[1]
}

/**
 * Whether `start`–`end` stands in the title of another work that a link cites: a link to another site whose
 * text names its source and then the title after a colon («[OWASP Testing Guide: Test Cross Origin Resource
 * Sharing][9]», «[TEP-0046: Finally tasks execution post pipelinerun timeout](https://…)»), or the title and
 * then its source after a spaced dash, or a link that is a list item's whole text, at most an icon before it
 * («* 📖 [30 советов по улучшению производительности Javascript](http://…)»: a reading list, as the
 * requirements model reads it). A link text without any of these is the document's own wording with a link
 * to more («[communications adapter](https://…)»).
 */
export function isCitedTitle(source: string, start: number, end: number): boolean {
  const target = linkTargetAround(source, start, end)
  if (target === undefined || !/^[a-z][a-z\d+.-]*:\/\//iu.test(target)) return false
  const opening = source.lastIndexOf('[', start)
  const closing = source.indexOf(']', end)
  const text = source.slice(opening + 1, closing)
  // «[Использование @font-face - CSS-Tricks](https://css-tricks.com/…)», "[… Cheat Sheet - OWASP](…)": the
  // title, a spaced dash and the source at the end, as a browser's tab names a page.
  return /\S:\s/u.test(text) || /\S\s+[-–—]\s+\S(?:(?!\s[-–—]\s).){0,39}$/u.test(text.trimEnd()) || isWholeItem(source, opening, closing)
}

/** A list marker, then at most an icon («📖», «🛠») before the link. */
const itemOpening = /^[ \t>]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?:[^\p{L}\p{N}\s[\]]{1,3}[ \t]*)?$/u
/** The link's target, then nothing but a closing punctuation mark to the line's end. */
const itemClosing = /^\](?:\([^)\n]*\)|\[[^\]\n]*\])[ \t]*[.;,]?[ \t]*(?:\n|$)/u

/** Whether the link whose text runs from the `[` at `opening` to the `]` at `closing` is the whole text of a list item. */
function isWholeItem(source: string, opening: number, closing: number): boolean {
  return itemOpening.test(source.slice(source.lastIndexOf('\n', opening) + 1, opening)) && itemClosing.test(source.slice(closing, closing + reach))
}
