/**
 * Where a document defines its abbreviations:
 * - in its terms section, as a table row, a list item or a line «ABBR — расшифровка»;
 * - anywhere, as a definition line «ABBR — расшифровка» (from its place on);
 * - inline, «расшифровка (ABBR)» or «ABBR (расшифровка)», also «… (далее — ABBR)»,
 *   with the expansion inflected, the abbreviation linked or emphasised.
 */
import {abbreviationOf, type AbbreviationUse} from './abbreviations.js'
import {builtinData} from './data/index.js'
import type {Analysis} from './analysis.js'
import type {Span} from './location.js'
import {OPAQUE, type ProseBlock, type Sentence, type Word} from './prose.js'

export interface Definition {
  readonly abbreviation: string
  /** Where the abbreviation stands in its definition. */
  readonly span: Span
  /** The expansion as written, when the definition gives one that can be compared. */
  readonly expansion: string | undefined
  /**
   * `section`: in the terms section; `line`: a paragraph or list item «ABBR — расшифровка»
   * elsewhere; both count for the whole document. `inline`: counts from its place on.
   */
  readonly kind: 'section' | 'line' | 'inline'
}

/** Dashes and colons that separate an abbreviation from its expansion on a definition line. */
const separator = /^\s*(?:[—–:]|-\s|=)/u
const opening = /^\s*\(\s*$/u
const closing = /^\s*\)/u
/**
 * A remark after the abbreviation in its bracket, set off by a comma and opening in lower case:
 * «Нефункциональные требования (NFR, верхний уровень)», «персональные данные (PII, в том числе …)».
 * Not a second abbreviation: «(DAST, IAST)» lists names, which the words before need not expand; nor
 * a list of kinds or options, «(ПДн, банковская, налоговая, …)», «(AST, regex-based или neural)»:
 * the abbreviation is one of them, and the words before the bracket name them all.
 */
const closingRemark = /^\s*,\s*\p{Ll}(?:(?![,;]|\s(?:или|либо|or)\s)[^()])*\)/u
/**
 * The same around one abbreviation of a run in the bracket: «… платежных карт (PCI DSS)» defines PCI and
 * DSS together, "Payment Card Industry Data Security Standard (PCI DSS)"; so does a pair joined by «&»,
 * «/», «и» or "and" after two expansions: «Непрерывная интеграция и Непрерывная доставка (CI & CD)».
 */
const openingRun = /^\s*\(\s*(?:\p{Lu}[\p{Lu}\d&-]+(?:\s*[&/]\s*|\s+(?:и|and)\s+|\s+)){0,2}$/u
const closingRun = /^(?:(?:\s*[&/]\s*|\s+(?:и|and)\s+|\s+)\p{Lu}[\p{Lu}\d&-]+){0,2}\s*\)/u
/**
 * The abbreviation and English words in small letters after it, in a bracket after a Russian phrase: «Вычистка
 * персональных данных (PII scrubbing)» glosses the whole phrase in English, the abbreviation with it.
 */
const closingGloss = /^\s+[a-z]{3,}(?:[\s-][a-z]{2,}){0,2}\s*\)/u

/** What joins the names of a run in a bracket, or two expansions before it: «и», "and", «&», «/». */
const runJoiner = /\s(?:и|and)\s|[&/]/u
/** Words that may open a parenthesised expansion without being part of it: «(англ. Service Level Agreement)». */
export const expansionLead = /^(?:от\s+)?(?:англ|eng|лат|нем|фр)\.?\s*:?\s*|^(?:сокр|short)\.?\s*(?:от\s+)?/iu
/** The words of «(далее — ТЗ)», «(далее по тексту ТЗ)», "(hereinafter ABBR)", as a pattern source. */
export const hereinafterWords = 'далее\\s+по\\s+тексту|далее|hereinafter(?:\\s+referred\\s+to\\s+as)?|henceforth|from\\s+now\\s+on,?|(?:also\\s+)?referred\\s+to\\s+as'
/** «(далее — ТЗ)», «(далее ТЗ)», "(hereinafter ABBR)": the text before the abbreviation ends so. */
const hereinafter = new RegExp(`(?:${hereinafterWords})\\s*[—–\\-:]?\\s*(?:[«"“]\\s*)?$`, 'iu')

