/**
 * `@reqlint/core/mdx`: importing it lets `lint(…, {mdx: true})` and
 * `parseMarkdown(…, {mdx: true})` parse MDX (JSX, expressions, ESM). It is a
 * separate entry so that linting Markdown never loads the MDX parser.
 */
import remarkMdx from 'remark-mdx'
import {unified} from 'unified'
import {useMdxSyntax, type SyntaxExtension} from './markdown.js'

// The extensions remark-mdx gives a processor, with the options it chooses (remark-parse's
// `micromarkExtensions` and `fromMarkdownExtensions`, which unified's types do not name).
const data = unified().use(remarkMdx).freeze().data() as Partial<SyntaxExtension>
useMdxSyntax({micromarkExtensions: data.micromarkExtensions ?? [], fromMarkdownExtensions: data.fromMarkdownExtensions ?? []})
