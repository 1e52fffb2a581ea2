/**
 * The prose model: what a reader reads in a Markdown document, as blocks of
 * sentences of words, each word with its exact range in the Markdown source.
 *
 * Why not mdast-util-to-nlcst: it drops GFM tables, and it assumes that a text
 * node's value has the length of its source, which is false for a paragraph
 * continued inside a list item or block quote, and for escapes and character
 * references; every position after such a place drifts. Here every character of
 * a block's text is mapped back to its own source offset, and the text is
 * tokenised with parse-latin (the nlcst parser retext uses) block by block.
 * parse-latin is patched (`patches/`) to read the text as UTF-16 code units and
 * classify each unit once per process: it made a string for every character
 * outside Latin-1; its trees are the same.
 */
import type {Nodes, Parents, PhrasingContent, Root, RootContent} from 'mdast'
import type {Root as NlcstRoot, SentenceContent, Word as NlcstWord} from 'nlcst'
import {decodeNamedCharacterReference, ParseEnglish, ParseLatin} from './vendor/parsers.js'
import type {Span} from './location.js'
import {invisibleCharacters, normalizeWord} from './normalize.js'
import {splitSentences} from './sentences.js'
import {VersionCache} from './version-cache.js'

/** Stands in the text of a block for inline content that is not prose (code, HTML, URLs). */
export const OPAQUE = '\uFFFC'

export type BlockKind = 'paragraph' | 'heading' | 'tableCell'

export interface ProseBlock {
  readonly kind: BlockKind
  /** Heading depth (1–6) for headings, otherwise 0. */
  readonly depth: number
  /** The block's readable text: inline markup removed, non-prose inline content as {@link OPAQUE}. */
  readonly text: string
  /** Where each character of the text stands in the source. */
  readonly places: TextPlaces
  readonly span: Span
  /** Where the block stands: a list item's first paragraph, a table row's cell (with its column). */
  readonly container: BlockContainer
  readonly sentences: readonly Sentence[]
}

export type BlockContainer =
  | {readonly type: 'none'}
  | {readonly type: 'listItem'; readonly first: boolean}
  | {readonly type: 'tableRow'; readonly row: number; readonly column: number}

export interface Sentence {
  readonly block: ProseBlock
  /**
   * Made when asked for (the words of a large document are kept packed): two
   * readings of a sentence may give different objects for one word, so compare
   * words by their place (`from`), not by identity.
   */
  readonly words: readonly Word[]
  /** Range in the block's text. */
  readonly from: number
  readonly to: number
}

/** A word as a reader sees it: «CRM-система», «т.д.», «B2B». */
export interface Word {
  readonly text: string
  readonly from: number
  readonly to: number
  readonly span: Span
  /** The runs of letters and digits of the word: «CRM-система» → «CRM», «система». */
  readonly parts: readonly WordPart[]
}

export interface WordPart {
  readonly text: string
  /** {@link normalizeWord} of the text. */
  readonly norm: string
  readonly from: number
  readonly to: number
  readonly span: Span
}

export interface ProseDocument {
  readonly source: string
  readonly blocks: readonly ProseBlock[]
  /**
   * Each distinct word part of the blocks' sentences once, as written with its normal form: what
   * a question about the document's vocabulary reads instead of every word of every sentence.
   */
  readonly vocabulary: () => Iterable<readonly [text: string, norm: string]>
}

export type ProseLanguage = 'ru' | 'en'

// The containers every block of a kind shares: one object, not one for each of 100,000 blocks.
const outside: BlockContainer = {type: 'none'}
const firstInItem: BlockContainer = {type: 'listItem', first: true}
const laterInItem: BlockContainer = {type: 'listItem', first: false}

/** Nodes whose content is never prose. */
const skippedBlocks = new Set([
  'code',
  'html',
  'yaml',
  'toml',
  'math',
  'definition',
  'mdxjsEsm',
  'mdxFlowExpression',
  'thematicBreak'
])

/** Inline nodes that stand in the text as one opaque character. */
const opaqueInline = new Set([
  'inlineCode',
  'html',
  'image',
  'imageReference',
  'footnoteReference',
  'inlineMath',
  'mdxTextExpression'
])

