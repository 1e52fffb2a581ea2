/**
 * Two names for one concept, found in the document itself, with or without a
 * glossary: the five detectors read the document twice (the first pass finds
 * what to look for, the second counts it), then each group is settled:
 * - a glossary entry wins: a group with a name the glossary knows is left to
 *   the glossary's own check;
 * - a glossary's `distinct` lists silence a pair for good;
 * - a document that tells two names apart in one sentence («черновик становится
 *   документом после подписания») has two concepts;
 * - the dominant name is the one the terms section defines, else the most used.
 */
import type {Analysis} from '../analysis.js'
import {CompoundVariants} from './compound.js'
import {LexiconVariants} from './lexicon.js'
import {LookAlikeVariants} from './look-alike.js'
import {isCitedTitle} from '../link-texts.js'
import {mentionSpan, type Mention, type VariantGroup, type VariantKind, type VariantName} from './model.js'
import {readBlocks, tokensOf} from './reading.js'
import {SpellingVariants} from './spelling.js'
import {DocumentTies} from './ties.js'
import {TransliterationVariants} from './transliteration.js'
import {VowelVariants} from './vowels.js'
import {variantWords, type VariantWords} from './words.js'
import type {Localized} from '../message.js'

export type {Mention, VariantGroup, VariantKind, VariantName} from './model.js'
export {mentionSpan, mentionText} from './model.js'

/** A group settled: its dominant name first, then the others, most used first. */
export interface SettledGroup {
  readonly kind: VariantKind
  readonly dominant: VariantName
  readonly others: readonly VariantName[]
  readonly reason?: Localized
}

/** Detectors in the order their findings win where two report one place. */
const order: readonly VariantKind[] = ['spelling', 'look-alike', 'transliteration', 'document', 'compound', 'lexicon']

/** Words with which a sentence tells two names apart. */
const distinguishing = /(?:^|[^\p{L}])(?:станов\p{L}*|превращ\p{L}*|переход\p{L}* в|отлича\p{L}*|в отличие от|не путать|becomes?|turns? into|differs?|unlike|as opposed to|not to be confused)(?![\p{L}])/iu

const cache = new WeakMap<Analysis, readonly SettledGroup[]>()

/** The document's term-variant groups, settled, in the order of their detectors. */
export function termVariants(analysis: Analysis): readonly SettledGroup[] {
  const cached = cache.get(analysis)
  if (cached) return cached
  const words = variantWords(analysis.language)
  const spelling = new SpellingVariants()
  const vowels = new VowelVariants()
  const lookAlike = new LookAlikeVariants()
  const compound = new CompoundVariants(words, spelling)
  const transliteration = new TransliterationVariants(analysis.language)
  const ties = new DocumentTies(words)
  const lexicon = new LexiconVariants(words)
  const source = analysis.document.source
  // The tokens are read once and kept for the second pass: reading them again cost more than holding them.
  const all = [...readBlocks(analysis, words)]
  // Headings are read for look-alike spellings alone (reading.ts).
  const blocks = all.filter((read) => !read.heading)
  for (const read of all) lookAlike.first(read)
  for (const read of blocks) {
    spelling.first(read)
    vowels.first(read)
    compound.first(read)
    transliteration.first(read)
    ties.first(read, source)
    lexicon.first(read)
  }
  ties.endFirst()
  compound.endFirst()
  spelling.endFirst()
  vowels.endFirst()
  for (const read of all) lookAlike.second(read)
  for (const read of blocks) {
    spelling.second(read)
    vowels.second(read)
    compound.second(read)
    transliteration.second(read)
    ties.second(read)
  }
  const found = [...spelling.found(), ...vowels.found(), ...lookAlike.found(), ...transliteration.found(), ...ties.found(), ...compound.found(), ...lexicon.found()]
  const settled = settle(analysis, words, found.map((group) => withoutGlosses(group, ties.glosses)))
  cache.set(analysis, settled)
  return settled
}

/** A name glossed in brackets («договора (контракта)») is the document's own tie there: counted, never reported. */
function withoutGlosses(group: VariantGroup, glosses: DocumentTies['glosses']): VariantGroup {
  if (glosses.length === 0) return group
  const byBlock = new Map<Mention['block'], Array<{from: number; to: number}>>()
  for (const gloss of glosses) byBlock.set(gloss.block, [...(byBlock.get(gloss.block) ?? []), gloss])
  const glossed = (mention: Mention) => byBlock.get(mention.block)?.some((gloss) => mention.from < gloss.to && gloss.from < mention.to) ?? false
  return {
    ...group,
    names: group.names.map((name) => ({...name, mentions: name.mentions.map((mention) => (!mention.defining && glossed(mention) ? {...mention, defining: true} : mention))}))
  }
}

