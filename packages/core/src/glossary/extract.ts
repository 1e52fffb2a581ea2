/**
 * Proposing glossary entries from a document, for a person to review (the
 * `reqlint glossary extract` command writes them out):
 * - abbreviations where the document defines them, as undefined-abbreviation
 *   reads definitions ({@link findDefinitions}): inline «электронный
 *   документооборот (ЭДО)», «… (далее — ЭДО)», «SLA (Service Level Agreement)»,
 *   a definition line «ЭДО — электронный документооборот», a row of the terms
 *   table;
 * - in the terms section, as the rules find it ({@link termsSectionBlocks}):
 *   every other table row and list item or paragraph «name — definition»;
 * - the names the document gives one concept ({@link proposeVariants}): its
 *   dominant name as the term, the others as synonyms or names to avoid.
 *
 * So the command proposes exactly the definitions the rule accepts. A proposal
 * is a suggestion; the terms come out as written, often inflected.
 */
import {abbreviationUses, ordinaryWords, type AbbreviationUse} from '../abbreviations.js'
import {Analysis} from '../analysis.js'
import {findDefinitions} from '../definitions.js'
import {detectLanguage, readDocument} from '../engine.js'
import type {ProseBlock, ProseLanguage} from '../prose.js'
import {termVariants, mentionSpan, type VariantKind} from '../variants/index.js'
import {compileGlossary} from './compile.js'
import {emptyGlossary} from './model.js'
import {lineIndex} from '../location.js'

export interface Proposal {
  /** Absent for a term defined in a terms section without an abbreviation. */
  readonly abbreviation?: string
  /** The expansion or the term, as written. */
  readonly term: string
  readonly definition?: string
  /** The line where it was found (1-based). */
  readonly line: number
}

/** The separator of «name — definition». */
const separator = /\s+[—–-]\s+|:\s+/u

/** Proposed entries from one document's abbreviation definitions and terms section. */
export function findProposals(text: string, mdx: boolean, language: ProseLanguage = detectLanguage(text)): Proposal[] {
  const {prose} = readDocument(text, language, {mdx})
  const analysis = new Analysis(prose, compileGlossary({...emptyGlossary, language}), language)
  const ordinary = ordinaryWords(prose)
  const uses = new Map<ProseBlock, AbbreviationUse[]>()
  for (const block of prose.blocks) uses.set(block, abbreviationUses(block, ordinary, language))
  const lineOf = lineIndex(text)
  const readable = (block: ProseBlock): string => readableText(block, text)
  const blockOf = new Map<number, ProseBlock>()
  for (const block of prose.blocks) for (const use of uses.get(block)!) blockOf.set(use.span.start, block)

  const proposals: Proposal[] = []
  const defined = new Set<ProseBlock>()
  for (const definition of findDefinitions(analysis, uses)) {
    const block = blockOf.get(definition.span.start)!
    const line = lineOf(definition.span.start)
    if (definition.kind === 'inline') {
      if (definition.expansion !== undefined) proposals.push({abbreviation: definition.abbreviation, term: clean(definition.expansion), line})
      continue
    }
    if (block.container.type === 'tableRow') {
      // A row of the terms table: «ЭДО | …», «Личный кабинет (ЛК) | …».
      const explanation = nextCell(prose.blocks, block, readable)
      const found = explanation === undefined ? [] : named(readable(block), explanation, line)
      if (found.length > 0) defined.add(block)
      proposals.push(...found)
      continue
    }
    // A definition line: the explanation is what follows the abbreviation.
    const explanation = explanationAfter(readable(block), definition.abbreviation)
    if (explanation === undefined) continue
    const term = firstClause(definition.expansion ?? explanation)
    // «IT-сервис — единица учёта»: not IT's expansion; the terms section may still define the whole name.
    if (!looksLikeWords(term)) continue
    defined.add(block)
    proposals.push({abbreviation: definition.abbreviation, term, ...(term === stripEnd(explanation) ? {} : {definition: explanation}), line})
  }

  // The terms the terms section defines without an abbreviation.
  for (const block of analysis.termsSection) {
    if (defined.has(block) || block.kind === 'heading') continue
    if (block.container.type === 'tableRow') {
      if (block.container.column !== 0 || block.container.row === 0) continue
      const explanation = nextCell(prose.blocks, block, readable)
      if (explanation !== undefined) proposals.push(...named(readable(block), explanation, lineOf(block.span.start)))
      continue
    }
    if (block.container.type === 'listItem' && !block.container.first) continue
    const content = readable(block)
    const match = separator.exec(content)
    if (!match || match.index === 0) continue
    const name = content.slice(0, match.index).trim()
    const rest = content.slice(match.index + match[0].length).trim()
    if (rest === '' || name.split(' ').length > 8) continue
    proposals.push(...named(name, rest, lineOf(block.span.start)))
  }
  return proposals.sort((a, b) => a.line - b.line)
}

