/**
 * Proposing glossary entries from documents, for a person to review:
 * - abbreviations with the expansion a document gives them: inline
 *   «электронный документооборот (ЭДО)», «… (далее — ЭДО)», «SLA (Service Level
 *   Agreement)», or a definition line «ЭДО — электронный документооборот»;
 * - in a terms section («Термины и сокращения», "Glossary"…): every table row
 *   and list item or paragraph «name — definition» (a term, or an abbreviation).
 *
 * This is a plain reading of the Markdown, not the engine's: core's
 * `findDefinitions` works on its prose model, which it does not export yet.
 * A proposal is a suggestion; the terms come out as written, often inflected.
 */
import {parseMarkdown} from '@reqlint/core'

export interface Proposal {
  /** Absent for a term defined in a terms section without an abbreviation. */
  readonly abbreviation?: string
  /** The expansion or the term, as written. */
  readonly term: string
  readonly definition?: string
  /** `name:line`. */
  readonly where: string
}

interface MdNode {
  readonly type: string
  readonly value?: string
  readonly depth?: number
  readonly children?: readonly MdNode[]
  readonly position?: {readonly start: {readonly line: number}}
}

/** Headings that open a terms section, after numbering: the usual Russian and English ones. */
const termsHeading =
  /^(?:(?:раздел|section|глава|chapter|приложение|appendix)\s+)?(?:(?:\d+|[IVX]+|[A-ZА-Я])(?:[.)]\d+)*[.)]?\s+)?(?:термины|определения|сокращения|аббревиатуры|обозначения|условные обозначения|понятия|основные (?:понятия|термины)|базовые термины|ключевые термины|используемые (?:термины|сокращения)|принятые (?:сокращения|обозначения)|(?:перечень|список|словарь) (?:терминов|сокращений|принятых сокращений|используемых сокращений|аббревиатур)|глоссарий|glossary|terms|terminology|definitions|abbreviations|acronyms|notations)(?!\p{L})/iu
/** The separator of «name — definition». */
const separator = /\s+[—–-]\s+|:\s+/u
/** Words that may open a bracketed expansion without being part of it: «(англ. Service Level Agreement)». */
const expansionLead = /^(?:от\s+)?(?:англ|eng|лат)\.?\s*:?\s*/iu
const hereinafter = /^(?:далее(?:\s+по\s+тексту)?|hereinafter(?:\s+referred\s+to\s+as)?)\s*[—–-]?\s*/iu

export function findProposals(text: string, name: string, mdx: boolean): Proposal[] {
  const tree = parseMarkdown(text, {mdx}) as unknown as MdNode
  const proposals: Proposal[] = []
  let sectionDepth = 0
  const visit = (node: MdNode): void => {
    const line = node.position?.start.line ?? 1
    const where = `${name}:${line}`
    switch (node.type) {
      case 'heading': {
        const depth = node.depth ?? 1
        if (sectionDepth > 0 && depth <= sectionDepth) sectionDepth = 0
        if (sectionDepth === 0 && termsHeading.test(plainText(node).trim())) sectionDepth = depth
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
          const rowWhere = `${name}:${row.position?.start.line ?? line}`
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
function definitionLine(content: string, inSection: boolean, where: string): Proposal[] {
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
function named(head: string, explanation: string, inSection: boolean, where: string): Proposal[] {
  const name = head.replace(/[*_`]/gu, '').trim()
  const rest = explanation.replace(/\s+/gu, ' ').trim()
  const bracket = /^(.+?)\s*\(([^()]+)\)$/u.exec(name)
  if (bracket) {
    const [outer, inner] = [bracket[1]!.trim(), bracket[2]!.trim()]
    if (isAbbreviation(inner) && !isAbbreviation(outer)) return [{abbreviation: inner, term: outer, definition: rest, where}]
    if (isAbbreviation(outer) && !isAbbreviation(inner)) return [{abbreviation: outer, term: inner, definition: rest, where}]
  }
  if (isAbbreviation(name)) {
    const expansion = firstClause(rest)
    if (!looksLikeWords(expansion)) return []
    return [{abbreviation: name, term: expansion, ...(expansion === stripEnd(rest) ? {} : {definition: rest}), where}]
  }
  if (!inSection || !/\p{L}/u.test(name)) return []
  return [{term: name, definition: rest, where}]
}

/** «expansion (ABBR)», «expansion (далее — ABBR)» and «ABBR (expansion)» anywhere in the text. */
function inline(content: string, where: string): Proposal[] {
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
      if (expansion) proposals.push({abbreviation: candidate, term: expansion, where})
      continue
    }
    // «ABBR (expansion)»: the word just before the bracket.
    const word = /([\p{L}\d&]+)\s*$/u.exec(text.slice(0, start))?.[1]
    if (word === undefined || !isAbbreviation(word)) continue
    const expansion = inside.replace(expansionLead, '').trim()
    if (expansionOf(word, expansion)) proposals.push({abbreviation: word, term: expansion, where})
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
