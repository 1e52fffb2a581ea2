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
  return normalizeWord(text)
    .replace(/\uFFFC/g, ' ')
    .replace(/^(?:(?:раздел|section|глава|chapter|приложение|appendix)\s+)?(?:\d+|[ivx]+|[a-zа-я])(?:[.)]\d+)*[.)]?\s+/u, '')
    .replace(/^[\s\d.)]+/u, '')
    .replace(/[\s.:;,!?]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim()
}

export function isTermsHeading(text: string): boolean {
  const key = headingKey(text)
  if (key === '') return false
  return builtinData().termsSectionHeadings.some((heading) => {
    const normalized = normalizeWord(heading)
    return key === normalized || key.startsWith(normalized + ' ') || key.startsWith(normalized + ',')
  })
}

/** The blocks that stand in a terms section (the section's own heading excluded). */
export function termsSectionBlocks(document: ProseDocument): ReadonlySet<ProseBlock> {
  const result = new Set<ProseBlock>()
  let depth = 0
  for (const block of document.blocks) {
    if (block.kind === 'heading') {
      if (depth > 0 && block.depth <= depth) depth = 0
      if (depth === 0 && isTermsHeading(block.text)) {
        depth = block.depth
        continue
      }
    }
    if (depth > 0) result.add(block)
  }
  return result
}
