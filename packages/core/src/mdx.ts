/**
 * `@reqlint/core/mdx`: importing it lets `lint(…, {mdx: true})` and
 * `parseMarkdown(…, {mdx: true})` parse MDX (JSX, expressions, ESM). It is a
 * separate entry so that linting Markdown never loads the MDX parser.
 */
import remarkMdx from 'remark-mdx'
import type {Plugin} from 'unified'
import {useMdxSyntax} from './markdown.js'

useMdxSyntax(remarkMdx as Plugin)