const invisible = new RegExp(`[${invisibleCharacters}]`, 'gu')
// A word's parts: letters, digits and marks, with the invisible characters a reader does not see inside them.
const partPattern = new RegExp(`[\\p{L}\\p{N}\\p{M}${invisibleCharacters}]+`, 'gu')
const onePart = new RegExp(`^[\\p{L}\\p{N}\\p{M}${invisibleCharacters}]+$`, 'u')

/** `&amp;`, `&#1234;`, `&#x4F;`: what CommonMark may decode in text. */
const characterReference = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|([A-Za-z][A-Za-z0-9]{1,31}));/u

/** The length of the character reference at `source[at]`, if CommonMark decodes one there. */
function referenceAt(source: string, at: number): number {
  if (source.charCodeAt(at) !== 0x26 /* & */) return 0
  const match = characterReference.exec(source.slice(at, at + 40))
  if (!match) return 0
  // A numeric reference always decodes (to U+FFFD when invalid); a named one only when HTML knows
  // the name: «&xy;» stays literal text, and taking it for a reference would shift every later place.
  if (match[1] !== undefined && decodeNamedCharacterReference(match[1]) === false) return 0
  return match[0].length
}

export function buildProse(tree: Root, source: string, language: ProseLanguage, tokens?: TokenCache): ProseDocument {
  const builder = new ProseBuilder(source, language, tokens)
  for (const node of tree.children) builder.add(node)
  return builder.finish()
}

/**
 * Builds the prose model one top-level node at a time, so that a large
 * document's tree need never be held whole: its chunks' nodes are read as they
 * are parsed and let go.
 */
export class ProseBuilder {
  private readonly source: string
  private readonly words = new WordStore()
  private readonly blocks: ProseBlock[] = []
  private readonly readSentences: SentenceReader

  constructor(source: string, language: ProseLanguage, tokens?: TokenCache) {
    this.source = source
    const parser = language === 'en' ? new ParseEnglish() : new ParseLatin()
    // parse-latin breaks words at a zero-width space or joiner; a reader sees none, so neither
    // does the tokeniser (a soft hyphen, which it keeps inside words, stands in for them).
    const parse = (text: string): Iterable<Iterable<TokenShape>> => mapPieces(parseText(parser, text.replace(invisible, '\u00AD')))
    tokens?.next(language)
    this.readSentences = tokens
      ? (block, words) => placeSentences(block, tokens.get(block.text, () => sentenceShapes(block.text, parse(block.text))), words)
      : (block, words) => tokenize(block, parse(block.text), words)
  }

  /** Reads a top-level node of the document; nodes come in document order. */
  add(root: RootContent): void {
    // Depth-first in document order with an explicit stack: a deeply nested document must not overflow the call stack.
    const stack: Array<{node: Nodes; container: BlockContainer}> = [{node: root, container: outside}]
    const push = (items: Array<{node: Nodes; container: BlockContainer}>): void => {
      for (let index = items.length - 1; index >= 0; index--) stack.push(items[index]!)
    }
    for (let item = stack.pop(); item; item = stack.pop()) {
      const {node, container} = item
      if (skippedBlocks.has(node.type)) continue
      if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
        const depth = node.type === 'heading' ? node.depth : 0
        const block = makeBlock(node.type, depth, node, container, this.source, this.readSentences, this.words)
        if (block) this.blocks.push(block)
      } else if (node.type === 'table') {
        push(
          node.children.flatMap((row, rowIndex) =>
            row.children.map((cell, column) => ({node: cell as Nodes, container: {type: 'tableRow', row: rowIndex, column} as const}))
          )
        )
      } else if (node.type === 'listItem') {
        push(node.children.map((child, index) => ({node: child as Nodes, container: index === 0 ? firstInItem : laterInItem})))
      } else if ('children' in node) {
        push((node as Parents).children.map((child) => ({node: child as Nodes, container: outside})))
      }
    }
  }

  finish(): ProseDocument {
    this.words.finish()
    const words = this.words
    return {source: this.source, blocks: this.blocks, vocabulary: () => words.vocabulary()}
  }
}

