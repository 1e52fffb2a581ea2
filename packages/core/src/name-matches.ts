/**
 * Where a glossary's names occur in a block, kept by a language server for the
 * blocks an edit left unchanged: the matches of a block depend on its text and
 * the glossary alone. A kept match holds its places in the block (sentence,
 * parts, offsets in the text) and is given its sentence and source span in each
 * version the block appears in, wherever the block has moved.
 */
import type {BlockWork} from './block-cache.js'
import type {CompiledGlossary, NameRef} from './glossary/compile.js'
import type {Span} from './location.js'
import type {IndexedName, PhraseMatch} from './phrase-index.js'
import {spanOf, type ProseBlock, type Sentence, type WordPart} from './prose.js'

/** A glossary name's match in a block, by its places in the block. */
interface KeptMatch {
  readonly name: IndexedName<NameRef>
  /** The sentence's index in the block. */
  readonly sentence: number
  /** The index of the first matched part among the sentence's words' parts, and how many. */
  readonly firstPart: number
  readonly partCount: number
  readonly from: number
  readonly to: number
}

/** The name matches of a block for a compiled glossary: one work for each glossary, whose names they are. */
export function nameMatchWork(glossary: CompiledGlossary): BlockWork<readonly KeptMatch[]> {
  let work = works.get(glossary)
  if (!work) works.set(glossary, (work = {name: 'glossary name matches', make: (block) => keptMatches(block, glossary)}))
  return work
}

const works = new WeakMap<CompiledGlossary, BlockWork<readonly KeptMatch[]>>()

function keptMatches(block: ProseBlock, glossary: CompiledGlossary): readonly KeptMatch[] {
  const kept: KeptMatch[] = []
  for (let index = 0; index < block.sentences.length; index++) {
    const sentence = block.sentences[index]!
    const matches = glossary.names.match(sentence)
    if (matches.length === 0) continue
    const starts = partStarts(sentence)
    for (const match of matches) {
      kept.push({name: match.name, sentence: index, firstPart: starts.indexOf(match.parts[0]!.from), partCount: match.parts.length, from: match.from, to: match.to})
    }
  }
  return kept
}

/** Where each part of a sentence's words starts in the block's text, in order. */
function partStarts(sentence: Sentence): number[] {
  const starts: number[] = []
  for (const word of sentence.words) for (const part of word.parts) starts.push(part.from)
  return starts
}

/** A block's kept matches as the matches of this version's block. */
export function matchesOf(block: ProseBlock, kept: readonly KeptMatch[]): Array<PhraseMatch<NameRef>> {
  return kept.map((match) => new PlacedMatch(block.sentences[match.sentence]!, match))
}

/** A kept match in this version: its span is the block's, its parts are made when asked for (rarely: a fix's wording). */
class PlacedMatch implements PhraseMatch<NameRef> {
  readonly name: IndexedName<NameRef>
  readonly sentence: Sentence
  readonly from: number
  readonly to: number
  readonly span: Span
  private readonly firstPart: number
  private readonly partCount: number
  private partsMade: readonly WordPart[] | undefined

  constructor(sentence: Sentence, kept: KeptMatch) {
    this.name = kept.name
    this.sentence = sentence
    this.from = kept.from
    this.to = kept.to
    this.span = spanOf(sentence.block, kept.from, kept.to)
    this.firstPart = kept.firstPart
    this.partCount = kept.partCount
  }

  get parts(): readonly WordPart[] {
    this.partsMade ??= this.sentence.words.flatMap((word) => word.parts).slice(this.firstPart, this.firstPart + this.partCount)
    return this.partsMade
  }
}
