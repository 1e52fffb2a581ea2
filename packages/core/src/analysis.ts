/**
 * What the rules of one document share, computed once and on demand: the prose,
 * the terms section, where glossary names occur.
 */
import type {BlockCache, BlockWork} from './block-cache.js'
import type {CompiledGlossary, NameRef} from './glossary/compile.js'
import type {Span} from './location.js'
import {matchesOf, nameMatchWork} from './name-matches.js'
import type {PhraseMatch} from './phrase-index.js'
import type {ProseBlock, ProseDocument, ProseLanguage, Sentence} from './prose.js'
import {RequirementsModel, type RequirementSignals, type SectionScopes} from './requirements.js'
import {termsSectionBlocks} from './sections.js'

export class Analysis {
  readonly document: ProseDocument
  readonly glossary: CompiledGlossary
  /** The language most of the document's prose is in. */
  readonly language: ProseLanguage
  private termsSectionCache: ReadonlySet<ProseBlock> | undefined
  private nameMatchesCache: ReadonlyArray<PhraseMatch<NameRef>> | undefined
  private requirementsCache: RequirementsModel | undefined
  private readonly scopes: SectionScopes | undefined
  private readonly signals: RequirementSignals | undefined
  private readonly blockCache: BlockCache | undefined

  /** `blockCache`: per-block values of an earlier version of the same document (a language server's), to reuse. */
  constructor(document: ProseDocument, glossary: CompiledGlossary, language: ProseLanguage, scopes?: SectionScopes, signals?: RequirementSignals, blockCache?: BlockCache) {
    this.document = document
    this.glossary = glossary
    this.language = language
    this.scopes = scopes
    this.signals = signals
    this.blockCache = blockCache
  }

  /** What `work` makes of a block: kept from an earlier version of the document when there is a cache, else made now. */
  perBlock<Value>(work: BlockWork<Value>, block: ProseBlock): Value {
    return this.blockCache ? this.blockCache.get(work, block, this.language) : work.make(block, this.language, false)
  }

  /** Which text states a requirement: by section, heading, negation, identifiers, user stories. */
  get requirements(): RequirementsModel {
    this.requirementsCache ??= new RequirementsModel(this.document, this.scopes, this.signals)
    return this.requirementsCache
  }

  /** Every sentence of the document, in order. */
  *sentences(): Generator<Sentence> {
    for (const block of this.document.blocks) yield* block.sentences
  }

  /** Blocks under a «Термины и сокращения» / "Glossary" heading. */
  get termsSection(): ReadonlySet<ProseBlock> {
    this.termsSectionCache ??= termsSectionBlocks(this.document)
    return this.termsSectionCache
  }

  /** Occurrences of glossary names (terms, synonyms, avoided names, abbreviations), in document order. */
  get nameMatches(): ReadonlyArray<PhraseMatch<NameRef>> {
    if (!this.nameMatchesCache) {
      const matches: Array<PhraseMatch<NameRef>> = []
      if (this.blockCache) {
        // Kept for the blocks an edit left unchanged, and placed in this version's blocks.
        const work = nameMatchWork(this.glossary)
        for (const block of this.document.blocks) if (block.sentences.length > 0) matches.push(...matchesOf(block, this.perBlock(work, block)))
      } else for (const sentence of this.sentences()) matches.push(...this.glossary.names.match(sentence))
      this.nameMatchesCache = matches
    }
    return this.nameMatchesCache
  }

  text(span: Span): string {
    return this.document.source.slice(span.start, span.end)
  }
}
