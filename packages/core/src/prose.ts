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
 */
import type {Nodes, Parents, PhrasingContent, Root} from 'mdast'
import type {Root as NlcstRoot, SentenceContent, Word as NlcstWord} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {ParseLatin} from 'parse-latin'
import type {Span} from './location.js'
import {normalizeWord} from './normalize.js'
import {splitSentences} from './sentences.js'

/** Stands in the text of a block for inline content that is not prose (code, HTML, URLs). */
export const OPAQUE = '\uFFFC'

export type BlockKind = 'paragraph' | 'heading' | 'tableCell'

export interface ProseBlock {
  readonly kind: BlockKind
  /** Heading depth (1–6) for headings, otherwise 0. */
  readonly depth: number
  /** The block's readable text: inline markup removed, non-prose inline content as {@link OPAQUE}. */
  readonly text: string
  /** `offsets[i]` is the source offset of `text[i]`; `offsets[text.length]` is the block's end. */
  readonly offsets: Uint32Array
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
}

export type ProseLanguage = 'ru' | 'en'

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

const partPattern = /[\p{L}\p{N}\p{M}\u00AD\u200B-\u200D\u2060]+/gu

/** `&amp;`, `&#1234;`, `&#x4F;`: what CommonMark decodes in text. */
const characterReference = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/u

export function buildProse(tree: Root, source: string, language: ProseLanguage): ProseDocument {
  const parser = language === 'en' ? new ParseEnglish() : new ParseLatin()
  const blocks: ProseBlock[] = []

  const visit = (node: Nodes, container: BlockContainer): void => {
    if (skippedBlocks.has(node.type)) return
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const depth = node.type === 'heading' ? node.depth : 0
      const block = makeBlock(node.type, depth, node, container, source, parser)
      if (block) blocks.push(block)
      return
    }
    if (node.type === 'table') {
      node.children.forEach((row, rowIndex) => {
        row.children.forEach((cell, column) => {
          visit(cell, {type: 'tableRow', row: rowIndex, column})
        })
      })
      return
    }
    if (node.type === 'listItem') {
      node.children.forEach((child, index) => {
        visit(child, {type: 'listItem', first: index === 0})
      })
      return
    }
    if ('children' in node) {
      for (const child of (node as Parents).children) visit(child as Nodes, {type: 'none'})
    }
  }

  visit(tree, {type: 'none'})
  return {source, blocks}
}

function makeBlock(
  kind: BlockKind,
  depth: number,
  node: Parents,
  container: BlockContainer,
  source: string,
  parser: ParseLatin
): ProseBlock | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return undefined

  const chars: string[] = []
  const offsets: number[] = []
  for (const child of node.children) collectInline(child as PhrasingContent, source, chars, offsets)
  const text = chars.join('')
  const offsetTable = new Uint32Array(text.length + 1)
  offsetTable.set(offsets)
  offsetTable[text.length] = offsets.length > 0 ? (offsets.at(-1) ?? start) + 1 : start

  const block: {-readonly [K in keyof ProseBlock]: ProseBlock[K]} = {
    kind,
    depth,
    text,
    offsets: offsetTable,
    span: {start, end},
    container,
    sentences: []
  }
  if (/[\p{L}\p{N}]/u.test(text)) {
    block.sentences = tokenize(block, parser.parse(text))
  }
  return block
}

/**
 * Appends the readable characters of an inline node to `chars`, and the source
 * offset of each to `offsets`.
 */
