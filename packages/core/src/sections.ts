/**
 * Where a document's terms and abbreviations section is: a heading such as
 * «Термины и сокращения» or "Glossary" and everything under it, until a heading
 * of the same or a higher level.
 */
import {builtinData} from './data/index.js'
import {normalizeWord} from './normalize.js'
import type {ProseBlock, ProseDocument} from './prose.js'

/** The heading text as compared: numbering and trailing punctuation removed, normalised. */
export function headingKey(text: string): string {
  // Each heading is keyed by the terms section and by the requirements model, and a project's
  // documents repeat their headings («Введение», "Functional Requirements"): each text is keyed once.
  let key = headingKeys.get(text)
  if (key === undefined) {
    key = keyOf(text)
    if (text.length <= 200) {
      if (headingKeys.size >= 10_000) headingKeys.clear()
      // A copy of its own: the text of a block would otherwise stay alive with its document.
      headingKeys.set((' ' + text).slice(1), key)
    }
  }
  return key
}

/** The keys of heading texts met, bounded so that a long run does not grow without end. */
const headingKeys = new Map<string, string>()

function keyOf(text: string): string {
  return normalizeWord(text)
    .replace(/\uFFFC/g, ' ')
    .replace(/^(?:(?:раздел|section|глава|chapter|приложение|appendix)\s+)?(?:\d+|[ivx]+|[a-zа-я])(?:[.)]\d+)*[.)]?\s+/u, '')
    .replace(/^[\s\d.):\-\u2013\u2014]+/u, '')
    .replace(/[\s.:;,!?]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The headings of terms sections, normalised once: every heading and title of every document is compared with them. */
let termsHeadings: readonly string[] | undefined

export function isTermsHeading(text: string): boolean {
  const key = headingKey(text)
  if (key === '') return false
  termsHeadings ??= builtinData().termsSectionHeadings.map(normalizeWord)
  return termsHeadings.some((normalized) => key === normalized || key.startsWith(normalized + ' ') || key.startsWith(normalized + ','))
}

/**
 * The blocks that stand in a terms section (the section's own heading excluded).
 * Documents converted from a word processor often have no Markdown headings at
 * all: there a paragraph that reads as a section title opens the section, and
 * the next such paragraph or heading closes it.
 */
export function termsSectionBlocks(document: ProseDocument): ReadonlySet<ProseBlock> {
  const result = new Set<ProseBlock>()
  let depth = 0
  // The terms heading's number («2 - Terms and definitions»): a heading numbered under it («## 2.7 - SPDX»)
  // is one of its subsections, whatever its Markdown level (OpenChain's specifications set both with `##`).
  let number: string | undefined
  let underTitle = false
  for (const block of document.blocks) {
    if (block.kind === 'heading') {
      underTitle = false
      if (depth > 0 && block.depth <= depth && !(number !== undefined && sectionNumber(block.text)?.startsWith(`${number}.`))) depth = 0
      if (depth === 0 && isTermsHeading(block.text)) {
        depth = block.depth
        number = sectionNumber(block.text)
        continue
      }
    } else if (isParagraphTitle(block, document.source)) {
      underTitle = isTermsHeading(block.text)
      if (underTitle && depth === 0) continue
    }
    if (depth > 0 || underTitle) result.add(block)
  }
  return result
}

/** The number a heading opens with: «2» of «2 - Terms and definitions», «2.7» of «2.7. SPDX» or «2.7: SPDX», none of «Glossary». */
function sectionNumber(text: string): string | undefined {
  return /^\s*(\d+(?:\.\d+)*)[.:)]?(?:\s|$)/u.exec(text)?.[1]
}

/**
 * A paragraph standing for a heading: one line outside lists and tables, numbered
 * like a section («2.9 Определения, обозначения и сокращения») or bold as a
 * whole («**Термины и сокращения**»), without a sentence end.
 */
export function isParagraphTitle(block: ProseBlock, source: string): boolean {
  if (block.kind !== 'paragraph' || block.container.type !== 'none') return false
  const text = block.text.trim()
  if (text.length > 120 || text.includes('\n') || /[.;!?]$/u.test(text)) return false
  if (/^\d+(?:\.\d+)*\.?\s+\p{L}/u.test(text)) return true
  return /^(\*\*|__)[^*_\n]+\1:?$/u.test(source.slice(block.span.start, block.span.end).trim())
}
