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
 * whole document, so they are exactly those of a whole-document parse.
 * Definitions are the one thing that crosses blocks — a link reference or a
 * footnote reference resolves only when its label is defined somewhere in the
 * document, before or after it — so every chunk is parsed with the document's
 * definitions of the labels it names beside it (see {@link parseTopLevel}). A long list
 * may also be cut between two items and is joined back. A test compares both
 * parses, node for node.
 *
 * Block quotes and lists nested deeper than reqlint accepts are refused first
 * (nesting.ts), and so is emphasis the parser cannot match in bounded time
 * (emphasis.ts).
 */
import type {Root, RootContent} from 'mdast'
import type {Node, Point} from 'unist'
import {checkEmphasis} from './emphasis.js'
import {parseSyntaxTree} from './markdown-syntax.js'
import {checkNesting} from './nesting.js'
import {VersionCache} from './version-cache.js'

export {useMdxSyntax, type SyntaxExtension} from './markdown-syntax.js'

export interface ParseOptions {
  /** Parse as MDX: JSX, expressions and ESM are syntax, not prose. */
  readonly mdx?: boolean
  /**
   * Documents up to this size are parsed whole; larger ones in chunks of about this size. By default
   * documents up to {@link wholeDocumentSize} are parsed whole, larger ones in chunks of {@link defaultChunkSize}.
   */
  readonly chunkSize?: number
  /**
   * The chunks of an earlier version of the same document, reused when their
   * text is unchanged: an editor re-parses only the chunks an edit touched.
   */
  readonly cache?: ChunkCache
}

/**
 * Parsed chunks by their text, for successive parses of one document (a
 * language server's open file). Cached nodes are read only: each parse places
 * copies of them in the whole document.
 */
export class ChunkCache extends VersionCache<readonly RootContent[]> {}

/**
 * Small chunks, for memory and time. A chunk's parse makes some hundreds of bytes of tokens, events
 * and nodes for each of its characters, garbage once its nodes are read: a 16 KB chunk's outlives
 * a collection of the young generation or two and is moved to the old one, which V8 lets grow to a
 * multiple of what it holds before collecting it. At 4 KB most of it dies young. The parse's cost
 * also grows faster than the text from a few kilobytes on (docs/benchmark.md, sixth session).
 */
export const defaultChunkSize = 4 * 1024
/** A document of up to two chunks is parsed whole: cutting one that short costs more than it saves. */
export const wholeDocumentSize = 2 * defaultChunkSize
const listChunkSize = 16 * 1024

/**
 * Parses a document; throws a `DocumentError` for one nested too deeply to parse
 * in reasonable time. In a document parsed in chunks, nodes that start or end at
 * one place share one point object: replace points, do not change them.
 */
export function parseMarkdown(document: string | {toString(): string}, options: ParseOptions = {}): Root {
  const text = String(document)
  return {
    type: 'root',
    children: [...parseTopLevel(text, options)],
    position: {start: {line: 1, column: 1, offset: 0}, end: endPoint(text)}
  }
}

/**
 * The top-level nodes of a document, in order, each whole and placed in the
 * whole document, as {@link parseMarkdown} gives them; a large document's are
 * parsed a chunk at a time, as they are asked for, so that a reader that lets
 * them go never holds the whole tree.
 */