function makeBlock(
  kind: BlockKind,
  depth: number,
  node: Parents,
  container: BlockContainer,
  source: string,
  readSentences: SentenceReader,
  words: WordStore
): ProseBlock | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return undefined

  const placed = new PlacedTextBuilder()
  for (const child of node.children) collectInline(child as PhrasingContent, source, placed)
  const text = ownCopy(placed.segments.join(''))
  const block = new Block(kind, depth, text, new TextPlaces(placed.runs, placed.length, placed.wide, start), start, end, container)
  if (/[\p{L}\p{N}]/u.test(text)) block.sentences = readSentences(block, words)
  return block
}

/**
 * A copy of a string that keeps nothing else alive. A text node's value is
 * often a slice of the string the parser was given, and would keep that whole
 * chunk of the document in memory.
 */
function ownCopy(text: string): string {
  return text.length === 0 ? text : (' ' + text).slice(1)
}

const noSentences: readonly Sentence[] = Object.freeze([])

class Block implements ProseBlock {
  readonly kind: BlockKind
  readonly depth: number
  readonly text: string
  readonly places: TextPlaces
  readonly container: BlockContainer
  sentences: readonly Sentence[] = noSentences
  // A span object for each of a large document's blocks would be 40 bytes each, for a few findings.
  private readonly start: number
  private readonly end: number

  constructor(kind: BlockKind, depth: number, text: string, places: TextPlaces, start: number, end: number, container: BlockContainer) {
    this.kind = kind
    this.depth = depth
    this.text = text
    this.places = places
    this.start = start
    this.end = end
    this.container = container
  }

  get span(): Span {
    return {start: this.start, end: this.end}
  }
}

/**
 * Where each character of a block's text stands in the source. Most characters
 * follow the one before in the source too, so the places are kept as runs:
 * four bytes a character would be a fifth of the prose model's memory.
 */
export class TextPlaces {
  /**
   * `[textIndex, sourceOffset]` pairs, one for each run, by text index; none when
   * the whole text is one run (two blocks in three), which starts at {@link first}.
   */
  private readonly runs: readonly number[] | undefined
  private readonly first: number
  private readonly length: number
  /**
   * For the characters written in the source as more than one character (a
   * character reference: `&#1040;` for «А»), the end of that source, by index in the text.
   */
  private readonly wide: ReadonlyMap<number, number> | undefined
  /** The source offset after the last character (the block's start for an empty text). */
  private readonly end: number

  constructor(runs: readonly number[], length: number, wide: ReadonlyMap<number, number> | undefined, start: number) {
    // A copy of the exact length: an array grown by pushing keeps room for more.
    this.runs = runs.length === 2 ? undefined : runs.slice()
    this.first = runs.length === 2 ? runs[1]! : start
    this.length = length
    this.wide = wide
    this.end = length === 0 ? start : (wide?.get(length - 1) ?? this.offset(length - 1) + 1)
  }

  /** The source offset of the text's character `index`; for the text's length, the end of the last. */
  offset(index: number): number {
    if (index >= this.length) return this.end
    const runs = this.runs
    if (!runs) return this.first + index
    let low = 0
    let high = runs.length / 2 - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (runs[middle * 2]! <= index) low = middle
      else high = middle - 1
    }
    return runs[low * 2 + 1]! + (index - runs[low * 2]!)
  }

  /** The source range of the text range `[from, to)`. */
  span(from: number, to: number): Span {
    const start = this.offset(from)
    if (to <= from) return {start, end: start}
    return {start, end: this.wide?.get(to - 1) ?? this.offset(to - 1) + 1}
  }
}

/**
 * Where a block's readable text is gathered, in pieces (a text node's value is
 * one piece), with the source place of each character as {@link TextPlaces} keeps them.
 */
class PlacedTextBuilder {
  readonly segments: string[] = []
  readonly runs: number[] = []
  /** How many characters have been gathered. */
  length = 0
  private last = -2
  /** Made only for a block with a character reference: most have none. */
  wide: Map<number, number> | undefined

  /** Records the source offset of the next character. */
  place(offset: number): void {
    if (offset !== this.last + 1) this.runs.push(this.length, offset)
    this.last = offset
    this.length++
  }