export function findDefinitions(analysis: Analysis, uses: ReadonlyMap<ProseBlock, readonly AbbreviationUse[]>): Definition[] {
  const definitions: Definition[] = []
  const blocks = analysis.document.blocks
  const letters = letterLines(blocks)
  for (const [index, block] of blocks.entries()) {
    const blockUses = uses.get(block) ?? []
    const code = codeTermLine(block, analysis.document.source)
    if (code) definitions.push({...code, kind: analysis.termsSection.has(block) ? 'section' : 'line'})
    for (const short of shortNames(block, analysis.document.source)) definitions.push({...short, kind: 'inline'})
    if (blockUses.length === 0) continue
    const inTerms = analysis.termsSection.has(block)
    const seen = new Set<AbbreviationUse>()
    const add = (use: AbbreviationUse, expansion: string | undefined, kind: Definition['kind']): void => {
      if (seen.has(use)) return
      seen.add(use)
      definitions.push({abbreviation: use.abbreviation, span: use.span, expansion, kind})
    }

    if (inTerms && block.container.type === 'tableRow') {
      // A terms table: the first column names, the others explain.
      if (block.container.column === 0 && block.container.row > 0) {
        for (const use of blockUses) add(use, undefined, 'section')
      }
      continue
    }
    const line = definitionLine(block, blockUses, inTerms)
    if (line) add(line.use, line.expansion, inTerms ? 'section' : 'line')
    for (const use of blockUses) {
      const inline = inlineExpansion(block, use)
      // An expansion anywhere in the terms section («## 2.7 - SPDX» then «… the SPDX (Software Package Data
      // Exchange) Working Group …») defines the abbreviation for the whole document, as the section's lines do.
      if (inline !== undefined) add(use, inline === '' ? undefined : inline, inTerms ? 'section' : 'inline')
      else if (spelledOutAfter(use.abbreviation, index, letters)) add(use, undefined, 'inline')
      else if (isApposition(block, use, analysis.document.source) || boldLabelSpellsOut(block, use, analysis.document.source)) add(use, undefined, 'inline')
    }
  }
  return definitions
}

/**
 * «`URI` - Absolute uniform resource identifier»: a definition line whose term is set as code
 * (a specification's list of its notations). «`-cq 0–51` — постоянное качество»: a command-line
 * option, with its values, explained — the option's letters in capitals («CQ 27») name it. The code
 * is opaque to the prose; its source is read.
 */
function codeTermLine(block: ProseBlock, source: string): Omit<Definition, 'kind'> | undefined {
  if (block.kind === 'heading' || !block.text.startsWith(OPAQUE)) return undefined
  const rest = block.text.slice(1)
  if (!separator.test(rest)) return undefined
  const start = block.places.offset(0)
  const code = /^(`+)\s*([^`\s]+)(\s+[^`]*?)?\s*\1(?!`)/u.exec(source.slice(start, start + 60))
  if (!code) return undefined
  const option = /^--?([a-z][a-z\d]{1,4})$/u.exec(code[2]!)
  // Only an option is followed by its values inside the code; a term stands alone.
  if (!option && code[3] !== undefined) return undefined
  const term = option ? option[1]! : code[2]!
  const abbreviation = abbreviationOf(option ? term.toUpperCase() : term)
  const expansion = rest.replace(separator, '').trim().split(/[.;\n]/u)[0]!.trim()
  if (!abbreviation || !isExpansionOf(abbreviation, expansion)) return undefined
  const from = start + code[0].indexOf(code[2]!) + (option ? code[2]!.length - term.length : 0)
  return {abbreviation, span: {start: from, end: from + term.length}, expansion}
}

/** A resource kind in code, optionally linked, and its short name in code in brackets: «`ElasticCluster` (`ec`)». */
const kindWithShortName = /`((?:\p{Lu}\p{Ll}+){2,})`(?:\]\([^)\s]*\))?\s*\(\s*`([a-z]{2,5})`\s*\)/gu

