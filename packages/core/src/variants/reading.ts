/**
 * How the term-variant detectors read a document: block by block, each block's
 * text cut into tokens (runs of letters and digits) with the characters between
 * them. Reading tokens from the block's text, rather than the prose model's
 * words, keeps the detectors to one regular expression a block: the words of a
 * large document are kept packed and made anew on each reading.
 *
 * Table-of-contents entries and the BCP 14 boilerplate are not read at all. Headings are read only
 * by the look-alike detector (`heading`): a heading names a section, and a section's name is never a
 * second name of a concept, but a name in it written with letters of the other alphabet is as hidden
 * from a search as anywhere. The terms section is read, but what stands there is a definition, never
 * reported as another name.
 */
import type {Analysis} from '../analysis.js'
import type {BlockWork} from '../block-cache.js'
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

/** A gap between two tokens that is one hyphen (or a Unicode hyphen): «бизнес-процесс», "e-mail". */
export const hyphenGap = /^[-\u2010\u2011]$/u

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
  /** What the detectors work out from this block's text alone, kept by a language server for a block an edit left unchanged. */
  readonly reading: BlockReading
  /** In the terms section: names there are defined, counted, never reported. */
  readonly defining: boolean
  /** A heading: only a look-alike spelling is read there. */
  readonly heading: boolean
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

/**
 * A value a detector derives from a block's tokens and text alone (and the document's language, the
 * words' own), so that it holds for every block of that text.
 */
export interface BlockDerivation<Value> {
  make(tokens: readonly Token[], text: string, words: VariantWords): Value
}

/**
 * A block's text as the detectors read it: its tokens, whether it quotes the BCP 14 boilerplate, and
 * what each detector derives from them. Both passes of a lint read it; a language server keeps it
 * from one version of the document to the next, with the derived values. A reading made for one
 * lint derives them anew for each pass instead: holding them for every block of a large file until
 * the second pass raised the CLI's peak memory.
 */
export class BlockReading {
  readonly tokens: readonly Token[]
  readonly boilerplate: boolean
  private readonly text: string
  private readonly words: VariantWords
  private readonly derived: Map<BlockDerivation<unknown>, unknown> | undefined

  constructor(text: string, words: VariantWords, kept: boolean) {
    this.text = text
    this.words = words
    this.boilerplate = boilerplate.test(text)
    this.tokens = this.boilerplate ? [] : tokensOf(text, words)
    this.derived = kept ? new Map() : undefined
  }

  /** `derivation`'s value for this block: made on the first question when the reading is kept. */
  of<Value>(derivation: BlockDerivation<Value>): Value {
    if (!this.derived) return derivation.make(this.tokens, this.text, this.words)
    if (this.derived.has(derivation)) return this.derived.get(derivation) as Value
    const value = derivation.make(this.tokens, this.text, this.words)
    this.derived.set(derivation, value)
    return value
  }
}

/**
 * The detectors' reading of a block with the given words, for {@link Analysis.perBlock}: one work
 * for each words object, so that a block is read with the words of its lint (the words are made
 * anew once they grow large, and a reading kept is then read again).
 */
function readingWork(words: VariantWords): BlockWork<BlockReading> {
  let work = readingWorks.get(words)
  if (!work) readingWorks.set(words, (work = {name: 'term-variant reading', make: (block, _language, kept) => new BlockReading(block.text, words, kept)}))
  return work
}

const readingWorks = new WeakMap<VariantWords, BlockWork<BlockReading>>()

/** Every block the detectors read, in document order; tokens are made on the way. */
export function* readBlocks(analysis: Analysis, words: VariantWords): Generator<ReadBlock> {
  const source = analysis.document.source
  // Where the links to anchors are, found once: blocks come in document order.
  const links: number[] = []
  for (let at = source.indexOf('](#'); at !== -1; at = source.indexOf('](#', at + 3)) links.push(at)
  let next = 0
  const work = readingWork(words)
  for (const block of analysis.document.blocks) {
    while (next < links.length && links[next]! < block.span.start) next++
    const anchorLink = next < links.length && links[next]! < block.span.end
    if (block.sentences.length === 0) continue
    const reading = analysis.perBlock(work, block)
    if (reading.boilerplate) continue
    if (anchorLink && isTableOfContents(block, source)) continue
    yield {block, tokens: reading.tokens, reading, defining: analysis.termsSection.has(block), heading: block.kind === 'heading', anchorLink}
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