  /** Appends a character or string that stands at one source offset. */
  add(text: string, offset: number): void {
    this.segments.push(text)
    for (let index = 0; index < text.length; index++) this.place(offset)
  }
}

/** Appends the readable characters of an inline node to the block text being built. */
function collectInline(node: PhrasingContent, source: string, placed: PlacedTextBuilder): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return

  if (node.type === 'text') {
    alignText(node.value, source, start, end, placed)
    return
  }
  if (node.type === 'break') {
    placed.add('\n', start)
    return
  }
  // An inline JSX element without content (`<br/>`, `<Icon/>`) separates words like any other syntax.
  const emptyJsx = node.type === 'mdxJsxTextElement' && node.children.length === 0
  if (opaqueInline.has(node.type) || emptyJsx || isAutolink(node, source)) {
    placed.add(OPAQUE, start)
    return
  }
  if ('children' in node) {
    for (const child of node.children) collectInline(child as PhrasingContent, source, placed)
  }
}

/** A link whose text is its URL: `<https://…>`, a bare `www.…` or an e-mail address. */
function isAutolink(node: PhrasingContent, source: string): boolean {
  if (node.type !== 'link') return false
  const start = node.position?.start.offset
  if (start !== undefined && source.charCodeAt(start) === 0x3c /* < */) return true
  const only = node.children.length === 1 ? node.children[0] : undefined
  if (only?.type !== 'text') return false
  const url = node.url.replace(/^(mailto:|https?:\/\/)/, '')
  const text = only.value.replace(/^(mailto:|https?:\/\/)/, '')
  return url === text || url.startsWith(text)
}

/**
 * Maps each character of a text node's value to its place in the source. The
 * value differs from the source by escapes (`\*`), character references
 * (`&amp;`), and the line prefixes of list items and block quotes that the
 * parser strips from continuation lines.
 */
function alignText(value: string, source: string, start: number, end: number, placed: PlacedTextBuilder): void {
  // Every character of the value is kept, in order: the value is the text; only its places are worked out.
  placed.segments.push(value)
  let j = start
  // Compared as UTF-16 code units, not one-character strings: `value[i]` makes a new string for
  // every character outside Latin-1 (all of a Russian text), and this runs on every character.
  for (let i = 0; i < value.length; i++) {
    const char = value.charCodeAt(i)
    const reference = referenceAt(source, j)
    if (reference > 0) {
      // A character reference stands for one or two UTF-16 units of the value.
      placed.place(j)
      const next = value.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        placed.place(j)
        i++
      }
      placed.wide ??= new Map()
      placed.wide.set(placed.length - 1, j + reference)
      j += reference
      continue
    }
    // Skip what the parser dropped: escaping backslashes and line prefixes.
    while (j < end && source.charCodeAt(j) !== char) {
      const here = source.charCodeAt(j)
      if (here === 0x5c /* \ */ && source.charCodeAt(j + 1) === char) {
        j++
        break
      }
      if (here === 0x20 || here === 0x09 || here === 0x3e /* > */ || here === 0x0d) {
        j++
        continue
      }
      break
    }
    // CommonMark reads U+0000 as U+FFFD.
    if (j < end && (source.charCodeAt(j) === char || (char === 0xfffd && source.charCodeAt(j) === 0))) {
      placed.place(j)
      j++
      continue
    }
    // Unexpected: resynchronise on the next occurrence close by, or take the character for a
    // substitute of the one here, and go on after it.
    const ahead = source.indexOf(value[i]!, j)
    if (ahead !== -1 && ahead < end && ahead - j <= 8) j = ahead
    placed.place(Math.min(j, Math.max(start, end - 1)))
    if (j < end) j++
  }
}

type Token = SentenceContent

/** parse-latin's cost grows with the square of a paragraph's length; longer texts go in pieces. */
const pieceLength = 8 * 1024

/**
 * Tokenises a block's text, a piece at a time. A long text (a 5 MB line) is cut
 * at white space, after a sentence end where there is one, so that no word is
 * cut: the pieces' tokens, one after the other, are those of the whole text,
 * and sentences are split anew by {@link tokenize} anyway.
 */