export function* parseTopLevel(text: string, options: ParseOptions = {}): Generator<RootContent, void, undefined> {
  checkNesting(text)
  checkEmphasis(text)
  if (options.mdx) {
    // JSX and ESM may span blank lines: an MDX document is always parsed whole.
    yield* placed(parseSyntaxTree(text, {mdx: true}).children, text)
    return
  }
  const chunkSize = options.chunkSize ?? defaultChunkSize
  const whole = text.length <= (options.chunkSize ?? wholeDocumentSize)
  const {ends: chunks, inList} = whole ? {ends: [text.length], inList: new Set<number>()} : chunkBoundaries(text, chunkSize)
  const cache = options.cache
  cache?.next()
  // A cached chunk's nodes are copied as they are placed (shift makes copies): the cache keeps its own.
  const parseChunk = (source: string): RootContent[] => (cache ? [...cache.get(source, () => parseSyntaxTree(source).children)] : parseSyntaxTree(source).children)
  const place = (node: RootContent, lines: number, offset: number, points: Map<number, Point>, firstLineColumns: number): RootContent =>
    cache ? (shifted(node, lines, offset, points, firstLineColumns) as RootContent) : (shift(node, lines, offset, points, firstLineColumns), node)
  if (chunks.length === 1) {
    const bom = leadingBom(text)
    if (!cache) yield* placed(parseSyntaxTree(text).children, text)
    else for (const node of parseChunk(text)) yield place(node, 0, bom, new Map(), bom)
    return
  }

  const links = linkDefinitions(text)
  const footnotes = footnoteLabels(text)
  // The last node of a chunk waits for the next chunk: a long list cut between two of its items continues there.
  let held: RootContent | undefined
  let line = 0
  let start = 0
  for (const end of chunks) {
    const chunk = text.slice(start, end)
    // References resolve against the whole document: give each chunk the definitions it may use, in
    // blocks of their own. The first chunk has them after it: front matter and a BOM count only at the
    // start of what is parsed, and the chunk ends at a safe boundary, where everything is closed. Every
    // other chunk has them before it: it starts at a safe boundary too, but its end may be the
    // document's, inside a fenced code or HTML block left open, which would take them in.
    const given = chunk.includes('[') ? [linkDefinitionsFor(chunk, links), footnoteStubs(chunk, footnotes)].filter((part) => part !== '').join('\n\n') : ''
    const before = start > 0 && given !== '' ? given + '\n\n' : ''
    const after = start === 0 && given !== '' ? '\n\n' + given : ''
    const points = new Map<number, Point>()
    const bom = before === '' ? leadingBom(chunk) : 0
    const lines = line - countLines(before)
    let first = true
    for (const parsed of handOver(parseChunk(before + chunk + after))) {
      const offset = parsed.position?.start.offset
      // Only the chunk's own nodes: not the definitions given before or after it.
      if (offset === undefined || offset < before.length || offset - before.length + bom >= chunk.length) continue
      const child = place(parsed, lines, start - before.length + bom, points, bom)
      if (first && inList.has(start) && held?.type === 'list' && child.type === 'list' && held.ordered === child.ordered) {
        // Its two halves are one list.
        held.children.push(...child.children)
        held.spread = held.spread === true || child.spread === true
        if (held.position && child.position) held.position = {start: held.position.start, end: child.position.end}
      } else {
        if (held) yield held
        held = child
      }
      first = false
    }
    line += countLines(chunk)
    start = end
  }
  if (held) yield held
}

/**
 * micromark skips a byte order mark at the start of what it parses and counts
 * its positions from the character after it. The engine has already taken the
 * document's own BOM off, so a U+FEFF still at the start is a character of the
 * source (a second BOM, `\uFEFF\uFEFF# …`): 1 when the text starts with one.
 */
function leadingBom(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0
}

/** A whole parse's children, placed in `text` (past a BOM the parser did not count). */
function* placed(children: Array<RootContent | undefined>, text: string): Generator<RootContent, void, undefined> {
  const bom = leadingBom(text)
  if (bom === 0) {
    yield* handOver(children)
    return
  }
  const points = new Map<number, Point>()
  for (const child of handOver(children)) {
    shift(child, 0, bom, points, bom)
    yield child
  }
}

/** A tree's children one by one, each let go by the list once it is given out. */
function* handOver(children: Array<RootContent | undefined>): Generator<RootContent, void, undefined> {
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    children[index] = undefined
    yield child
  }
}

/**
 * The offsets at which chunks end (the last is the text's length), and those
 * of them that cut a list between two of its items.
 *
 * A list is one block however long (a 100,000-item list took micromark 13 s and
 * 2 GB whole), so it may be cut where an item starts at the line's start right
 * after another item line with the same marker: nothing can be open there but
 * the list, and the parser's two lists are joined back into one.
 */
