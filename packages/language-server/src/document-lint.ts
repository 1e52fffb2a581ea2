/**
 * One open document linted by the core engine, as the CLI lints a file: the
 * same parse, prose model, rules and control comments, with the settings of
 * its folder. What the editor adds is three caches: successive versions of a
 * document share their unchanged chunks and block texts, so an edit re-parses
 * only the chunks it touched, re-tokenises only the blocks it changed, and the
 * rules redo their per-block work (abbreviations a block holds, its glossary
 * names, its words read for term variants) only for those blocks. The prose
 * model and the rules' decisions over the whole document are made anew on
 * every version.
 */
import {BlockCache, checkTree, ChunkCache, detectLanguage, DocumentError, parseMarkdown, RuleSettingError, TokenCache, type Glossary, type Locale, type RuleFinding} from '@reqlint/core/lint'
import type {FileSettings} from 'reqlint/settings'

/** The findings of one version of a document, with offsets in the editor's text (a byte order mark counted). */
export interface LintResult {
  readonly version: number
  /** The editor's text the offsets refer to. */
  readonly text: string
  readonly findings: readonly RuleFinding[]
  /** The locale the findings are written in: the reader's choice, else the document's language. */
  readonly locale: Locale
  /** A document reqlint refuses (nested too deeply) or settings it cannot use: one problem at its line. */
  readonly problem?: {readonly line: number; readonly column: number; readonly reason: string}
}

/**
 * Chunks this size or larger are parsed apart and cached: an edit re-parses
 * about a kilobyte or two (chunks end only at safe block boundaries, so most are
 * somewhat larger). Of 1, 2 and 4 KB, 1 KB was the fastest per edit on the
 * benchmark's 20 KB and 200 KB documents. The parse is the same as a
 * whole-document parse, node for node (core's markdown.ts tests it at 300 bytes).
 */
export const editorChunkSize = 1024

/** Lints one document's versions, keeping its parsed chunks from one version to the next. */
export class DocumentLinter {
  private readonly chunks = new ChunkCache()
  private readonly tokens = new TokenCache()
  private readonly blocks = new BlockCache()

  /** `locale`: the reader's choice (the editor's `reqlint.locale`); by default the document's language. */
  lint(text: string, version: number, settings: FileSettings, glossary: Glossary, mdx: boolean, locale?: Locale): LintResult {
    // The engine counts offsets without a byte order mark, as the parser does; the editor counts it.
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0
    const source = bom ? text.slice(1) : text
    const language = settings.language === undefined || settings.language === 'auto' ? detectLanguage(source) : settings.language
    const shown = locale ?? language
    try {
      const tree = parseMarkdown(source, mdx ? {mdx: true} : {chunkSize: editorChunkSize, cache: this.chunks})
      // The language found above, passed on: the engine would scan the whole text for it again.
      const options = {glossary, rules: settings.rules, tokenCache: this.tokens, blockCache: this.blocks, language}
      const findings = checkTree(tree, source, options)
      return {version, text, locale: shown, findings: bom ? findings.map((stamped) => shifted(stamped, bom)) : findings}
    } catch (error) {
      if (error instanceof DocumentError) return {version, text, locale: shown, findings: [], problem: {line: error.line, column: error.column, reason: error.reason}}
      if (error instanceof RuleSettingError) return {version, text, locale: shown, findings: [], problem: {line: 1, column: 1, reason: error.message}}
      throw error
    }
  }
}

function shifted(stamped: RuleFinding, by: number): RuleFinding {
  const move = <T extends {readonly span: {readonly start: number; readonly end: number}}>(item: T): T => ({...item, span: {start: item.span.start + by, end: item.span.end + by}})
  const {finding} = stamped
  return {
    ...stamped,
    finding: {
      ...move(finding),
      ...(finding.fix ? {fix: move(finding.fix)} : {}),
      ...(finding.related ? {related: move(finding.related)} : {})
    }
  }
}