function* parseText(parser: ParseLatin, text: string): Generator<NlcstRoot, void, undefined> {
  let start = 0
  while (start < text.length) {
    const end = text.length <= pieceLength ? text.length : pieceEnd(text, start)
    yield parser.parse(text.slice(start, end))
    start = end
  }
}

function pieceEnd(text: string, start: number): number {
  if (text.length - start <= pieceLength) return text.length
  const window = text.slice(start + pieceLength / 2, start + pieceLength)
  const sentenceEnd = /[.!?…;][\s\u00A0]+(?=\S)/gu
  let cut = -1
  for (const match of window.matchAll(sentenceEnd)) cut = match.index + match[0].length
  if (cut === -1) {
    const space = window.search(/\s\S*$/u)
    if (space !== -1) cut = space + 1
  }
  // No white space at all: a single 4 KB «word» is cut where it is; it is no word a rule knows.
  return start + pieceLength / 2 + (cut === -1 ? window.length : cut)
}

/**
 * A parse-latin token as the prose model reads it, its kind and length, packed
 * into one integer (`length * 8 + kind`, the kind an index into
 * {@link tokenTypes}; nlcst has five kinds of token): an object for every
 * token was garbage made for every word of every document.
 */
type TokenShape = number

/** The token types met so far, in the order met: a shape's kind indexes this list. */
const tokenTypes: Array<Token['type']> = []

function shapeOf(type: Token['type'], length: number): TokenShape {
  let kind = tokenTypes.indexOf(type)
  if (kind === -1) kind = tokenTypes.push(type) - 1
  return length * 8 + kind
}

/** A block's sentences, its words added to the document's store. */
type SentenceReader = (block: Block, words: WordStore) => Sentence[]

/**
 * A sentence of a block's text as {@link tokenize} splits it: its range and its words with where
 * they start, all in the block's text. What a block of the same text in a later version is read as.
 */
interface SentenceShape {
  readonly from: number
  readonly to: number
  readonly words: readonly string[]
  readonly starts: readonly number[]
}

/**
 * The sentences of block texts, tokenised by parse-latin and split, for successive lints of one
 * document (a language server's open file): an edit tokenises only the blocks whose text it
 * changed, and the others' words go into the new version's store as they were, with no token
 * objects made or sentences split again.
 */
export class TokenCache {
  private texts = new VersionCache<readonly SentenceShape[]>()
  private language: ProseLanguage | undefined

  /**
   * A new version starts, read in `language`: the tokens of the other language's parser are let go.
   * Keyed by the text alone: a key of the language and the text was a copy of every block's text
   * on every version, to hash.
   */
  next(language: ProseLanguage): void {
    if (language === this.language) this.texts.next()
    else {
      this.texts = new VersionCache()
      this.language = language
    }
  }

  get(text: string, make: () => readonly SentenceShape[]): readonly SentenceShape[] {
    return this.texts.get(text, make)
  }
}

/** The shapes of each piece's tokens, a piece at a time: each tree is let go once read. */
function* mapPieces(trees: Iterable<NlcstRoot>): Generator<Iterable<TokenShape>, void, undefined> {
  for (const tree of trees) yield shapesOf(tree)
}

/**
 * A tree's tokens' shapes in order, as an array made by plain loops: a chain of
 * generators made an iterator result for every token at every level, and the
 * length is summed, not read off a concatenated text, for the same reason.
 */
function shapesOf(tree: NlcstRoot): TokenShape[] {
  const shapes: TokenShape[] = []
  const shape = (token: Token): void => {
    shapes.push(shapeOf(token.type, tokenLength(token)))
  }
  // White space between sentences and paragraphs belongs to no sentence, but to the text: keep it.
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') {
      shape(paragraph as Token)
      continue
    }
    for (const sentence of paragraph.children) {
      if (sentence.type === 'SentenceNode') for (const token of sentence.children) shape(token)
      else shape(sentence as Token)
    }
  }
  return shapes
}

function tokenize(block: ProseBlock, pieces: Iterable<Iterable<TokenShape>>, words: WordStore): Sentence[] {
  const sentences: Sentence[] = []
  splitTokens(block.text, pieces, (tokens) => sentences.push(makeSentence(block, tokens, words)))
  return sentences
}