/**
 * «[`ElasticCluster`](./cr.html#elasticcluster) (`ec`) — описывает …»: a resource kind and the short name
 * kubectl knows it by, whose letters are the initials of the kind's words. The short name in capitals
 * («EC», «ESC») names the kind from here on, as an option's letters name the option ({@link codeTermLine}).
 * Code is opaque to the prose; its source is read, only where the block holds code.
 */
function shortNames(block: ProseBlock, source: string): Array<Omit<Definition, 'kind'>> {
  if (!block.text.includes(OPAQUE)) return []
  const start = block.places.offset(0)
  const text = source.slice(start, block.places.offset(block.text.length))
  const found: Array<Omit<Definition, 'kind'>> = []
  for (const match of text.matchAll(kindWithShortName)) {
    const words = match[1]!.match(/\p{Lu}\p{Ll}+/gu)!
    const short = match[2]!
    if (words.map((word) => word[0]!.toLowerCase()).join('') !== short) continue
    const from = start + match.index + match[0].lastIndexOf(short)
    // No expansion to compare: the kind's name is an identifier, not words another definition would repeat.
    found.push({abbreviation: short.toUpperCase(), span: {start: from, end: from + short.length}, expansion: undefined})
  }
  return found
}

/**
 * «a packet buffer PB», «a circular buffer _CB_»: a name introduced in place,
 * right after the words whose initials it takes, or after them and a comma
 * («Единый налог на вмененный доход, ЕНВД»); or set in italics right after
 * its noun, as a symbol is («a buffer _FB_ containing framed data»).
 */
function isApposition(block: ProseBlock, use: AbbreviationUse, source: string): boolean {
  if (use.word.parts.length !== 1 || use.abbreviation.length < 2 || use.abbreviation.length > 4) return false
  const sentence = sentenceOf(block, use.word)
  if (!sentence) return false
  const index = sentence.words.findIndex((item) => item.from === use.word.from)
  const symbol = /^([*_])[^*_\s]+\1(?![*_])/u.exec(source.slice(use.word.span.start - 1, use.word.span.end + 1))
  const noun = sentence.words[index - 1]
  if (symbol && source[use.word.span.start - 2] !== symbol[1] && noun && /^\p{Ll}{3,}$/u.test(noun.text) && /^(?:a|an|the)$/iu.test(sentence.words[index - 2]?.text ?? '')) return true
  // «Единый налог на вмененный доход, ЕНВД»: the full name, a comma, then the abbreviation (a table cell
  // of tax systems); the name's words spell it out, a function word («на») aside.
  if (noun && /^\s*,\s*$/u.test(block.text.slice(noun.to, use.word.from))) {
    const letters = use.abbreviation.replace(/\d/gu, '').length
    for (const count of [letters, letters + 1]) {
      const words = sentence.words.slice(Math.max(0, index - count), index)
      if (words.length === count && spellsOut(use.abbreviation, words.map((item) => item.text).join(' '))) return true
    }
  }
  const before = sentence.words.slice(Math.max(0, index - use.abbreviation.length), index)
  if (before.length !== use.abbreviation.length) return false
  return before.map((item) => item.text[0]!.toUpperCase()).join('') === use.abbreviation.toUpperCase()
}

/**
 * «**Content Security Policy.** Заголовок … CSP …»: the paragraph opens with a bold label that spells the
 * abbreviation out, and uses it after the label — the label names the paragraph's subject as a heading would.
 */
function boldLabelSpellsOut(block: ProseBlock, use: AbbreviationUse, source: string): boolean {
  const open = block.places.offset(0)
  const marker = source.slice(open - 2, open)
  if (marker !== '**' && marker !== '__') return false
  const close = source.indexOf(marker, open)
  if (close === -1 || use.span.start < close) return false
  return spellsOut(use.abbreviation, source.slice(open, close).replace(/[.:]\s*$/u, ''))
}

/** How far after an abbreviation its letter-by-letter expansion may start, in blocks. */
const spellingReach = 40

