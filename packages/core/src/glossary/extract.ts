/**
 * Proposing glossary entries from a document, for a person to review (the
 * `reqlint glossary extract` command writes them out):
 * - abbreviations with the expansion a document gives them: inline
 *   «электронный документооборот (ЭДО)», «… (далее — ЭДО)», «SLA (Service Level
 *   Agreement)», or a definition line «ЭДО — электронный документооборот»;
 * - in a terms section (the headings of data/terms-sections.yaml, as the rules
 *   read them): every table row and list item or paragraph «name — definition»;
 * - the names the document gives one concept ({@link proposeVariants}): its
 *   dominant name as the term, the others as synonyms or names to avoid.
 *
 * Terms sections and the words that open an expansion are the rules' own
 * (`sections.ts`, `definitions.ts`). A proposal is a suggestion; the terms come
 * out as written, often inflected.
 */
import {Analysis} from '../analysis.js'
import {expansionLead, hereinafterWords} from '../definitions.js'
import {readDocument} from '../engine.js'
import {parseMarkdown} from '../markdown.js'
import type {ProseLanguage} from '../prose.js'
import {isTermsHeading} from '../sections.js'
import {termVariants, mentionSpan, type VariantKind} from '../variants/index.js'
import {compileGlossary} from './compile.js'
import {emptyGlossary} from './model.js'

export interface Proposal {
  /** Absent for a term defined in a terms section without an abbreviation. */
  readonly abbreviation?: string
  /** The expansion or the term, as written. */
  readonly term: string
  readonly definition?: string
  /** The line where it was found (1-based). */
  readonly line: number
}

interface MdNode {
  readonly type: string
  readonly value?: string
  readonly depth?: number
  readonly children?: readonly MdNode[]
  readonly position?: {readonly start: {readonly line: number}}
}

/** The separator of «name — definition». */
const separator = /\s+[—–-]\s+|:\s+/u
/** «(далее — ЭДО)»: the words before the abbreviation, as definitions.ts reads them. */
const hereinafter = new RegExp(`^(?:${hereinafterWords})\\s*[—–\\-:]?\\s*`, 'iu')

/** Proposed entries from one document's abbreviation expansions and terms section. */
export function findProposals(text: string, mdx: boolean): Proposal[] {
  const tree = parseMarkdown(text, {mdx}) as unknown as MdNode
  const proposals: Proposal[] = []
  let sectionDepth = 0
  const visit = (node: MdNode): void => {
    const line = node.position?.start.line ?? 1
    const where = line
    switch (node.type) {
      case 'heading': {
        const depth = node.depth ?? 1
        if (sectionDepth > 0 && depth <= sectionDepth) sectionDepth = 0
        if (sectionDepth === 0 && isTermsHeading(plainText(node).trim())) sectionDepth = depth
        return
      }
      case 'paragraph': {
        const content = plainText(node)
        proposals.push(...definitionLine(content, sectionDepth > 0, where), ...inline(content, where))
        return
      }
      case 'table': {
        const rows = node.children ?? []
        rows.forEach((row, index) => {
          const cells = (row.children ?? []).map((cell) => plainText(cell).trim())
          const rowWhere = row.position?.start.line ?? line
          // The first row is the header; in a terms section the first column names and the second explains.
          if (sectionDepth > 0 && index > 0 && cells.length >= 2 && cells[0] !== '' && cells[1] !== '') {
            proposals.push(...named(cells[0]!, cells[1]!, true, rowWhere))
          }
          for (const cell of cells) proposals.push(...inline(cell, rowWhere))
        })
        return
      }
      case 'code':
      case 'html':
      case 'yaml':
      case 'toml':
        return
      default:
        for (const child of node.children ?? []) visit(child)
    }
  }
  visit(tree)
  return proposals
}

/** «ЭДО — электронный документооборот», or in a terms section any «name — definition». */
function definitionLine(content: string, inSection: boolean, where: number): Proposal[] {
  const text = content.replace(/\s+/gu, ' ').trim()
  const match = separator.exec(text)
  if (!match || match.index === 0) return []
  const head = text.slice(0, match.index).trim()
  const rest = text.slice(match.index + match[0].length).trim()
  if (rest === '' || head.split(' ').length > 8) return []
  if (!inSection && !isAbbreviation(head.replace(/\s*\([^()]*\)$/u, ''))) return []
  return named(head, rest, inSection, where)
}