export function chunkBoundaries(text: string, chunkSize: number): {ends: number[]; inList: Set<number>} {
  const ends: number[] = []
  const inList = new Set<number>()
  let previousMarker: string | undefined
  let fence: {marker: string; length: number} | undefined
  let html: RegExp | undefined
  // The parser skips a BOM before front matter (see leadingBom).
  const head = text.slice(leadingBom(text), leadingBom(text) + 5)
  let frontMatter = head.startsWith('---\n') || head.startsWith('+++\n') || head.startsWith('---\r\n') || head.startsWith('+++\r\n')
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
      const marker = listMarker(line)
      // mdast-util-from-markdown walks a list's events once per item: a list costs the square of its
      // length, so lists are cut shorter than the rest.
      const betweenItems = !safe && marker !== undefined && marker === previousMarker && index - chunkStart >= Math.min(chunkSize, listChunkSize)
      if (safe || betweenItems) {
        ends.push(index)
        if (betweenItems) inList.add(index)
        chunkStart = index
      }
      const opening = /^ {0,3}(`{3,}|~{3,})/u.exec(line)
      if (opening) fence = {marker: opening[1]![0]!, length: opening[1]!.length}
      else html = htmlBlockEnd(line)
      if (html?.test(line.replace(/^ {0,3}<[^\s>]*/u, ''))) html = undefined
    }
    previousBlank = line.trim() === ''
    previousMarker = frontMatter || fence || html ? undefined : listMarker(line)
    first = false
    index = lineEnd
  }
  ends.push(text.length)
  return {ends, inList}
}

/** The marker of a list item that starts at the line's start: `-`, `*`, `+`, or an ordered list's `.` or `)`. */
function listMarker(line: string): string | undefined {
  const match = /^(?:([-*+])|\d{1,9}([.)]))[ \t]+\S/u.exec(line)
  if (!match) return undefined
  // `- - -` and `* * *` are thematic breaks, not items.
  if (/^([-*_])(?:[ \t]*\1){2,}[ \t]*$/u.test(line)) return undefined
  return match[1] ?? match[2]
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
 * What may stand before a definition on its line: block quote and list item markers (a definition
 * in a block quote or a list item defines its label for the whole document too), then indentation.
 */
const containerMarkers = String.raw`(?:[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])[ \t]))*`

/**
 * Link reference definitions, e.g. `[ГОСТ]: https://…` (not footnotes,
 * `[^1]: …`), also in a block quote or a list item, with the destination on
 * the label's line or the next one (as real documents write long URLs), each
 * in a paragraph of its own, without the markers before it: a definition
 * cannot interrupt a paragraph.
 */
const linkDefinition = new RegExp(String.raw`^${containerMarkers} {0,3}(\[(?!\^)([^\]\n]+)\]:[ \t]*(?:\S.*|\r?\n[ \t]*[^\s[].*))$`, 'gmu')

/** A document's link reference definitions: their texts in document order, and each label's indexes among them. */
export interface LinkDefinitions {
  readonly texts: readonly string[]
  readonly byIdentifier: ReadonlyMap<string, readonly number[]>
}

/** The link reference definitions of a document (see {@link linkDefinition}), by their labels' identifiers. */
export function linkDefinitions(text: string): LinkDefinitions {
  const texts: string[] = []
  const byIdentifier = new Map<string, number[]>()
  for (const match of text.matchAll(linkDefinition)) {
    const identifier = labelIdentifier(match[2]!)
    const indexes = byIdentifier.get(identifier)
    if (indexes) indexes.push(texts.length)
    else byIdentifier.set(identifier, [texts.length])
    texts.push(match[1]!.trim())
  }
  return {texts, byIdentifier}
}

/**
 * What may be a link label in a chunk: the text between a `[` and the next `]` with no unescaped
 * bracket between them, as in a reference (`[text][label]`, `[label][]`, `[label]`, an image's
 * `![alt][label]`). It takes more than the parser does (a bracket escaped before it, code spans):
 * a definition of the document given where it is not used changes nothing. A label lies in one
 * paragraph, heading or table cell, and every chunk boundary closes those, so it lies in one chunk.
 */
const bracketed = /\[((?:[^\\[\]]|\\[\s\S])+)\]/gu

/**
 * The definitions of the labels a chunk may reference, to be parsed beside it, one block each, in
 * document order: where a label is defined more than once all of them, so that the first still wins.
 * Not all of the document's: a long document with many definitions, cut into small chunks, would
 * parse every definition once for every chunk that has a bracket.
 */
export function linkDefinitionsFor(chunk: string, definitions: LinkDefinitions): string {
  if (definitions.texts.length === 0) return ''
  const given: number[] = []
  const seen = new Set<string>()
  for (const match of chunk.matchAll(bracketed)) {
    const identifier = labelIdentifier(match[1]!)
    if (seen.has(identifier)) continue
    seen.add(identifier)
    const indexes = definitions.byIdentifier.get(identifier)
    if (indexes) given.push(...indexes)
  }
  return given
    .sort((a, b) => a - b)
    .map((index) => definitions.texts[index]!)
    .join('\n\n')
}

/**
 * micromark's identifier of a link label (normalizeIdentifier): runs of whitespace one space, none at
 * either end, case-folded.
 */
function labelIdentifier(label: string): string {
  return label
    .replace(/[\t\n\r ]+/gu, ' ')
    .replace(/^ | $/gu, '')
    .toLowerCase()
    .toUpperCase()
}

/**
 * A footnote label as micromark reads it, in a reference (`[^1]`) or a definition (`[^1]: …`): up to
 * 999 characters, no space, tab, line ending or bracket, but `\[`, `\]` and `\\` escaped. The lone
 * backslash takes no escapable character after it, so a run of backslashes is read one way only (no
 * backtracking).
 */
