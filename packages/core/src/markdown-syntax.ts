/**
 * The syntax reqlint parses — CommonMark, GFM, YAML and TOML front matter,
 * and MDX once `@reqlint/core/mdx` is loaded — configured once per process.
 *
 * The trees are those of `unified().use(remarkParse).use(remarkGfm)
 * .use(remarkFrontmatter, ['yaml', 'toml'])` (a test compares them), but the
 * parse goes straight to mdast-util-from-markdown: no unified processor and no
 * VFile for each parse, the micromark extensions combined once, and GFM's
 * literal autolinks looked for only where one can be (literal-autolinks.ts).
 * Two small patches (`patches/`, applied by pnpm) keep what the packages would
 * rebuild for every parse: mdast-util-from-markdown keeps its compiler for
 * each options object and hands its handlers one context for the whole parse
 * instead of a copy for every event, and micromark keeps its default
 * constructs combined with each list of extensions. On a folder of 5 KB files
 * that was about 40 % of the parse (docs/benchmark.md); the trees are the same.
 * A third, of micromark-util-subtokenize, cuts the garbage of a parse by a
 * fifth: its jumps in a Map instead of objects with integer keys (which V8
 * backs with arrays as long as the largest key), and its splices on the event
 * list itself instead of copies of it.
 */
import type {Root} from 'mdast'
import type {Extension as FromMarkdownExtension} from 'mdast-util-from-markdown'
import {
  combineExtensions,
  frontmatter,
  frontmatterFromMarkdown,
  fromMarkdown,
  gfm,
  gfmAutolinkLiteralFromMarkdown,
  gfmFootnoteFromMarkdown,
  gfmStrikethroughFromMarkdown,
  gfmTableFromMarkdown,
  gfmTaskListItemFromMarkdown
} from './vendor/parsers.js'
import type {Extension as MicromarkExtension} from 'micromark-util-types'
import {onlyWhereLiteralsMayBe} from './literal-autolinks.js'

/** What a syntax adds to the parser: micromark's tokenizer extensions and mdast-util-from-markdown's. */
export interface SyntaxExtension {
  readonly micromarkExtensions: readonly MicromarkExtension[]
  readonly fromMarkdownExtensions: ReadonlyArray<FromMarkdownExtension | FromMarkdownExtension[]>
}

const matters = ['yaml', 'toml'] as const

/** GFM as mdast-util-gfm's `gfmFromMarkdown()` lists it, with the literal autolinks' transform narrowed. */
function gfmFromMarkdown(): FromMarkdownExtension[] {
  const autolinks = gfmAutolinkLiteralFromMarkdown()
  return [
    {...autolinks, transforms: (autolinks.transforms ?? []).map(onlyWhereLiteralsMayBe)},
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown()
  ]
}

/** The options of mdast-util-from-markdown for a syntax, built once. */
function parserOptions(first: SyntaxExtension | undefined): Parameters<typeof fromMarkdown>[1] {
  return {
    // remark's order: the syntax given first (MDX), then GFM, then front matter.
    extensions: [combineExtensions([...(first?.micromarkExtensions ?? []), gfm(), frontmatter([...matters])])],
    mdastExtensions: [...(first?.fromMarkdownExtensions ?? []), gfmFromMarkdown(), frontmatterFromMarkdown([...matters])]
  }
}

const markdown = parserOptions(undefined)
let mdxSyntax: SyntaxExtension | undefined
let mdx: ReturnType<typeof parserOptions> | undefined

/**
 * Gives the parser MDX syntax; `@reqlint/core/mdx` calls it with remark-mdx's
 * extensions. MDX stays out of the main entry because its parser (acorn and
 * the estree utilities, 52 modules) would be a tenth of every short run's start-up.
 */
export function useMdxSyntax(syntax: SyntaxExtension): void {
  mdxSyntax = syntax
  mdx = undefined
}

/** Parses a whole text (a document or a chunk of one) into an mdast tree. */
export function parseSyntaxTree(text: string, options: {readonly mdx?: boolean} = {}): Root {
  if (!options.mdx) return fromMarkdown(text, markdown)
  if (!mdxSyntax) throw new Error('MDX support is not loaded: import `@reqlint/core/mdx` before linting MDX')
  mdx ??= parserOptions(mdxSyntax)
  return fromMarkdown(text, mdx)
}