/** A name and what explains it: «ЭДО» / «электронный документооборот (ЭДО)» / «лид», with a definition. */
function named(head: string, explanation: string, inSection: boolean, where: number): Proposal[] {
  const name = head.replace(/[*_`]/gu, '').trim()
  const rest = explanation.replace(/\s+/gu, ' ').trim()
  const bracket = /^(.+?)\s*\(([^()]+)\)$/u.exec(name)
  if (bracket) {
    const [outer, inner] = [bracket[1]!.trim(), bracket[2]!.trim()]
    if (isAbbreviation(inner) && !isAbbreviation(outer)) return [{abbreviation: inner, term: outer, definition: rest, line: where}]
    if (isAbbreviation(outer) && !isAbbreviation(inner)) return [{abbreviation: outer, term: inner, definition: rest, line: where}]
  }
  if (isAbbreviation(name)) {
    const expansion = firstClause(rest)
    if (!looksLikeWords(expansion)) return []
    return [{abbreviation: name, term: expansion, ...(expansion === stripEnd(rest) ? {} : {definition: rest}), line: where}]
  }
  if (!inSection || !/\p{L}/u.test(name)) return []
  return [{term: name, definition: rest, line: where}]
}

/** «expansion (ABBR)», «expansion (далее — ABBR)» and «ABBR (expansion)» anywhere in the text. */
function inline(content: string, where: number): Proposal[] {
  const text = content.replace(/\s+/gu, ' ')
  const proposals: Proposal[] = []
  for (const match of text.matchAll(/\(([^()]{2,200})\)/gu)) {
    const inside = match[1]!.trim()
    const start = match.index
    const candidate = inside.replace(hereinafter, '').replace(/^[«"“]|[»"”]$/gu, '').trim()
    if (isAbbreviation(candidate)) {
      // «… электронного документооборота (ЭДО)»: the expansion ends at the bracket.
      const before = text.slice(0, start).split(/[.!?;:]\s/u).pop()!.trim()
      const expansion = trailingExpansion(candidate, before)
      if (expansion) proposals.push({abbreviation: candidate, term: expansion, line: where})
      continue
    }
    // «ABBR (expansion)»: the word just before the bracket.
    const word = /([\p{L}\d&]+)\s*$/u.exec(text.slice(0, start))?.[1]
    if (word === undefined || !isAbbreviation(word)) continue
    const expansion = inside.replace(expansionLead, '').trim()
    if (expansionOf(word, expansion)) proposals.push({abbreviation: word, term: expansion, line: where})
  }
  return proposals
}

/** The words before a bracket that expand `abbreviation`: from the last one that starts with its first letter. */
function trailingExpansion(abbreviation: string, before: string): string | undefined {
  const words = before.split(' ').filter((word) => /\p{L}/u.test(word))
  const tail = words.slice(-(abbreviation.length + 3))
  // Across scripts («соглашение об уровне сервиса (SLA)») the start cannot be found from the letters.
  if (tail.length === 0 || scriptOf(abbreviation) !== scriptOf(tail.join(' '))) return undefined
  const first = abbreviation[0]!.toLowerCase()
  for (let index = tail.length - 1; index >= 0; index--) {
    if (tail[index]!.replace(/^[^\p{L}]+/u, '')[0]?.toLowerCase() === first) {
      const expansion = tail.slice(index).join(' ').replace(/[^\p{L}\d]+$/u, '')
      return looksLikeWords(expansion) ? expansion : undefined
    }
  }
  return undefined
}

/** Whether a bracketed text can expand the abbreviation before it. */
function expansionOf(abbreviation: string, expansion: string): boolean {
  if (!looksLikeWords(expansion)) return false
  if (scriptOf(abbreviation) !== scriptOf(expansion)) return true
  const initials = expansion.split(/[\s\-–—/]+/u).map((word) => word.replace(/^[^\p{L}]+/u, '')[0]?.toLowerCase() ?? '')
  return initials.slice(0, 3).includes(abbreviation[0]!.toLowerCase())
}

/** Two or more words (or one long one), in lower case at least in part, and not a list of abbreviations. */
function looksLikeWords(text: string): boolean {
  const words = text.split(/[\s\-–—/]+/u).filter((word) => /\p{L}/u.test(word))
  if (words.length === 0 || words.length > 12 || !words.some((word) => /\p{Ll}{2,}/u.test(word))) return false
  if (words.length === 1 && words[0]!.length < 6) return false
  return !words.every(isAbbreviation)
}

/** «ЭДО», «API», «SaaS»: two or more capitals, no run of three lower-case letters, one script, not a Roman numeral. */
export function isAbbreviation(word: string): boolean {
  if (word.length < 2 || word.length > 12 || !/^\p{Lu}[\p{L}\d&]*$/u.test(word)) return false
  if ((word.match(/\p{Lu}/gu)?.length ?? 0) < 2 || /\p{Ll}{3,}/u.test(word)) return false
  if (/^[IVXLCDM]+$/u.test(word)) return false
  return !(/\p{Script=Cyrillic}/u.test(word) && /\p{Script=Latin}/u.test(word))
}

function scriptOf(text: string): 'cyrillic' | 'latin' {
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0
  return cyrillic >= latin ? 'cyrillic' : 'latin'
}

/** The expansion in a longer explanation: up to the first full stop, semicolon, bracket or comma. */
function firstClause(text: string): string {
  return stripEnd(text.split(/[.;(,]\s|[.;(]$|\s\(/u)[0]!)
}

function stripEnd(text: string): string {
  return text.trim().replace(/[.;:,]+$/u, '').trim()
}

/** The text of a node as a reader sees it; code spans count (`ЭДО` may be set in code), HTML does not. */
function plainText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? ''
  if (node.type === 'break') return ' '
  if (node.type === 'html') return ''
  return (node.children ?? []).map(plainText).join('')
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
  // Transliteration pairs are off in inconsistent-term by default (docs/rules/inconsistent-term.md):
  // proposed, they would mostly be a code identifier or a cognate to avoid.
  return termVariants(analysis).filter((group) => group.kind !== 'transliteration').map((group) => {
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