const footnoteLabel = String.raw`\[\^((?:\\[[\\\]]|\\(?![[\\\]])|[^ \t\r\n[\]\\]){1,999})\]`
const footnoteReference = new RegExp(footnoteLabel, 'gu')
/**
 * A footnote definition's start: before it on its line, container markers and any indentation (one
 * deep in a list item is a definition; one in indented code matters only where its label is
 * referenced in prose and defined nowhere else).
 */
const footnoteDefinition = new RegExp(String.raw`^${containerMarkers}[ \t]*${footnoteLabel}:`, 'gmu')

/**
 * micromark's identifier of a footnote label: case-folded (normalizeIdentifier; a label has no
 * whitespace to collapse).
 */
function footnoteIdentifier(label: string): string {
  return label.toLowerCase().toUpperCase()
}

/**
 * The labels of the document's footnote definitions, `[^1]: …`, by identifier. micromark turns
 * `[^1]` into a footnote reference only when its parse has met a definition of `1` — in the whole
 * document, also one further down, in a block quote or in a list item, and also one that interrupts
 * a paragraph (unlike a link definition). Like linkDefinitions, it does not know fenced code: a
 * definition shown in a code block counts, which changes a parse only where the same label is
 * referenced in prose and defined nowhere else.
 */
function footnoteLabels(text: string): Map<string, string> {
  const labels = new Map<string, string>()
  // Most documents have no footnotes: one scan for the literal settles it.
  if (!text.includes('[^')) return labels
  for (const match of text.matchAll(footnoteDefinition)) {
    const label = match[1]!
    if (label.length <= 999) labels.set(footnoteIdentifier(label), label)
  }
  return labels
}

/**
 * Empty definitions (`[^1]:`) of the footnotes a chunk may reference, one a line, so that its parser
 * resolves them as the whole document's does: the definitions' content is the defining chunk's, and
 * only the labels the chunk names are given (a long document may have thousands of footnotes).
 */
function footnoteStubs(chunk: string, labels: ReadonlyMap<string, string>): string {
  if (labels.size === 0 || !chunk.includes('[^')) return ''
  const given = new Set<string>()
  for (const match of chunk.matchAll(footnoteReference)) {
    const label = labels.get(footnoteIdentifier(match[1]!))
    if (label !== undefined) given.add(label)
  }
  return [...given].map((label) => `[^${label}]:`).join('\n')
}

/**
 * Moves a chunk's node into the whole document, and makes it smaller while at
 * it, since a 10 MB document's tree is held whole: nodes that start or end at
 * the same place share one point (a paragraph and its first text node), and
 * child lists lose the spare room an array grown by pushing keeps.
 */
function shift(node: Node, lines: number, offset: number, points: Map<number, Point>, firstLineColumns = 0): void {
  if (node.position) {
    node.position = {
      start: shiftPoint(node.position.start, lines, offset, points, firstLineColumns),
      end: shiftPoint(node.position.end, lines, offset, points, firstLineColumns)
    }
  }
  if ('children' in node && Array.isArray(node.children)) {
    const children = (node.children as Node[]).slice()
    ;(node as Node & {children: Node[]}).children = children
    for (const child of children) shift(child, lines, offset, points, firstLineColumns)
  }
}

/** {@link shift} on a copy: the node and its descendants copied, the original left as it was (a cached chunk's). */
function shifted(node: Node, lines: number, offset: number, points: Map<number, Point>, firstLineColumns = 0): Node {
  const copy: Node & {children?: Node[]} = {...node}
  if (node.position) {
    copy.position = {
      start: shiftPoint(node.position.start, lines, offset, points, firstLineColumns),
      end: shiftPoint(node.position.end, lines, offset, points, firstLineColumns)
    }
  }
  if ('children' in node && Array.isArray(node.children)) {
    copy.children = (node.children as Node[]).map((child) => shifted(child, lines, offset, points, firstLineColumns))
  }
  return copy
}

/**
 * A point in the whole document; one object for each place (points are never
 * changed, only replaced). `firstLineColumns` moves the points of the parse's
 * first line right (past a BOM the parser did not count).
 */
function shiftPoint(point: Point, lines: number, offset: number, points: Map<number, Point>, firstLineColumns: number): Point {
  const moved = point.offset === undefined ? undefined : points.get(point.offset)
  if (moved) return moved
  const column = point.line === 1 ? point.column + firstLineColumns : point.column
  const fresh: Point = {line: point.line + lines, column, ...(point.offset === undefined ? {} : {offset: point.offset + offset})}
  if (point.offset !== undefined) points.set(point.offset, fresh)
  return fresh
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
