/**
 * Parsing Markdown the way reqlint reads it: CommonMark, GFM, YAML/TOML front
 * matter — in linear time.
 *
 * micromark's cost grows faster than the input on some documents (a 10 MB
 * specification can take a minute and more than a gigabyte). A large document
 * is therefore cut into chunks at safe boundaries — a blank line followed by an
 * unindented line that continues no list, block quote, fenced code, HTML block
 * or front matter, so that the chunk before it is closed whatever follows —
 * and each chunk is parsed on its own. Positions are shifted back into the
 * whole document, so they are exactly those of a whole-document parse; link
 * reference definitions, the one thing that crosses blocks, are appended to
 * every chunk that needs them. A test compares both parses.
 */
import type {Root, RootContent} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Node, Point, Position} from 'unist'
import {checkNesting} from './nesting.js'

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])
let mdxParser: typeof parser | undefined

export interface ParseOptions {
  /** Parse as MDX: JSX, expressions and ESM are syntax, not prose. */
  readonly mdx?: boolean
  /** Documents up to this size are parsed whole; larger ones in chunks of about this size. */
  readonly chunkSize?: number
}

export const defaultChunkSize = 256 * 1024

/** Parses a document; throws a `DocumentError` for one nested too deeply to parse in reasonable time. */
export function parseMarkdown(document: string | {toString(): string}, options: ParseOptions = {}): Root {
  const text = String(document)
  checkNesting(text)
  if (options.mdx) {
    // JSX and ESM may span blank lines: an MDX document is always parsed whole.
    mdxParser ??= unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']) as unknown as typeof parser
    return mdxParser.parse(text)
  }
  const chunkSize = options.chunkSize ?? defaultChunkSize
  if (text.length <= chunkSize) return parser.parse(text)
  const chunks = chunkBoundaries(text, chunkSize)
  if (chunks.length === 1) return parser.parse(text)

  const definitions = linkDefinitions(text)
  const children: RootContent[] = []
  let line = 0
  let start = 0
  for (const end of chunks) {
    const chunk = text.slice(start, end)
    // References resolve against the whole document: give each chunk the definitions it may use.
    const tail = definitions !== '' && chunk.includes('[') ? '\n\n' + definitions : ''
    const tree = parser.parse(chunk + tail)
    for (const child of tree.children) {
      const offset = child.position?.start.offset
      if (offset === undefined || offset >= chunk.length) continue
      shift(child, line, start)
      children.push(child)
    }
    line += countLines(chunk)
    start = end
  }
  return {
    type: 'root',
    children,
    position: {start: {line: 1, column: 1, offset: 0}, end: endPoint(text)}
  }
}

/** The offsets at which chunks end (the last is the text's length). */
export function chunkBoundaries(text: string, chunkSize: number): number[] {
  const ends: number[] = []
  let fence: {marker: string; length: number} | undefined
  let html: RegExp | undefined
  let frontMatter = text.startsWith('---\n') || text.startsWith('+++\n') || text.startsWith('---\r\n') || text.startsWith('+++\r\n')
  let previousBlank = false
  let chunkStart = 0
  let index = 0
  let first = true
  while (index < text.length) {
    const newline = text.indexOf('\n', index)
    const lineEnd = newline === -1 ? text.length : newline + 1
    const line = text.slice(index, newline === -1 ? text.length : newline).replace(/\r$/u, '')

    if (frontMatter) {
      if (!first && /^(?:---|\+\+\+)\s*$/u.test(line)) frontMatter = false
    } else if (fence) {
      const closing = /^ {0,3}(`{3,}|~{3,})\s*$/u.exec(line)
      if (closing && closing[1]![0] === fence.marker && closing[1]!.length >= fence.length) fence = undefined
    } else if (html) {
      if (html.test(line)) html = undefined
    } else {
      const safe =
        previousBlank &&
        index - chunkStart >= chunkSize &&
        /^[^\s>*+\-\d|]/u.test(line) &&
        !/^\d{1,9}[.)]/u.test(line)
      if (safe) {
        ends.push(index)
        chunkStart = index
      }
      const opening = /^ {0,3}(`{3,}|~{3,})/u.exec(line)
      if (opening) fence = {marker: opening[1]![0]!, length: opening[1]!.length}
      else html = htmlBlockEnd(line)
      if (html?.test(line.replace(/^ {0,3}<[^\s>]*/u, ''))) html = undefined
    }
    previousBlank = line.trim() === ''
    first = false
    index = lineEnd
  }
  ends.push(text.length)
  return ends
}

/** HTML blocks of CommonMark kinds 1–5 run past blank lines until their end marker. */
function htmlBlockEnd(line: string): RegExp | undefined {
  if (!/^ {0,3}</u.test(line)) return undefined
  if (/^ {0,3}<!--/u.test(line)) return /-->/u
  if (/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/iu.test(line)) return /<\/(?:script|pre|style|textarea)>/iu
  if (/^ {0,3}<\?/u.test(line)) return /\?>/u
  if (/^ {0,3}<!\[CDATA\[/u.test(line)) return /\]\]>/u
  if (/^ {0,3}<![A-Za-z]/u.test(line)) return />/u
  return undefined
}

/**
 * Link reference definitions written on one line, e.g. `[ГОСТ]: https://…`
 * (not footnotes, `[^1]: …`), each in a paragraph of its own: a definition
 * cannot interrupt a paragraph.
 */
function linkDefinitions(text: string): string {
  const found = text.match(/^ {0,3}\[(?!\^)[^\]\n]+\]:[ \t]*\S.*$/gmu)
  return found ? found.map((line) => line.trim()).join('\n\n') : ''
}

function shift(node: Node, lines: number, offset: number): void {
  if (node.position) node.position = shiftPosition(node.position, lines, offset)
  if ('children' in node && Array.isArray(node.children)) {
    for (const child of node.children as Node[]) shift(child, lines, offset)
  }
}

function shiftPosition(position: Position, lines: number, offset: number): Position {
  return {start: shiftPoint(position.start, lines, offset), end: shiftPoint(position.end, lines, offset)}
}

function shiftPoint(point: Point, lines: number, offset: number): Point {
  return {line: point.line + lines, column: point.column, ...(point.offset === undefined ? {} : {offset: point.offset + offset})}
}

/** Line endings as micromark counts them: CRLF, CR and LF. */
const lineEnding = /\r\n|\r|\n/gu

function countLines(text: string): number {
  return text.match(lineEnding)?.length ?? 0
}

function endPoint(text: string): Point {
  let lastLineStart = 0
  for (const match of text.matchAll(lineEnding)) lastLineStart = match.index + match[0].length
  return {line: countLines(text) + 1, column: text.length - lastLineStart + 1, offset: text.length}
}