/** What {@link tokenize} makes of a text, as shapes, for a {@link TokenCache}. */
function sentenceShapes(text: string, pieces: Iterable<Iterable<TokenShape>>): SentenceShape[] {
  const shapes: SentenceShape[] = []
  splitTokens(text, pieces, (tokens) => {
    const words: string[] = []
    const starts: number[] = []
    for (const located of tokens) {
      if (located.type !== 'WordNode') continue
      words.push(located.text)
      starts.push(located.from)
    }
    shapes.push({from: tokens[0]?.from ?? 0, to: tokens.at(-1)?.to ?? 0, words, starts})
  })
  return shapes
}

/** A block's sentences from their shapes, as {@link makeSentence} makes them from their tokens. */
function placeSentences(block: ProseBlock, shapes: readonly SentenceShape[], words: WordStore): Sentence[] {
  return shapes.map((shape) => {
    const first = words.length
    for (let index = 0; index < shape.words.length; index++) words.add(shape.words[index]!, shape.starts[index]!)
    return new PackedSentence(block, words, first, words.length - first, shape.from, shape.to)
  })
}

/** Calls `sentence` with the tokens of each sentence of a text, in order. */
function splitTokens(text: string, pieces: Iterable<Iterable<TokenShape>>, sentence: (tokens: readonly LocatedToken[]) => void): void {
  // parse-latin's sentence splitting is English-minded («и т.д. Система» stays
  // one sentence, «табл. 2.» splits); keep its words, split sentences anew.
  // The tokens of the sentence not known to be whole yet: each piece's tree is let go once read.
  let open: LocatedToken[] = []
  let from = 0
  for (const piece of pieces) {
    for (const shape of piece) {
      // The token's own text may differ from the block's by the invisible characters; take the block's.
      const to = from + Math.floor(shape / 8)
      open.push({type: tokenTypes[shape % 8]!, text: text.slice(from, to), from, to})
      from = to
    }
    // Whether a sentence ends is decided by the tokens up to the next word: every sentence but the last is whole.
    const groups = splitSentences(open)
    open = groups.pop() ?? []
    for (const group of groups) sentence(group)
  }
  if (open.length > 0) sentence(open)
}

export interface LocatedToken {
  readonly type: Token['type']
  readonly text: string
  readonly from: number
  readonly to: number
}

/** The length of a token's text: its value's, or the sum of its children's. */
function tokenLength(node: Token | NlcstWord['children'][number]): number {
  if ('value' in node) return node.value.length
  let length = 0
  for (const child of node.children) length += tokenLength(child as Token)
  return length
}

function makeSentence(block: ProseBlock, tokens: readonly LocatedToken[], words: WordStore): Sentence {
  const first = words.length
  for (const located of tokens) if (located.type === 'WordNode') words.add(located.text, located.from)
  return new PackedSentence(block, words, first, words.length - first, tokens[0]?.from ?? 0, tokens.at(-1)?.to ?? 0)
}

/**
 * A sentence whose words are kept in its document's {@link WordStore} and made
 * into objects when asked for.
 */
class PackedSentence implements Sentence {
  readonly block: ProseBlock
  readonly from: number
  readonly to: number
  /** The sentence's rows in the store. */
  readonly firstWord: number
  readonly wordCount: number
  private readonly store: WordStore

  constructor(block: ProseBlock, store: WordStore, firstWord: number, wordCount: number, from: number, to: number) {
    this.block = block
    this.store = store
    this.firstWord = firstWord
    this.wordCount = wordCount
    this.from = from
    this.to = to
  }

  get words(): readonly Word[] {
    if (this.kept) return this.kept
    const words = this.store.sentenceWords(this)
    if (this.store.length <= keptWords) this.kept = words
    return words
  }

  /** Its words once made, in a document small enough to keep them all. */
  private kept: readonly Word[] | undefined
}

/**
 * Up to this many words (a document of some 150 KB), a sentence keeps its
 * words once made: each rule reads every sentence's words, and making them
 * anew for each was a tenth of a small file's garbage. A larger document makes
 * them when asked, so that its peak holds only the packed store.
 */
const keptWords = 20_000