/** «S - Specific (Конкретное)», «**M — Measurable**»: a block opening with one capital letter and a word it starts. */
function letterLines(blocks: readonly ProseBlock[]): Map<number, string> {
  const lines = new Map<number, string>()
  for (const [index, block] of blocks.entries()) {
    const line = /^\s*(\p{Lu})\s*[-–—:]\s*(\p{L})\p{L}+/u.exec(block.text)
    if (line && line[1] === line[2]!.toUpperCase()) lines.set(index, line[1]!)
  }
  return lines
}

/**
 * Whether the blocks after the abbreviation's spell it out letter by letter:
 * «критерии SMART:» followed by «S — Specific», «M — Measurable», … (the
 * acronyms of methods: SMART, MoSCoW, INVEST, ACID, CRUD).
 */
function spelledOutAfter(abbreviation: string, index: number, letters: ReadonlyMap<number, string>): boolean {
  if (letters.size < abbreviation.length) return false
  let spelled = ''
  for (let next = index + 1; next <= index + spellingReach && spelled.length < abbreviation.length; next++) {
    const letter = letters.get(next)
    if (letter !== undefined) spelled += letter
  }
  return spelled === abbreviation
}

/** «ТЗ — техническое задание», «**API**: Application Programming Interface», «SLA (…) — …». */
function definitionLine(block: ProseBlock, uses: readonly AbbreviationUse[], inTerms: boolean): {use: AbbreviationUse; expansion: string} | undefined {
  if (block.kind === 'heading') return undefined
  if (block.container.type === 'listItem' && !block.container.first) return undefined
  const first = uses[0]!
  const sentence = block.sentences[0]
  const firstWord = sentence?.words[0]
  if (!sentence || firstWord?.from !== first.word.from) return undefined
  let rest = block.text.slice(first.word.to)
  // A Pandoc span or anchor around the abbreviation: «**[СЭД]{#sed}** — …», «[СЭД]{.term} — …».
  rest = rest.replace(/^\]?\{[^{}\n]*\}/u, '')
  // An expansion in brackets may stand between the abbreviation and the dash.
  rest = rest.replace(/^\s*\([^)]*\)/u, '')
  if (!separator.test(rest)) return undefined
  const expansion = rest.replace(separator, '').trim().split(/[.;\n]/u)[0]!.trim()
  // «ID: REQ-001», «WBS: 4.4» are fields with values, not definitions.
  if (!/(?:^|[\s«"(])[\p{Lu}\p{Ll}]?\p{Ll}{2,}/u.test(expansion)) return undefined
  // Outside a terms section «**SSD:** не менее 256 GB» is a field with its value, not a definition:
  // an expansion names, it does not measure.
  if (!inTerms && /\d/u.test(expansion)) return undefined
  // Outside it, «IEN: MHV uuid, created for all users» says what the value is, not what the letters
  // stand for: the expansion must read as one (its first words open with the abbreviation's first letter).
  if (!inTerms && !isExpansionOf(first.abbreviation, expansion.replace(expansionLead, ''))) return undefined
  return {use: first, expansion}
}

/**
 * The expansion of an inline definition of `use`, if `use` is defined there;
 * an empty string when it is defined but the expansion cannot be delimited
 * (in another script, «… системы учёта IT-сервисов (ITSIMS)»).
 */
function inlineExpansion(block: ProseBlock, use: AbbreviationUse): string | undefined {
  const text = block.text
  const word = use.word
  // «(AI/ML)»: abbreviations joined by a slash are one word of several parts; each reads as if it
  // stood alone in the bracket, as the parts of «(CI & CD)» do.
  const joined = word.parts.length > 1 && /^\p{Lu}[\p{Lu}\d]+(?:\/\p{Lu}[\p{Lu}\d]+)+$/u.test(word.text)
  // Otherwise the abbreviation must be the whole word (a link or emphasis around it is already gone).
  if (word.parts.length !== 1 && !joined) return undefined
  const from = joined ? use.from : word.from
  const to = joined ? use.to : word.to
  // Near the word: an expansion is at most 200 characters, and a pattern anchored at the end of the
  // whole text before it would read the block from its start for every abbreviation.
  const before = text.slice(Math.max(0, from - 400), from)
  const after = text.slice(to, to + 400)

  // «ABBR (expansion)»
  const bracket = /^\s*\(([^()]{3,200})\)/u.exec(after)
  if (bracket) {
    const expansion = bracket[1]!.replace(expansionLead, '').trim()
    // «VPD (unless that VPD is collected …)»: a remark that names the abbreviation again does not expand it. Nor does
    // a list of three items or more: «режимы CPU (C-states, P-states, scaling governor)» names examples.
    if (isExpansionOf(use.abbreviation, expansion) && !namesItself(use.abbreviation, expansion) && !isRemarkInRussian(use.abbreviation, expansion) && expansion.split(/\s*[,;]\s*/u).length < 3) {
      return expansion
    }
  }

  // «(MDM - Mobile Device Management)»: a bracket that opens with the abbreviation and a dash.
  const dashed = /^\s*[—–-]\s*([^()]{3,200})\)/u.exec(after)
  if (dashed && /\(\s*$/u.test(before)) {
    const expansion = dashed[1]!.trim()
    if (isExpansionOf(use.abbreviation, expansion)) return expansion
  }

  // «(SOL: Короткое замыкание, Холостой ход, Нагрузка)»: a bracket that opens with the abbreviation and a colon,
  // then a word or a phrase for each letter. A colon opens a value as often («(API: см. раздел 5)»), so the
  // items must be as many as the letters, or spell them out in the abbreviation's own script.
  const colon = /^\s*:\s*([^()]{3,200})\)/u.exec(after)
  if (colon && /\(\s*$/u.test(before)) {
    const expansion = colon[1]!.trim()
    const letters = use.abbreviation.replace(/[^\p{L}]/gu, '')
    const items = expansion.split(/\s*,\s*|\s+(?:и|and)\s+/u)
    const sameScript = /[a-z]/iu.test(letters) === /[a-z]/iu.test(expansion.replace(/[^\p{L}]/gu, '').slice(0, 1))
    if (sameScript ? spellsOut(use.abbreviation, expansion) : letters.length >= 2 && items.length === letters.length && items.every((item) => /\p{L}{3,}/u.test(item))) return expansion
  }

  // «Universally Unique IDentifier, сокращенно UUID», "Certificate Revocation List, abbreviated CRL": the expansion,
  // a comma and a word that says the letters shorten it.
  const shortened = /([^()[\],;:.]{3,120}),\s*(?:сокращ[её]нно|сокр\.|abbreviated(?:\s+as)?|or\s+short|for\s+short)\s*[—–:-]?\s*$/iu.exec(before)
  if (shortened) {
    const expansion = lastWords(shortened[1]!.trim(), use.abbreviation.length + 4)
    if (isExpansionOf(use.abbreviation, expansion, true)) return expansionSuffix(use.abbreviation, expansion)
  }

  // "PURL stands for Package-URL", «ПМИ расшифровывается как программа и методика испытаний»: the
  // sentence says in words what the letters stand for.
  const verbal = verbalDefinition.exec(after)
  if (verbal) {
    const expansion = verbal[1]!.trim()
    if (isExpansionOf(use.abbreviation, expansion)) return expansion
  }

  // "PAE() is the "Pre-Authentication Encoding"": a name in quotation marks that spells out every letter.
  const quoted = quotedName.exec(after)
  if (quoted && spellsOut(use.abbreviation, quoted[1]!)) return quoted[1]!.trim()

  // «E2E тестирование (End-to-End)»: one word between, the bracket spelling out every letter.
  const later = /^\s+[\p{L}-]+\s*\(([^()]{3,200})\)/u.exec(after)
  if (later && spellsOut(use.abbreviation, later[1]!)) return later[1]!.trim()

  // «expansion (ABBR)», «expansion (далее — ABBR)»
  const openAt = before.lastIndexOf('(')
  // "Subject Alternative Name extension (SAN extension, see RFC 5280)": the noun after the abbreviation
  // in the bracket repeats the noun after the expansion, which the words before that noun spell out.
  const noun = /^\s+(\p{L}{2,})\s*[,;)]/u.exec(after)
  if (noun && openAt >= 0 && opening.test(before.slice(openAt))) {
    const sentence = sentenceOf(block, word)
    const preceding = text.slice(sentence ? sentence.from : 0, from - before.length + openAt).trim()
    const head = preceding.slice(0, -noun[1]!.length)
    if (preceding.toLowerCase().endsWith(noun[1]!.toLowerCase()) && /\s$/u.test(head)) {
      const tail = lastWords(head.trim(), use.abbreviation.length + 4)
      if (isExpansionOf(use.abbreviation, tail, true)) return expansionSuffix(use.abbreviation, tail)
    }
  }
  if (openAt >= 0 && (closing.test(after) || closingRun.test(after) || closingRemark.test(after) || (closingGloss.test(after) && /\p{Script=Cyrillic}{3,}\s*$/u.test(before.slice(0, openAt))))) {
    const inside = before.slice(openAt + 1)
    if (openingRun.test('(' + inside) || hereinafter.test(inside)) {
      const sentence = sentenceOf(block, word)
      const start = sentence ? sentence.from : 0
      const preceding = text.slice(start, from - before.length + openAt).trim()
      const tail = lastWords(preceding, use.abbreviation.length + 4)
      // «`/v1/chat/completions` (JSON и SSE)»: a bracket that joins names by «и», "and", «&» or «/» lists them; it
      // expands them only after words joined so too («Непрерывная интеграция и Непрерывная доставка (CI & CD)»).
      const run = inside + (closingRun.exec(after)?.[0] ?? '')
      if (!hereinafter.test(inside) && runJoiner.test(run) && !runJoiner.test(` ${tail} `)) return undefined
      if (hereinafter.test(inside) ? /\p{L}{2,}/u.test(tail) : isExpansionOf(use.abbreviation, tail, true)) {
        return expansionSuffix(use.abbreviation, tail)
      }
      // «CustomResourceDefinitions(CRD)», «PersistentVolumeClaim (PVC)»: a CamelCase name whose capitals are the letters.
      const name = /([\p{Lu}][\p{Ll}\d]+(?:[\p{Lu}][\p{Ll}\d]+)+)$/u.exec(preceding)?.[1]
      if (!hereinafter.test(inside) && name !== undefined && name.replace(/[^\p{Lu}]/gu, '') === use.abbreviation) return name
    }
  }
  return undefined
}

/**
 * "stands for", "is short for", "is an abbreviation of", «расшифровывается как» right after
 * the abbreviation, then the expansion up to the end of its clause (quotation marks and emphasis aside).
 */
const verbalDefinition =
  /^\s+(?:stands\s+for|is\s+short\s+for|is\s+an?\s+(?:abbreviation|acronym)\s+(?:of|for)|расшифровывается\s+как)\s+(?:the\s+)?[*_"«“']*([^*_"»”'.,;:()\n]{3,120})/iu

/**
 * "is the", «— это» after the abbreviation (a function's empty brackets aside), then a name in quotation
 * marks: "PAE() is the "Pre-Authentication Encoding"". Only one that spells out every letter counts: a
 * quoted name after "is the" is as often what the thing is called elsewhere.
 */
const quotedName = /^(?:\(\))?\s+(?:is\s+(?:the|an?)|[—–-]\s+это|это)\s+["«“]([^"»”\n]{3,120})["»”]/iu

/**
 * Whether a Russian bracket after a Latin abbreviation remarks on the phrase rather than translates the
 * letters: it opens with a preposition or a conjunction, «встроенный CSS (без внешнего вызова на сервере)»,
 * «CSS (или «выше складки»)», or offers alternatives, «Сброс CSS (сброс, нормализация или перезагрузка)». A
 * translation names what the letters stand for: «SLA (соглашение об уровне сервиса)».
 */
function isRemarkInRussian(abbreviation: string, expansion: string): boolean {
  if (!/^[A-Z]/u.test(abbreviation)) return false
  const words = expansion.toLowerCase().match(/[\p{L}-]+/gu) ?? []
  if (!/^[а-яё]/u.test(words[0] ?? '')) return false
  return builtinData().russianWords.functionWords.has(words[0]!) || words.some((word) => word === 'или' || word === 'либо')
}

/** Whether `text` holds the abbreviation itself as a word. */
function namesItself(abbreviation: string, text: string): boolean {
  return text.split(/[^\p{L}\p{N}]+/u).some((item) => item === abbreviation || abbreviationOf(item) === abbreviation)
}

function sentenceOf(block: ProseBlock, word: Word): Sentence | undefined {
  return block.sentences.find((sentence) => word.from >= sentence.from && word.to <= sentence.to)
}

/** «the OpenAPI Description» → «OpenAPI Description»: from the last word that starts with the abbreviation's first letter. */
function expansionSuffix(abbreviation: string, tail: string): string {
  const words = tail.split(/\s+/u)
  const first = abbreviation[0]!.toLowerCase()
  for (let index = words.length - 1; index >= 0; index--) {
    if (words[index]!.replace(/^[^\p{L}]+/u, '')[0]?.toLowerCase() === first) return words.slice(index).join(' ')
  }
  return ''
}

function lastWords(text: string, count: number): string {
  const words = text.split(/\s+/u).filter((item) => /\p{L}/u.test(item))
  return words.slice(-count).join(' ')
}

/**
 * Whether `expansion` can expand `abbreviation`: two or more words (or one long
 * compound), and, when both are in one script, the abbreviation's first letter
 * opens one of its words. Across scripts («SLA (соглашение об уровне сервиса)»)
 * letters cannot be compared.
 */
export function isExpansionOf(abbreviation: string, expansion: string, trailing = false): boolean {
  const words = expansion.split(/[\s\-–—/]+/u).filter((item) => /\p{L}/u.test(item))
  if (words.length === 0 || !words.some((item) => /\p{Ll}{2,}/u.test(item))) return false
  if (words.length === 1 && (words[0]!.length < 6 || abbreviationLike(words[0]!))) return false
  if (words.every(abbreviationLike)) return false
  const first = abbreviation[0]!.toLowerCase()
  const latin = /^[a-z]/i.test(abbreviation)
  // Before the bracket, the words read back from it may take in another abbreviation («доступ к API из-за
  // некорректной настройки междоменного использования ресурсов (CORS)», «TLS с совершенной прямой
  // секретностью (PFS)»), which says nothing of the script the expansion is written in. In a bracket after
  // the abbreviation one is a sign of a description, not an expansion: «XML (BPMN 2.0 совместимый формат)».
  const own = trailing ? words.filter((item) => !abbreviationLike(item)) : words
  const sameScript = own.some((item) => /^[a-z]/i.test(item.replace(/^[^\p{L}]+/u, '')) === latin)
  // One word in the other script does not spell out three letters or more: «MMP (Добавлено)» in a
  // table's header says what the column holds, while a translated expansion has about a word for
  // each letter («SLA (соглашение об уровне сервиса)»).
  if (!sameScript) return words.length > 1 || abbreviation.replace(/[^\p{L}]/gu, '').length < 3
  const initials = words.map((item) => item.replace(/^[^\p{L}]+/u, '')[0]?.toLowerCase() ?? '')
  // A trailing expansion is read backwards from the bracket: the abbreviation's letters must start one of them.
  return trailing ? initials.includes(first) : initials.slice(0, 3).includes(first)
}

/**
 * Whether the words of `expansion` spell out the abbreviation letter by letter, in one script:
 * «End-to-End» for E2E (a digit stands for a word, «2» for "to"), «Single Sign-On» for SSO.
 */
export function spellsOut(abbreviation: string, expansion: string): boolean {
  const letters = abbreviation.replace(/\d/gu, '').toLowerCase()
  const initials = expansion
    .split(/[\s\-–—/]+/u)
    .map((item) => item.replace(/^[^\p{L}]+/u, ''))
    .filter((item) => item !== '')
    .map((item) => item[0]!.toLowerCase())
  if (letters.length < 2 || initials.length < letters.length || initials.length > abbreviation.length + 1) return false
  if (/^[a-z]/u.test(letters) !== /^[a-z]/u.test(initials[0]!)) return false
  // Every letter, in order, opens one of the words; the first and the last open the first and the last.
  let at = 0
  for (const initial of initials) if (initial === letters[at]) at++
  return at === letters.length && initials[0] === letters[0] && initials.at(-1) === letters.at(-1)
}

function abbreviationLike(word: string): boolean {
  return (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2
}