function collectInline(node: PhrasingContent, source: string, chars: string[], offsets: number[]): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return

  if (node.type === 'text') {
    alignText(node.value, source, start, end, chars, offsets)
    return
  }
  if (node.type === 'break') {
    chars.push('\n')
    offsets.push(start)
    return
  }
  // An inline JSX element without content (`<br/>`, `<Icon/>`) separates words like any other syntax.
  const emptyJsx = node.type === 'mdxJsxTextElement' && node.children.length === 0
  if (opaqueInline.has(node.type) || emptyJsx || isAutolink(node, source)) {
    chars.push(OPAQUE)
    offsets.push(start)
    return
  }
  if ('children' in node) {
    for (const child of node.children) collectInline(child as PhrasingContent, source, chars, offsets)
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
function alignText(
  value: string,
  source: string,
  start: number,
  end: number,
  chars: string[],
  offsets: number[]
): void {
  let j = start
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!
    const reference = source[j] === '&' ? characterReference.exec(source.slice(j, j + 40)) : null
    if (reference) {
      // A character reference stands for one or two UTF-16 units of the value.
      chars.push(char)
      offsets.push(j)
      const next = value.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        chars.push(value[i + 1]!)
        offsets.push(j)
        i++
      }
      j += reference[0].length
      continue
    }
    // Skip what the parser dropped: escaping backslashes and line prefixes.
    while (j < end && source[j] !== char) {
      const here = source[j]!
      if (here === '\\' && source[j + 1] === char) {
        j++
        break
      }
      if (here === ' ' || here === '\t' || here === '>' || here === '\r') {
        j++
        continue
      }
      break
    }
    if (j < end && source[j] === char) {
      chars.push(char)
      offsets.push(j)
      j++
      continue
    }
    // Unexpected: resynchronise on the next occurrence close by, or pin the character here.
    const ahead = source.indexOf(char, j)
    if (ahead !== -1 && ahead < end && ahead - j <= 8) j = ahead
    chars.push(char)
    offsets.push(Math.min(j, Math.max(start, end - 1)))
    if (source[j] === char) j++
  }
}

type Token = SentenceContent

function tokenize(block: ProseBlock, tree: NlcstRoot): Sentence[] {
  // parse-latin's sentence splitting is English-minded («и т.д. Система» stays
  // one sentence, «табл. 2.» splits); keep its words, split sentences anew.
  // White space between sentences and paragraphs belongs to no sentence, but to the text: keep it.
  const tokens: Token[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') {
      tokens.push(paragraph as Token)
      continue
    }
    for (const sentence of paragraph.children) {
      if (sentence.type === 'SentenceNode') tokens.push(...sentence.children)
      else tokens.push(sentence as Token)
    }
  }
  const located: LocatedToken[] = []
  let from = 0
  for (const token of tokens) {
    const text = tokenText(token)
    located.push({token, text, from, to: from + text.length})
    from += text.length
  }
  return splitSentences(located).map((group) => makeSentence(block, group))
}

export interface LocatedToken {
  readonly token: Token
  readonly text: string
  readonly from: number
  readonly to: number
}

function tokenText(node: Token | NlcstWord['children'][number]): string {
  if ('value' in node) return node.value
  let text = ''
  for (const child of node.children) text += tokenText(child as Token)
  return text
}

function makeSentence(block: ProseBlock, tokens: readonly LocatedToken[]): Sentence {
  const words: Word[] = []
  for (const located of tokens) {
    if (located.token.type !== 'WordNode') continue
    const parts: WordPart[] = []
    for (const match of located.text.matchAll(partPattern)) {
      const partFrom = located.from + match.index
      const partTo = partFrom + match[0].length
      const norm = normalizeWord(match[0])
      if (norm === '') continue
      parts.push({text: match[0], norm, from: partFrom, to: partTo, span: spanOf(block, partFrom, partTo)})
    }
    if (parts.length === 0) continue
    words.push({
      text: located.text,
      from: located.from,
      to: located.to,
      span: spanOf(block, located.from, located.to),
      parts
    })
  }
  const first = tokens[0]
  const last = tokens.at(-1)
  return {block, words, from: first?.from ?? 0, to: last?.to ?? 0}
}

/** The source range of the block text range `[from, to)`. */
export function spanOf(block: Pick<ProseBlock, 'offsets'>, from: number, to: number): Span {
  const start = block.offsets[from] ?? 0
  const last = to > from ? (block.offsets[to - 1] ?? start) : start
  return {start, end: to > from ? last + 1 : start}
}