/** Rows in a page of a packed table: a table grows by pages, and a full page is never copied. */
const pageShift = 14
const pageRows = 1 << pageShift
const pageMask = pageRows - 1
/**
 * Rows a table's first page starts with; it doubles until it is full. A 5 KB
 * file has some hundreds of words: a full first page (256 KB of zeros for the
 * words, 192 KB for the parts) for each of a thousand such files was most of
 * the garbage of a folder run.
 */
const firstPageRows = 256
/** Integers in a word row: text, normal form (or, for a word of several parts, their count), from, first part. */
const wordRow = 4
/** Integers in a part row: text, normal form, from. */
const partRow = 3

/**
 * The words of a document, packed into rows of integers, with one string for
 * each distinct word text and normal form. A 10 MB document has a million and
 * a half words: an object for each was more than half of its prose model's
 * memory, and its peak is some times the model. The rules read words a
 * sentence at a time, so a sentence's words are made when asked for; the last
 * sentence's are kept, so that asking again is free.
 */
class WordStore {
  /** How many words the store holds. */
  length = 0
  private parts = 0
  private readonly strings: string[] = []
  private ids: Map<string, number> | undefined = new Map()
  /** The id of the normal form of each text id, by text id. */
  private normal: number[] | undefined = []
  /**
   * For each text id, on its first occurrence as a word: the id of its normal form when the word is
   * one run of letters, -1 when it has several parts. A document repeats its words: each text is
   * tested once, not at every occurrence.
   */
  private single: number[] | undefined = []
  private readonly wordPages: Int32Array[] = []
  private readonly partPages: Int32Array[] = []
  private last: {sentence: PackedSentence; words: readonly Word[]} | undefined

  /** Adds a word of a block's text at `from`; a word with no letters or digits once normalised is left out. */
  add(text: string, from: number): void {
    const id = this.id(text)
    let single = this.single![id]
    // Most words are one run of letters: the word is then its own only part.
    if (single === undefined) this.single![id] = single = onePart.test(text) ? this.norm(id) : -1
    if (single !== -1) {
      if (this.strings[single] !== '') this.addRow(this.wordPages, this.length++, wordRow, id, single, from, -1)
      return
    }
    const first = this.parts
    for (const match of text.matchAll(partPattern)) {
      const part = this.id(match[0])
      const norm = this.norm(part)
      if (this.strings[norm] !== '') this.addRow(this.partPages, this.parts++, partRow, part, norm, from + match.index, 0)
    }
    if (this.parts > first) this.addRow(this.wordPages, this.length++, wordRow, id, this.parts - first, from, first)
  }

  /** No more words will be added: the lookup tables for adding them are let go. */
  finish(): void {
    this.ids = undefined
    this.normal = undefined
    this.single = undefined
  }

  /**
   * Each distinct (text, normal form) of the words' parts: a word of one run of letters is its own
   * part. Read off the packed rows, each text once, with no word objects made.
   */
  *vocabulary(): Generator<readonly [string, string], void, undefined> {
    const seen = new Uint8Array(this.strings.length)
    for (let index = 0; index < this.length; index++) {
      const page = this.wordPages[index >> pageShift]!
      const at = (index & pageMask) * wordRow
      if (page[at + 3] !== -1 || seen[page[at]!] === 1) continue
      seen[page[at]!] = 1
      yield [this.strings[page[at]!]!, this.strings[page[at + 1]!]!]
    }
    for (let index = 0; index < this.parts; index++) {
      const page = this.partPages[index >> pageShift]!
      const at = (index & pageMask) * partRow
      if (seen[page[at]!] === 1) continue
      seen[page[at]!] = 1
      yield [this.strings[page[at]!]!, this.strings[page[at + 1]!]!]
    }
  }

  sentenceWords(sentence: PackedSentence): readonly Word[] {
    if (this.last?.sentence === sentence) return this.last.words
    const words: Word[] = []
    for (let index = sentence.firstWord; index < sentence.firstWord + sentence.wordCount; index++) words.push(this.word(index, sentence.block))
    this.last = {sentence, words}
    return words
  }