/** A terms-section entry: «ЭДО» / «электронный документооборот (ЭДО)» / «лид», with what explains it. */
function named(head: string, explanation: string, line: number): Proposal[] {
  const name = head.replace(/[*_`]/gu, '').trim()
  const bracket = /^(.+?)\s*\(([^()]+)\)$/u.exec(name)
  if (bracket) {
    const [outer, inner] = [bracket[1]!.trim(), bracket[2]!.trim()]
    if (isAbbreviation(inner) && !isAbbreviation(outer)) return [{abbreviation: inner, term: outer, definition: explanation, line}]
    if (isAbbreviation(outer) && !isAbbreviation(inner)) return [{abbreviation: outer, term: inner, definition: explanation, line}]
  }
  if (isAbbreviation(name)) {
    const expansion = firstClause(explanation)
    if (!looksLikeWords(expansion)) return []
    return [{abbreviation: name, term: expansion, ...(expansion === stripEnd(explanation) ? {} : {definition: explanation}), line}]
  }
  if (!/\p{L}/u.test(name)) return []
  return [{term: name, definition: explanation, line}]
}

/** The text after «ABBR —», «ABBR (…) —», «ABBR:» in a definition line. */
function explanationAfter(text: string, abbreviation: string): string | undefined {
  const content = clean(text)
  const at = content.indexOf(abbreviation)
  if (at < 0) return undefined
  const rest = content
    .slice(at + abbreviation.length)
    .replace(/^\]?\{[^{}]*\}/u, '')
    .replace(/^\s*\([^)]*\)/u, '')
  const match = /^\s*(?:[—–:]|-\s|=)\s*/u.exec(rest)
  if (!match) return undefined
  const explanation = rest.slice(match[0].length).trim()
  return explanation === '' ? undefined : explanation
}

/** The text of the cell after `block` in its table row, if it has any. */
function nextCell(blocks: readonly ProseBlock[], block: ProseBlock, readable: (block: ProseBlock) => string): string | undefined {
  if (block.container.type !== 'tableRow') return undefined
  const {row, column} = block.container
  const index = blocks.indexOf(block)
  for (let next = index + 1; next < blocks.length; next++) {
    const container = blocks[next]!.container
    if (container.type !== 'tableRow' || container.row !== row) return undefined
    if (container.column === column + 1) {
      const text = readable(blocks[next]!)
      return text === '' ? undefined : text
    }
  }
  return undefined
}

/**
 * A block's text as a proposal quotes it, spaces collapsed: code spans as their
 * code (`ЭДО` may be set in code), other inline content the prose model leaves
 * out (HTML, MDX) dropped.
 */
function readableText(block: ProseBlock, source: string): string {
  const text = block.text.replace(/\uFFFC/gu, (_, index: number) => {
    const written = source.slice(block.places.offset(index), block.places.offset(index + 1)).trim()
    return /^`+[^`]/u.test(written) ? written.replace(/^`+\s?|\s?`+$/gu, '') : ' '
  })
  return clean(text)
}

function clean(text: string): string {
  return text.replace(/\uFFFC/gu, ' ').replace(/\s+/gu, ' ').trim()
}


/** Two or more words (or one long one), in lower case at least in part, and not a list of abbreviations. */
function looksLikeWords(text: string): boolean {
  const words = text.split(/[\s\-–—/]+/u).filter((word) => /\p{L}/u.test(word))
  if (words.length === 0 || words.length > 12 || !words.some((word) => /\p{Ll}{2,}/u.test(word))) return false
  if (words.length === 1 && words[0]!.length < 6) return false
  return !words.every(isAbbreviation)
}

/** «ЭДО», «API», «SaaS»: two or more capitals, no run of three lower-case letters, one script, not a Roman numeral. */
function isAbbreviation(word: string): boolean {
  if (word.length < 2 || word.length > 12 || !/^\p{Lu}[\p{L}\d&]*$/u.test(word)) return false
  if ((word.match(/\p{Lu}/gu)?.length ?? 0) < 2 || /\p{Ll}{3,}/u.test(word)) return false
  if (/^[IVXLCDM]+$/u.test(word)) return false
  return !(/\p{Script=Cyrillic}/u.test(word) && /\p{Script=Latin}/u.test(word))
}

/** The expansion in a longer explanation: up to the first full stop, semicolon, bracket or comma. */
function firstClause(text: string): string {
  return stripEnd(text.split(/[.;(,]\s|[.;(]$|\s\(/u)[0]!)
}

function stripEnd(text: string): string {
  return text.trim().replace(/[.;:,]+$/u, '').trim()
}

/** A group of names the document gives one concept, proposed as one glossary entry. */
export interface VariantProposal {
  /** The dominant name: the proposed term. */
  readonly term: string
  readonly count: number
  /** The other names with their counts: synonyms the document ties or may mean the same by, names to avoid when misspelt. */
  readonly others: ReadonlyArray<{readonly name: string; readonly count: number}>
  /** Spelling and transliteration variants are to avoid; the rest are synonyms to confirm. */
  readonly role: 'synonyms' | 'avoid'
  readonly kind: VariantKind
  /** The line of the dominant name's first use. */
  readonly line: number
}

/**
 * The names one document gives one concept (inconsistent-term's term
 * variants, read with no glossary), each group as a proposed entry.
 */
export function proposeVariants(text: string, language: ProseLanguage, mdx: boolean): VariantProposal[] {
  const model = readDocument(text, language, {mdx})
  const analysis = new Analysis(model.prose, compileGlossary({...emptyGlossary, language}), language)
  // A look-alike letter is a slip to fix where it stands (the finding's fix), not a name for the glossary.
  return termVariants(analysis).filter((group) => group.kind !== 'look-alike').map((group) => {
    const first = Math.min(...group.dominant.mentions.map((mention) => mentionSpan(mention).start))
    return {
      term: group.dominant.label,
      count: group.dominant.mentions.length,
      others: group.others.map((name) => ({name: name.label, count: name.mentions.length})),
      role: group.kind === 'spelling' || group.kind === 'transliteration' ? 'avoid' : 'synonyms',
      kind: group.kind,
      line: text.slice(0, first).split('\n').length
    }
  })
}