function settle(analysis: Analysis, words: VariantWords, groups: readonly VariantGroup[]): SettledGroup[] {
  // An abbreviation the glossary knows names only itself: «JSON Pointer» is not the glossary's «JSON».
  const glossary = analysis.nameMatches.filter((match) => match.name.value.role !== 'abbreviation').map((match) => match.span)
  const abbreviations = analysis.nameMatches.filter((match) => match.name.value.role === 'abbreviation').map((match) => match.span)
  const distinct = distinctKeys(analysis, words)
  const result: SettledGroup[] = []
  for (const group of [...groups].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))) {
    // «[OWASP Testing Guide: Test Cross Origin Resource Sharing][9]», «* 📖 [… Javascript](https://…)»: the title of
    // another work, spelt as its authors spell it, is not this document's name for the concept; it neither counts
    // nor is reported.
    const names = group.names.map((name) => ({...name, mentions: name.mentions.filter((mention) => !citedTitle(analysis, mention))})).filter((name) => name.mentions.length > 0)
    if (names.length < 2) continue
    if (names.some((name) => name.mentions.some((mention) => inGlossaryName(glossary, mention.block.places.offset(mention.from)) || isAbbreviation(abbreviations, mention)))) continue
    if (isDistinct(distinct, words, names)) continue
    if (toldApart(names)) continue
    const ranked = rank(analysis, names, group.preferred)
    result.push({kind: group.kind, dominant: ranked[0]!, others: ranked.slice(1), ...(group.reason === undefined ? {} : {reason: group.reason})})
  }
  return result
}

/** Whether a mention stands in the title of a work a link cites (`link-texts.ts`). */
function citedTitle(analysis: Analysis, mention: Mention): boolean {
  const span = mentionSpan(mention)
  return isCitedTitle(analysis.document.source, span.start, span.end)
}

/** Whether a source offset stands in a glossary name's match (matches are in document order, not overlapping). */
function inGlossaryName(spans: ReadonlyArray<{readonly start: number; readonly end: number}>, offset: number): boolean {
  return containing(spans, offset) !== undefined
}

/** The match a source offset stands in, found by halving. */
function containing<S extends {readonly start: number; readonly end: number}>(spans: readonly S[], offset: number): S | undefined {
  let low = 0
  let high = spans.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const span = spans[middle]!
    if (offset < span.start) high = middle - 1
    else if (offset >= span.end) low = middle + 1
    else return span
  }
  return undefined
}

/** Whether a mention is a glossary abbreviation and nothing more. */
function isAbbreviation(spans: ReadonlyArray<{readonly start: number; readonly end: number}>, mention: Mention): boolean {
  if (spans.length === 0) return false
  const span = containing(spans, mention.block.places.offset(mention.from))
  return span !== undefined && mention.block.places.offset(mention.to - 1) < span.end
}

/** The name the document says to use first, then the terms section's, then the most used, then the first used. */
function rank(analysis: Analysis, names: readonly VariantName[], preferred: string | undefined): VariantName[] {
  const defined = (name: VariantName) => (preferred !== undefined && name.id === preferred) || name.mentions.some((mention) => analysis.termsSection.has(mention.block))
  const first = (name: VariantName) => Math.min(...name.mentions.map((mention) => mention.block.places.offset(mention.from)))
  return [...names].sort((a, b) => Number(defined(b)) - Number(defined(a)) || b.mentions.length - a.mentions.length || first(a) - first(b))
}

/** The glossary's `distinct` lists as keys of their names. */
function distinctKeys(analysis: Analysis, words: VariantWords): ReadonlyArray<ReadonlySet<string>> {
  return (analysis.glossary.glossary.distinct ?? []).map((list) => new Set(list.map((named) => nameKey(named.value, words))))
}

/** A name as compared with a glossary's: its words' keys, separators dropped («пин-код» is «пинкод» too). */
function nameKey(text: string, words: VariantWords): string {
  return tokensOf(text, words)
    .map((token) => token.info.key)
    .join('')
}

function isDistinct(distinct: ReadonlyArray<ReadonlySet<string>>, words: VariantWords, names: readonly VariantName[]): boolean {
  if (distinct.length === 0) return false
  const keys = names.map((name) => nameKey(name.label, words))
  return distinct.some((set) => keys.filter((key) => set.has(key)).length >= 2)
}

/** Whether one block has two of the names and a word that tells them apart. */
function toldApart(names: readonly VariantName[]): boolean {
  const blocks = new Map<Mention['block'], Set<VariantName>>()
  for (const name of names) {
    for (const mention of name.mentions) {
      const set = blocks.get(mention.block) ?? new Set()
      set.add(name)
      blocks.set(mention.block, set)
    }
  }
  for (const [block, set] of blocks) if (set.size >= 2 && distinguishing.test(block.text)) return true
  return false
}