  private word(index: number, block: ProseBlock): Word {
    const page = this.wordPages[index >> pageShift]!
    const at = (index & pageMask) * wordRow
    const text = this.strings[page[at]!]!
    const from = page[at + 2]!
    const firstPart = page[at + 3]!
    if (firstPart === -1) {
      const norm = page[at + 1]!
      return norm === page[at] ? new PlainWord(block, text, from, from + text.length) : new ProseWord(block, text, this.strings[norm]!, from, from + text.length)
    }
    const parts: WordPart[] = []
    for (let part = firstPart; part < firstPart + page[at + 1]!; part++) {
      const partPage = this.partPages[part >> pageShift]!
      const partAt = (part & pageMask) * partRow
      const partText = this.strings[partPage[partAt]!]!
      const partFrom = partPage[partAt + 2]!
      parts.push(new ProsePart(block, partText, this.strings[partPage[partAt + 1]!]!, partFrom, partFrom + partText.length))
    }
    return new CompoundWord(block, text, from, from + text.length, parts)
  }

  private addRow(pages: Int32Array[], index: number, size: number, a: number, b: number, c: number, d: number): void {
    const pageIndex = index >> pageShift
    const at = (index & pageMask) * size
    let page = pages[pageIndex]
    if (page === undefined || at >= page.length) {
      // Later pages are full from the start: only a small table grows a page by copying.
      const rows = pageIndex > 0 ? pageRows : Math.min(pageRows, page === undefined ? firstPageRows : (page.length / size) * 2)
      const grown = new Int32Array(rows * size)
      if (page) grown.set(page)
      page = pages[pageIndex] = grown
    }
    page[at] = a
    page[at + 1] = b
    page[at + 2] = c
    if (size > 3) page[at + 3] = d
  }

  private id(text: string): number {
    let id = this.ids!.get(text)
    if (id === undefined) {
      id = this.strings.length
      this.strings.push(text)
      this.ids!.set(text, id)
    }
    return id
  }

  /** The id of {@link normalizeWord} of the text with id `id`. */
  private norm(id: number): number {
    let norm = this.normal![id]
    if (norm === undefined) {
      norm = this.id(normalizeWord(this.strings[id]!))
      this.normal![id] = norm
    }
    return norm
  }
}

/**
 * A run of text as the prose model keeps it: its span is worked out when asked
 * for, since a document has millions of words and few are ever reported.
 */
abstract class Located {
  readonly block: Pick<ProseBlock, 'places'>
  readonly text: string
  readonly from: number
  readonly to: number

  constructor(block: Pick<ProseBlock, 'places'>, text: string, from: number, to: number) {
    this.block = block
    this.text = text
    this.from = from
    this.to = to
  }

  get span(): Span {
    return spanOf(this.block, this.from, this.to)
  }
}

class ProsePart extends Located implements WordPart {
  readonly norm: string

  constructor(block: Pick<ProseBlock, 'places'>, text: string, norm: string, from: number, to: number) {
    super(block, text, from, to)
    this.norm = norm
  }
}

/**
 * A word of one run of letters already in normal form («лид», "lead"): most
 * words. Its own only part and its own normal form, so neither is stored.
 */
class PlainWord extends Located implements Word {
  /** Its parts once asked for: every rule asks, and a new array each time was garbage for every word. */
  private own: readonly WordPart[] | undefined = undefined

  get norm(): string {
    return this.text
  }

  get parts(): readonly WordPart[] {
    return (this.own ??= [this])
  }
}

/** A word of one run of letters: its own only part. */
class ProseWord extends ProsePart implements Word {
  /** Its parts once asked for, as {@link PlainWord}'s. */
  private own: readonly WordPart[] | undefined = undefined

  get parts(): readonly WordPart[] {
    return (this.own ??= [this])
  }
}

/** A word of several parts: «CRM-система», «т.д.». */
class CompoundWord extends Located implements Word {
  readonly parts: readonly WordPart[]

  constructor(block: Pick<ProseBlock, 'places'>, text: string, from: number, to: number, parts: readonly WordPart[]) {
    super(block, text, from, to)
    this.parts = parts
  }
}

/** The source range of the block text range `[from, to)`. */
export function spanOf(block: Pick<ProseBlock, 'places'>, from: number, to: number): Span {
  return block.places.span(from, to)
}
