/**
 * How the term-variant detectors read a document: block by block, each block's
 * text cut into tokens (runs of letters and digits) with the characters between
 * them. Reading tokens from the block's text, rather than the prose model's
 * words, keeps the detectors to one regular expression a block: the words of a
 * large document are kept packed and made anew on each reading.
 *
 * Headings, table-of-contents entries and the BCP 14 boilerplate are not read at all: a heading names
 * a section, and a section's name is never a second name of a concept. The
 * terms section is read, but what stands there is a definition, never reported.
 */
import type {Analysis} from '../analysis.js'
import type {ProseBlock} from '../prose.js'
import type {Mention} from './model.js'
import type {VariantWords, WordInfo} from './words.js'
import {invisibleCharacters} from '../normalize.js'

/**
 * The wording BCP 14 prescribes ("The key words "MUST", … are to be interpreted as described in
 * RFC 2119"): quoted from the standard, not the author's naming; its "key words" are not the
 * document's "keywords".
 */
const boilerplate = /\b(?:BCP\s?14|RFC\s?2119|RFC\s?8174)\b/u

export interface Token {
  /** As written. */
  readonly text: string
  /** {@link normalizeWord} of the text. */
  readonly norm: string
  /** What the detectors ask of the word, shared by every token of it. */
  readonly info: WordInfo
  /** Written in CamelCase. */
  readonly camel: boolean
  /** A capital followed by small letters only. */
  readonly titleCase: boolean
  /** Range in the block's text. */
  readonly from: number
  readonly to: number
  /** The characters between the previous token of the block and this one. */
  readonly gap: string
}

export interface ReadBlock {
  readonly block: ProseBlock
  readonly tokens: readonly Token[]
  /** In the terms section: names there are defined, counted, never reported. */
  readonly defining: boolean
  /** Has a link to an anchor of the document (`](#…)`) in its source. */
  readonly anchorLink: boolean
}

// Invisible characters stay inside a token: «CRM\u200Bсистема» reads as one word.
const tokenPattern = new RegExp(`[\\p{L}\\p{N}\\p{M}${invisibleCharacters}]+`, 'gu')

/** The tokens of a block's text. */
export function tokensOf(text: string, words: VariantWords): Token[] {
  const tokens: Token[] = []
  let last = 0
  // `exec` on the one pattern, not `matchAll`, which clones the pattern and wraps every match in an
  // iterator result: this runs on every word of every block. The loop ends with `exec` giving null,
  // which sets `lastIndex` back to 0 for the next text.
  tokenPattern.lastIndex = 0
  for (let match = tokenPattern.exec(text); match !== null; match = tokenPattern.exec(text)) {
    const from = match.index
    const written = match[0]
    const word = words.writtenWord(written)
    const info = word.info
    tokens.push({text: written, norm: info.norm, info, camel: word.camel, titleCase: word.titleCase, from, to: from + written.length, gap: text.slice(last, from)})
    last = from + written.length
  }
  return tokens
}

/** Every block the detectors read, in document order; tokens are made on the way. */
export function* readBlocks(analysis: Analysis, words: VariantWords): Generator<ReadBlock> {
  const source = analysis.document.source
  // Where the links to anchors are, found once: blocks come in document order.
  const links: number[] = []
  for (let at = source.indexOf('](#'); at !== -1; at = source.indexOf('](#', at + 3)) links.push(at)
  let next = 0
  for (const block of analysis.document.blocks) {
    while (next < links.length && links[next]! < block.span.start) next++
    const anchorLink = next < links.length && links[next]! < block.span.end
    if (block.kind === 'heading' || block.sentences.length === 0) continue
    if (boilerplate.test(block.text)) continue
    if (anchorLink && isTableOfContents(block, source)) continue
    yield {block, tokens: tokensOf(block.text, words), defining: analysis.termsSection.has(block), anchorLink}
  }
}

/** A mention of the tokens `first..last` of a block. */
export function mentionOf(read: ReadBlock, first: number, last: number): Mention {
  return {block: read.block, from: read.tokens[first]!.from, to: read.tokens[last]!.to, defining: read.defining}
}

/** The tokens `first..last` as a name: words joined by a space, a hyphen or an underscore kept. */
export function textOf(tokens: readonly Token[], first: number, last: number): string {
  let text = tokens[first]!.text
  for (let index = first + 1; index <= last; index++) text += (/^[-\u2010\u2011_]$/u.test(tokens[index]!.gap) ? tokens[index]!.gap : ' ') + tokens[index]!.text
  return text
}

/** A line of a table of contents: a link to an anchor, perhaps numbered, perhaps ended with `<br>`. */
const contentsLine = /^\s*(?:[-*+]\s+)?(?:&nbsp;|\s)*(?:\d+(?:\.\d+)*\.?\s*)?\[[^\]]*\]\(#[^)]*\)\s*(?:<br\s*\/?>)?\s*$/iu

/** A block whose every line is a link to an anchor of the document: a table of contents. */
function isTableOfContents(block: ProseBlock, source: string): boolean {
  const text = source.slice(block.span.start, block.span.end)
  return text.split('\n').every((line) => line.trim() === '' || contentsLine.test(line))
}
