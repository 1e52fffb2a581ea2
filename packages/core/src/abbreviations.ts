/**
 * Which words are abbreviations that need a definition: at least two capital
 * letters, Latin or Cyrillic, also inside compounds («CRM-системы») and with a
 * plural ending («APIs»); not Roman numerals, units, requirement identifiers,
 * CamelCase product names, RFC 2119 keywords, hexadecimal values, identifiers
 * with underscores, states' names, a template's placeholders, or ordinary words
 * written in capitals for emphasis.
 */
import {afterVendorColon, isBeforeDesignation, besideVendor, isInNameList, isProductName} from './abbreviation-names.js'
import {enclosingBrackets} from './brackets.js'
import {builtinData} from './data/index.js'
import {quotations} from './quotations.js'
import {requirementId} from './requirements.js'
import type {BlockWork} from './block-cache.js'
import type {Span} from './location.js'
import type {ProseBlock, ProseDocument, ProseLanguage, Sentence, Word} from './prose.js'
import {invisibleCharacters, isPlain} from './normalize.js'

export interface AbbreviationUse {
  /** The abbreviation as defined and looked up: «API» for «APIs». */
  readonly abbreviation: string
  /** The part of the word it was found in. */
  readonly span: Span
  readonly from: number
  readonly to: number
  readonly word: Word
}

/**
 * «0x1F», «1F4A», «uDBFF» (from «\\uDBFF»), «DEADBEEF»: four or more hexadecimal digits with a digit
 * or a prefix, or six and more letters A–F. Four letters alone are an abbreviation as often: «ABAC».
 */
const hexadecimal = /^(?:(?:0x|u)[0-9A-F]{4,}|(?=[A-F]*\d)[0-9A-F]{4,}|[A-F]{6,})$/u
const romanNumeral = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/u
/** «XXX», «ХХХХ»: one letter repeated is a placeholder, not an abbreviation. */
const repeated = /^(\p{Lu})\1+$/u

/**
 * «ABCD», «ABCDE»: four Latin letters or more in alphabetical order name things labelled A, B, C, D
 * ("blocks ABCD" of a diagram), not the words of an expansion. Three stay abbreviations («ABC-анализ»), and
 * so do Cyrillic runs, which no document of the corpus uses as labels.
 */
function isAlphabetRun(word: string): boolean {
  if (word.length < 4 || !/^[A-Z]+$/u.test(word)) return false
  for (let index = 1; index < word.length; index++) if (word.charCodeAt(index) !== word.charCodeAt(index - 1) + 1) return false
  return true
}
/** A capital followed by lower-case letters: «Git», «Hub». Two of them make a CamelCase name. */
const hump = /\p{Lu}\p{Ll}+/gu
const vowels = /[AEIOUYАЕЁИОУЫЭЮЯ]/gu
const invisible = new RegExp(`[${invisibleCharacters}]`, 'gu')
/** Two capital letters anywhere: what {@link abbreviationOf} asks of a word part first. */
const twoCapitals = /\p{Lu}[^]*\p{Lu}/u

/** The abbreviation a word part is, if it is one that needs a definition. */
export function abbreviationOf(part: string): string | undefined {
  const capitals = part.match(/\p{Lu}/gu)?.length ?? 0
  if (capitals < 2) return undefined
  // Mixed Cyrillic and Latin letters («CRМ») are the mixed-script rule's: the word is not what it looks like.
  if (/\p{Script=Cyrillic}/u.test(part) && /\p{Script=Latin}/u.test(part)) return undefined
  // CamelCase product names: «PostgreSQL», «WhatsApp», «JavaScript», «macOS», «GitHub»; and names that
  // start in lower case, «iOS», «iPadOS», «eBay»: an abbreviation starts with a capital.
  if (/\p{Ll}{3,}/u.test(part) || (part.match(hump)?.length ?? 0) >= 2 || /^\p{Ll}/u.test(part)) return undefined
  let abbreviation = part
  // A Latin plural or possessive: «APIs», «SLA's».
  const plural = /^(\p{Lu}[\p{Lu}\d]+)(?:s|es)$/u.exec(part)
  if (plural && /^[A-Z\d]+$/.test(plural[1]!)) abbreviation = plural[1]!
  // Latin lower-case letters inside, not a plural: a name written in mixed case — «MySQL», «PyPI»,
  // «ASan», «BMCWeb», «GraphQL». Read on real documents, every such word was a product or tool name;
  // the mixed-case abbreviations it also spares («IoT», «SaaS», «DDoS») are ones reviewers disagree
  // about (docs/rules/undefined-abbreviation.md). Russian writes real abbreviations so: «ПДн», «ИСПДн».
  if (/\p{Ll}/u.test(abbreviation) && !/\p{Script=Cyrillic}/u.test(abbreviation)) return undefined
  if (/^\d/u.test(abbreviation)) return undefined
  if (romanNumeral.test(abbreviation) || hexadecimal.test(abbreviation) || repeated.test(abbreviation) || isAlphabetRun(abbreviation)) return undefined
  const data = builtinData()
  if (data.capitalizedWords.has(abbreviation)) return undefined
  // Long all-capital words are words set in capitals, not abbreviations: «ТРЕБОВАНИЯ», "IMPORTANT".
  if (abbreviation.length >= 7 && (abbreviation.match(vowels)?.length ?? 0) / abbreviation.length >= 0.25) return undefined
  return abbreviation
}

/**
 * The abbreviations used in a block, in order. `ordinaryWords` holds the
 * normalised words the document writes in lower case: a word it also sets in
 * capitals («МЕНЮ» beside «меню», "DATA" beside "data") is emphasis there.
 * The names the block shows («NVIDIA (NVENC)») are added to `shownAsNames`.
 */
export function abbreviationUses(block: ProseBlock, ordinaryWords: OrdinaryWords, language: ProseLanguage = 'ru', shownAsNames?: Set<string>): AbbreviationUse[] {
  // A block set in capitals has no abbreviations to define, and without names to collect, nothing to read.
  if (shownAsNames === undefined && isCapsBlock(block)) return []
  return usesOf(block, blockAbbreviations.make(block, language, false), ordinaryWords, shownAsNames)
}

/**
 * The uses of a block's abbreviations, from what {@link blockAbbreviations} found in it (perhaps
 * in an earlier version of the document, for a block of the same text): those the document does
 * not write in lower case elsewhere, with their words and places in this version.
 */
export function usesOf(block: ProseBlock, found: BlockAbbreviations, ordinaryWords: OrdinaryWords, shownAsNames?: Set<string>): AbbreviationUse[] {
  if (shownAsNames) for (const name of found.names) shownAsNames.add(name)
  const uses: AbbreviationUse[] = []
  for (const candidate of found.candidates) {
    // A word the document also writes in lower case is emphasis here: «**ГДЕ** хранятся», «МЕНЮ».
    if (candidate.emphasisIfOrdinary !== undefined && ordinaryWords.has(candidate.emphasisIfOrdinary)) continue
    const word = block.sentences[candidate.sentence]!.words[candidate.word]!
    const part = word.parts[candidate.part]!
    uses.push({abbreviation: candidate.abbreviation, span: part.span, from: part.from, to: part.to, word})
  }
  return uses
}

/** An abbreviation a block holds, by the checks that read the block alone; its word by index, so that a block of the same text in a later version gives its word there. */
export interface BlockAbbreviation {
  readonly abbreviation: string
  readonly sentence: number
  readonly word: number
  readonly part: number
  /** The part's normal form when the document's writing it in lower case elsewhere makes this use emphasis. */
  readonly emphasisIfOrdinary: string | undefined
}

/** What a block's words in capitals say, by the block alone. */
export interface BlockAbbreviations {
  /** In order; the document-wide checks (words written in lower case elsewhere) still to make. */
  readonly candidates: readonly BlockAbbreviation[]
  /** The words the block shows to be names («NVIDIA (NVENC)», «GTX 950+»): names in every use. */
  readonly names: readonly string[]
}

/**
 * The abbreviations of a block and the names it shows, worked out from its text, kind and sentences
 * alone: a language server keeps them for the blocks an edit left unchanged ({@link BlockCache}).
 */
export const blockAbbreviations: BlockWork<BlockAbbreviations> = {name: 'abbreviations', make: scanBlock}

function scanBlock(block: ProseBlock, language: ProseLanguage): BlockAbbreviations {
  // A block set in capitals has no abbreviations to define; a name it shows («**NVIDIA (NVENC)**») is still one.
  // Its capitals are counted only for a word that gets that far: most blocks have none.
  let capitals: boolean | undefined
  const candidates: BlockAbbreviation[] = []
  const shownAsNames: string[] = []
  let names: Array<readonly [number, number]> | undefined
  // By index: `entries()` made an [index, item] array for every item.
  for (let sentenceIndex = 0; sentenceIndex < block.sentences.length; sentenceIndex++) {
    const sentence = block.sentences[sentenceIndex]!
    const words = sentence.words
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!
      // Most words have no part with two capitals, and so no abbreviation: they are passed over before
      // any of the checks below makes a string (the checks only ever skip, so their order does not matter),
      // a part in plain lower case by a loop over its code units, before any regular expression.
      let identifier: boolean | undefined
      for (let partIndex = 0; partIndex < word.parts.length; partIndex++) {
        const part = word.parts[partIndex]!
        if (isPlain(part.text) || !twoCapitals.test(part.text)) continue
        identifier ??= requirementId.test(word.text.replace(/(?:['’]s)?[.,;:]*$/u, ''))
        if (identifier) break
        // «NF001», «RFC3986», «ISO9001»: an identifier, also inside a longer word («RFC6570-Based»).
        if (/^\p{Lu}{1,10}\d+$/u.test(part.text)) continue
        // «БПИвм-03233/10»: a mixed-case code joined to a number, a group's or an item's code.
        if (/\p{Ll}/u.test(part.text) && /^-\d/u.test(block.text.slice(part.to, part.to + 2))) continue
        // "TL;DR": an idiom of initials every reader knows, split in two by its semicolon.
        if (idiom.test(block.text.slice(Math.max(0, part.from - 3), part.to + 3))) continue
        // «U+DBFF»: a Unicode code point.
        if (block.text.slice(part.from - 2, part.from) === 'U+') continue
        // «TS_to_SR», «config_DB_name»: an identifier written in prose, not an abbreviation.
        if (block.text[part.from - 1] === '_' || block.text[part.to] === '_') continue
        // «JSON-RPC», «AES-NI», «JSON-LD», «ROC-AUC»: Latin capitals joined by a hyphen to more capitals are one
        // designation, a protocol's, a format's or a metric's name, looked up as a whole.
        if (/^[A-Z]+$/u.test(part.text) && (/(?<![\p{L}\p{N}])[A-Z]{2,}\d*-$/u.test(block.text.slice(Math.max(0, part.from - 12), part.from)) || /^-[A-Z]{2,}(?![\p{L}])/u.test(block.text.slice(part.to, part.to + 12)))) continue
        // «ATT&CK», «AT&T», «R&D»: capitals joined by an ampersand are one name, read as a whole.
        if ((block.text[part.from - 1] === '&' && /\p{Lu}/u.test(block.text[part.from - 2] ?? '')) || (block.text[part.to] === '&' && /\p{Lu}/u.test(block.text[part.to + 1] ?? ''))) continue
        // «АО «БАРС Груп»», «ООО "ИКС"»: a company's name, in quotation marks after its legal form.
        names ??= companyNames(block.text)
        if (names.some(([open, close]) => open < part.from && part.to <= close)) continue
        // «.NET»: a name that starts with a dot.
        if (block.text[part.from - 1] === '.' && !/[\p{L}\p{N}]/u.test(block.text[part.from - 2] ?? ' ')) continue
        // «ASP.NET», «VB.NET»: a dotted name, joined to letters by a dot without a space.
        if (isDotted(block.text, part.from, part.to)) continue
        // A soft hyphen or zero-width space is invisible to the reader: «C\u200BRM» is «CRM».
        const abbreviation = abbreviationOf(part.text.replace(invisible, ''))
        if (!abbreviation) continue
        // «[ВСТАВЬТЕ СПОСОБ СВЯЗИ]», "[INSERT CONTACT METHOD]": a template's placeholder, text to be replaced
        // before anyone reads the document, not words to define.
        if (isInPlaceholder(block.text, part.from, part.to)) continue
        // «{{ TF }}», "{{ product.CLI }}": a template variable (Liquid, Jinja, Handlebars, YFM) the site
        // renders into a name; the reader never sees it.
        if (isTemplateVariable(block.text, part.from, part.to)) continue
        // «transition to state READY», «переходит в состояние ACTIVE»: a state's name, as in a state table.
        if (isAfterStateWord(block.text, part.from)) continue
        // A unit is a unit beside a number: «1500 ВА», «−16 LUFS», «сотни КБ» are quantities, «ВА» alone is not.
        // «Чтение, МБ/с», «IOPS/ГБ», «Размер, ГБ» in a table's header: a unit in a rate, or after the name of what it
        // measures at a line's end, is a unit with or without its number.
        if (
          builtinData().units.has(abbreviation) &&
          (isQuantity(block.text, part.from) || isInRate(block.text, part.from, part.to) || isHeaderUnit(block.text, part.from, part.to))
        ) {
          continue
        }
        // «NVIDIA», «AMD», «VLC»: a vendor's or product's name, not an abbreviation.
        if (isProductName(abbreviation)) continue
        // «CRI-O», «X-UA-Compatible»: capitals hyphenated to a single letter are parts of one name, a product's or a header's.
        if (isBesideSingleLetter(word.parts, partIndex, block.text)) continue
        // «NVIDIA (NVENC)», «VLC, foobar2000, MPC», «GTX 950+», «EBU R128»: shown to be a name here, it is
        // a name in every use (the caller collects them in `shownAsNames`).
        const vendor = word.parts.length === 1 ? besideVendor(sentence, index, block.text, part.from, part.to) : afterVendorColon(word.parts, partIndex, block.text)
        // «AMD GPU», "Microsoft RDP": the vendor's, in this use only — «GPU» alone elsewhere may still need defining.
        if (vendor === 'after') continue
        if (vendor === 'brackets' || isInNameList(block.text, part.from, part.to, language) || isBeforeDesignation(block.text, part.to) || isInVersionedName(block.text, part.from, part.to)) {
          shownAsNames.push(abbreviation)
          continue
        }
        if ((capitals ??= isCapsBlock(block))) continue
        // «Django REST Framework», «Element UI», «AI Research Centre» in Russian prose: a name.
        if (language === 'ru' && isInLatinName(sentence, word, part.from, part.to, block.text)) continue
        // «SQL Server», «DHBW Karlsruhe» in English running text: before a capitalised word inside a
        // sentence that is not written in title case, it is part of a name.
        if (language === 'en' && isBeforeEnglishName(block, sentence, word)) continue
        // «OpenTelemetry API», «Vets-API», «GitHub CLI»: next to a product name written in CamelCase, or
        // joined to a capitalised Latin word, in any language.
        if (isBesideProductName(sentence, word, part.from, block.text)) continue
        // «PostgreSQL / MSSQL / IIS», «MSVC/Qt», «Qt Quick / QML»: alternatives joined by slashes are things
        // of one kind; beside a product name, they are product names too.
        if (isAmongNames(block.text, part.from, part.to, language)) continue
        // "open-source protocols (e.g. Kafka, NATS)": an example list that names products by name.
        if (isAmongExampleNames(block.text, part.from, part.to)) continue
        // «PRIMARY KEY», «FOREIGN KEY»: beside a long word set in capitals, a short one is set in capitals too.
        if (isBesideCapitalsWord(sentence, word, block.text)) continue
        // «Статус: НЕ НАЧАТА», «ТОЛЬКО ЧТЕНИЕ»: a Russian word in capitals after a stressed one is stressed too.
        if (isAfterStressedWord(sentence, word, block.text)) continue
        // Whether the document writes the word in lower case elsewhere is the document's to say ({@link usesOf}).
        const emphasisIfOrdinary = abbreviation.length >= 4 || (abbreviation.length === 3 && isCyrillicWord(abbreviation)) ? part.norm : undefined
        candidates.push({abbreviation, sentence: sentenceIndex, word: index, part: partIndex, emphasisIfOrdinary})
      }
    }
  }
  return {candidates, names: shownAsNames}
}

/** Whether the part is hyphenated to a part that is one capital letter: «CRI-O», «X-UA-Compatible». */
function isBesideSingleLetter(parts: Word['parts'], index: number, text: string): boolean {
  const part = parts[index]!
  const previous = parts[index - 1]
  const next = parts[index + 1]
  return (
    (previous !== undefined && /^\p{Lu}$/u.test(previous.text) && text.slice(previous.to, part.from) === '-') ||
    (next !== undefined && /^\p{Lu}$/u.test(next.text) && text.slice(part.to, next.from) === '-')
  )
}

/**
 * Whether a number stands right before the text at `from` — «1500 ВА», «256 GB», «2×4 ГБ», «10–20 МБ»,
 * «−16 LUFS» (a minus sign), «100+ МБ» — or a word that counts as one: «сотни КБ», "hundreds of MB".
 */
/** Whether the part at `from`–`to` is joined by a slash to the next or the previous: «МБ/с», «IOPS/ГБ», «Гбит/с». */
function isInRate(text: string, from: number, to: number): boolean {
  return /^\/\p{L}/u.test(text.slice(to, to + 2)) || /\p{L}\/$/u.test(text.slice(Math.max(0, from - 2), from))
}

/** Whether the part at `from`–`to` ends its line after a comma, as a column's unit follows its name: «Размер, ГБ». */
function isHeaderUnit(text: string, from: number, to: number): boolean {
  return /\p{L},\s*$/u.test(text.slice(Math.max(0, from - 3), from)) && /^\s*(?:\n|$)/u.test(text.slice(to, to + 3))
}

function isQuantity(text: string, from: number): boolean {
  const before = text.slice(Math.max(0, from - 24), from)
  if (/\d\s*\+?\s*(?:[-–—−]\s*)?$/u.test(before)) return true
  const counted = /(\p{L}+)\s+(?:of\s+)?$/u.exec(before)
  return counted !== null && builtinData().quantityWords.has(counted[1]!.toLowerCase())
}

/**
 * Whether the text at `from`–`to` stands in a template's placeholder: square brackets holding two words
 * or more, all in capitals, one of them a word set in capitals (four letters or more, not an
 * abbreviation: «ВСТАВЬТЕ», "CONTACT") — «[ВСТАВЬТЕ СПОСОБ СВЯЗИ]», "[INSERT CONTACT METHOD]", "[NAME OF
 * COPYRIGHT OWNER]". A link's text has lost its brackets by here; a bracketed name of capitals alone,
 * «[SPIFFE ID]», "[API KEY]", is no placeholder, and its abbreviations stay reported.
 */
function isInPlaceholder(text: string, from: number, to: number): boolean {
  // A placeholder is short: its brackets are looked for near the word, not through a long line.
  const lower = Math.max(0, from - placeholderReach)
  const open = text.slice(lower, from).lastIndexOf('[')
  if (open === -1) return false
  const close = text.slice(to, to + placeholderReach).indexOf(']')
  if (close === -1) return false
  const inside = text.slice(lower + open + 1, to + close)
  if (!placeholder.test(inside)) return false
  return inside
    .trim()
    .split(/[ \t]+/u)
    .some((word) => word.length >= 4 && /^\p{Lu}+$/u.test(word) && abbreviationOf(word) === undefined)
}

const placeholderReach = 120

/** Whether the text at `from`–`to` is (part of) the name inside `{{ … }}`. */
function isTemplateVariable(text: string, from: number, to: number): boolean {
  return /\{\{-?\s*[\w.-]*$/u.test(text.slice(Math.max(0, from - 40), from)) && /^[\w.-]*\s*-?\}\}/u.test(text.slice(to, to + 40))
}
/** Two words or more in capitals (Latin or Cyrillic, digits, `_` and `-` inside), spaces between. */
const placeholder = /^[ \t]*\p{Lu}[\p{Lu}\d_-]*(?:[ \t]+\p{Lu}[\p{Lu}\d_-]*)+[ \t]*$/u

/**
 * Whether the word at `from` names a state: right after «state» or «status» governed by a preposition,
 * with no article ("transition to state READY", "stay in state CONNECTING"), or after «в состояние»,
 * «в состоянии», «из состояния», «в статус», «в статусе», «из статуса», or after the label «status:», «Статус:»
 * («status: DRAFT» in a document's metadata written as text). A state's name is written like
 * its code constant, in capitals, as in a state table's column. "the connectivity state API" is a noun
 * compound, not a state named API: without the preposition right before «state» it does not count.
 */
function isAfterStateWord(text: string, from: number): boolean {
  const before = text.slice(Math.max(0, from - 32), from)
  return stateWord.test(before)
}

const stateWord = /(?:^|[^\p{L}])(?:(?:in|to|into|from)\s+(?:state|status)|(?:в|во|из)\s+(?:состояни[еия]|статус[еа]?)|(?:state|status|состояние|статус)\s*:)[ \u00a0]+$/iu

/** A Cyrillic word with a vowel: «ГДЕ», «ВСЕ» read as words; «БД», «СУЗ» do not. */
function isCyrillicWord(text: string): boolean {
  return /^\p{Script=Cyrillic}+$/u.test(text) && /[АЕЁИОУЫЭЮЯ]/u.test(text)
}

/**
 * Whether a Latin abbreviation in a Russian document stands inside a Latin name:
 * next to a Latin word with a capital and lower-case letters («Django REST
 * Framework», «Element UI», «AI Research Centre»). In Russian prose such a run is a
 * product's or an organisation's name; English prose capitalises too much for
 * this to hold there.
 */
function isInLatinName(sentence: Sentence, word: Word, from: number, to: number, text: string): boolean {
  if (!/^[A-Z]+$/u.test(text.slice(from, to)) || word.parts.length !== 1) return false
  const index = sentence.words.findIndex((item) => item.from === word.from)
  const name = (neighbour: Word | undefined, gap: string): boolean => neighbour !== undefined && /^\s+$/u.test(gap) && /^[A-Z][a-z]+$/u.test(neighbour.text)
  const before = sentence.words[index - 1]
  const after = sentence.words[index + 1]
  return name(before, before ? text.slice(before.to, word.from) : '') || name(after, after ? text.slice(word.to, after.from) : '')
}

/** «ASP.NET»: the part is joined by a dot, with no space, to letters before or after it. */
function isDotted(text: string, from: number, to: number): boolean {
  return (text[from - 1] === '.' && /\p{L}/u.test(text[from - 2] ?? '')) || (text[to] === '.' && /\p{L}/u.test(text[to + 1] ?? ''))
}

/** A token of a slash-joined run: letters, digits and the marks names carry («C++», «Node.js»). */
const nameToken = /[\p{L}\p{N}][\p{L}\p{N}.+#-]*/uy

/**
 * The other members of the slash-joined run the text at `from`–`to` stands in: «PostgreSQL / MSSQL /
 * IIS» gives «PostgreSQL», «MSSQL» for «IIS». A member may be two words, «Qt Quick / QML».
 */
function slashSiblings(text: string, from: number, to: number): string[] {
  const siblings: string[] = []
  // Leftwards: «… Name / ABBR».
  let at = from
  for (;;) {
    const slash = /([^\s/]+(?: [^\s/]+)?)\s*\/\s*$/u.exec(text.slice(Math.max(0, at - 60), at))
    if (!slash) break
    siblings.push(slash[1]!)
    at -= slash[0].length
  }
  // Rightwards: «ABBR / Name …».
  at = to
  for (;;) {
    const slash = /^\s*\/\s*/u.exec(text.slice(at))
    if (!slash) break
    nameToken.lastIndex = at + slash[0].length
    const token = nameToken.exec(text)
    if (!token) break
    siblings.push(token[0])
    at = nameToken.lastIndex
  }
  return siblings
}

function isAmongNames(text: string, from: number, to: number, language: ProseLanguage): boolean {
  if (!/^[A-Z]+$/u.test(text.slice(from, to))) return false
  // English capitalises words that are not names; a capitalised Latin word names a product only in Russian prose.
  const name = (token: string): boolean => productName.test(token) || (language === 'ru' && /^[A-Z][a-z]+$/u.test(token))
  return slashSiblings(text, from, to).some((sibling) => sibling.split(/\s+/u).some((token) => name(token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))))
}

/**
 * "(e.g. Kafka, NATS)", «(например, Kafka, NATS)»: the Latin abbreviation is one item of a list of
 * examples in brackets in which another item is a capitalised Latin word or a CamelCase name. Given
 * as examples beside a product's name, the items are products' names too; a list of abbreviations
 * alone ("(e.g. HTTP, AMQP, MQTT)") is not spared.
 */
function isAmongExampleNames(text: string, from: number, to: number): boolean {
  if (!/^[A-Z]+$/u.test(text.slice(from, to))) return false
  const brackets = enclosingBrackets(text, from, to)
  if (!brackets) return false
  const {open, close} = brackets
  const marker = /^\s*(?:e\.\s?g\.|for example|such as|like|например|в том числе|такие как)[\s,:]*/iu.exec(text.slice(open + 1, from))
  if (!marker) return false
  const items = text.slice(open + 1 + marker[0].length, close).split(/\s*,\s*|\s+(?:and|or|и|или)\s+/u).map((item) => item.trim())
  // Every item one word, so that the list is a list of names, not of phrases.
  if (items.some((item) => !/^[\p{L}\p{N}.+#-]+$/u.test(item))) return false
  return items.some((item) => /^[A-Z][a-z]{2,}$/u.test(item) || productName.test(item))
}

/** «PRIMARY KEY»: the word stands next to a long word set in capitals (seven letters or more, not an abbreviation). */
function isBesideCapitalsWord(sentence: Sentence, word: Word, text: string): boolean {
  const index = sentence.words.findIndex((item) => item.from === word.from)
  const capitals = (neighbour: Word | undefined, gap: string): boolean =>
    neighbour !== undefined && /^[ \t]+$/u.test(gap) && /^\p{Lu}{7,}$/u.test(neighbour.text) && abbreviationOf(neighbour.text) === undefined
  const before = sentence.words[index - 1]
  const after = sentence.words[index + 1]
  return capitals(before, before ? text.slice(before.to, word.from) : '') || capitals(after, after ? text.slice(word.to, after.from) : '')
}

/**
 * Whether the word is a Russian word in capitals — four letters or more, two vowels or more and a vowel at
 * its end, as abbreviations seldom have («АСУТП», «СУБД») — right after a word `capitalized-words.yaml`
 * lists as stressed: «НЕ НАЧАТА», «ТОЛЬКО ЧТЕНИЕ».
 */
function isAfterStressedWord(sentence: Sentence, word: Word, text: string): boolean {
  if (word.parts.length !== 1 || !/^[А-ЯЁ]{3,}[АЕЁИОУЫЭЮЯ]$/u.test(word.text) || (word.text.match(/[АЕЁИОУЫЭЮЯ]/gu)?.length ?? 0) < 2) return false
  const index = sentence.words.findIndex((item) => item.from === word.from)
  const before = sentence.words[index - 1]
  return before !== undefined && /^[ \t]+$/u.test(text.slice(before.to, word.from)) && builtinData().capitalizedWords.has(before.text)
}

/**
 * «SQL Server database», «students at the DHBW Karlsruhe»: a capitalised word right after the
 * abbreviation, not opening the sentence, in a sentence that also writes a word of five letters or
 * more in lower case (a title capitalises every such word).
 */
function isBeforeEnglishName(block: ProseBlock, sentence: Sentence, word: Word): boolean {
  if (block.kind !== 'paragraph' || word.parts.length !== 1 || !/^[A-Z]+$/u.test(word.text)) return false
  const words = sentence.words
  const index = words.findIndex((item) => item.from === word.from)
  const next = words[index + 1]
  if (index === 0 || !next || !/^[A-Z][a-z]{2,}$/u.test(next.text) || !/^ +$/u.test(block.text.slice(word.to, next.from))) return false
  return words.some((item) => /^\p{Ll}{5,}$/u.test(item.text))
}

/** «CC BY 3.0», «CC BY-SA 4.0»: after another word in capitals and before a version, part of a versioned name. */
function isInVersionedName(text: string, from: number, to: number): boolean {
  return /(?:^|[^\p{L}])\p{Lu}{2,}[ \u00a0]$/u.test(text.slice(Math.max(0, from - 12), from)) && /^(?:-\p{Lu}{2,})?[ \u00a0]+\d+\.\d+(?![\d.]*\s*\p{L})/u.test(text.slice(to, to + 16))
}

/** "TL;DR" around a part. */
const idiom = /(?:^|[^\p{L}])TL;DR(?![\p{L}])/u

/** «OpenTelemetry», «GitHub», «iOS», «IntelliJ»: a word with inner capitals after lower-case letters. */
const productName = /^(?:\p{Lu}\p{Ll}+){2,}$|^\p{Ll}+\p{Lu}|^\p{Lu}\p{Ll}{2,}\p{Lu}+$/u

function isBesideProductName(sentence: Sentence, word: Word, from: number, text: string): boolean {
  const part = word.parts.find((item) => item.from === from)
  if (!part || !/^[A-Z]+$/u.test(part.text)) return false
  if (word.parts.length > 1) return word.parts.some((other) => other !== part && (/^[A-Z][a-z]+$/u.test(other.text) || productName.test(other.text)))
  const index = sentence.words.findIndex((item) => item.from === word.from)
  const before = sentence.words[index - 1]
  const after = sentence.words[index + 1]
  const named = (neighbour: Word | undefined, gap: string): boolean => neighbour !== undefined && /^\s+$/u.test(gap) && productName.test(neighbour.text)
  return named(before, before ? text.slice(before.to, word.from) : '') || named(after, after ? text.slice(word.to, after.from) : '')
}

/**
 * The names a document's prose writes in mixed case, in capitals: «GRPC» for «gRPC», «OTEL» for «OTel»,
 * «COMQUEUE» for «ComQueue». A name with lower-case letters is not an abbreviation
 * ({@link abbreviationOf}), and setting it in capitals («GRPC-LB», a heading) does not make it one.
 * Only a spelling with two capitals or more counts: «Api» may be a misspelling of «API». Code is not
 * prose: `cA`, an X.509 field, says nothing of «CA».
 */
export function mixedCaseNames(blocks: readonly ProseBlock[], namesIn: (block: ProseBlock) => readonly string[] = mixedCaseNamesIn): Set<string> {
  const found = new Set<string>()
  for (const block of blocks) for (const name of namesIn(block)) found.add(name)
  return found
}

/** {@link mixedCaseNames} of one block: a language server keeps them for the blocks an edit left unchanged. */
export const blockMixedCaseNames: BlockWork<readonly string[]> = {name: 'mixed-case names', make: mixedCaseNamesIn}

function mixedCaseNamesIn(block: ProseBlock): readonly string[] {
  let found: string[] | undefined
  for (const sentence of block.sentences) {
    for (const word of sentence.words) {
      for (const part of word.parts) {
        const text = part.text
        // Two capitals first: most words have none, and are passed over after one test.
        if (isPlain(text) || !twoCapitals.test(text) || !/\p{Ll}/u.test(text) || !/^[\p{L}\d]+$/u.test(text)) continue
        if (abbreviationOf(text) === undefined) (found ??= []).push(text.toUpperCase())
      }
    }
  }
  return found ?? none
}

/** One empty list for every block without such names: most blocks. */
const none: readonly never[] = Object.freeze([])

/**
 * The abbreviations a document uses as a company's name, in quotation marks after a legal form
 * («ОАНО ВО «МИТУ»»): a name there, it is a name wherever else the document writes it
 * («Исполнитель: … (ВКР, МИТУ)»).
 */
export function companyNameAbbreviations(blocks: readonly ProseBlock[]): Set<string> {
  const found = new Set<string>()
  for (const block of blocks) {
    const text = block.text
    if (!/[«"“]/u.test(text)) continue
    for (const [open, close] of companyNames(text)) {
      for (const match of text.slice(open + 1, close).matchAll(/[\p{L}\p{N}]+/gu)) {
        const abbreviation = abbreviationOf(match[0])
        if (abbreviation) found.add(abbreviation)
      }
    }
  }
  return found
}

/**
 * The abbreviation a document is titled with: its first heading, of level 1, gives it alone before a
 * separator and the kind of document after it («BFFL | Software Requirements Specification», «# КРОТ:
 * техническое задание»). That is the project's own name, which the document never expands, not a term
 * to define. «# ТЗ на разработку CRM-системы» and a heading of the abbreviation alone («# BOM», a
 * section about it) do not qualify.
 */
export function titleAbbreviations(blocks: readonly ProseBlock[]): Set<string> {
  const found = new Set<string>()
  const title = blocks.find((block) => block.kind === 'heading')
  if (!title || title.depth !== 1) return found
  const name = /^\s*([\p{L}\p{N}]+)(?:\s+v?\d+(?:\.\d+)*)?\s*(?:[|:—–]|\s-\s)(.*)$/u.exec(title.text)
  if (!name || !documentKind.test(name[2]!)) return found
  const abbreviation = abbreviationOf(name[1]!)
  if (abbreviation) found.add(abbreviation)
  return found
}

/**
 * The names in a state table: the cells of a column titled «Состояние», "State", "Status"
 * («| READY | … had no queued buffers |»). A state's name is written like its code constant, in
 * capitals; it names the state, it abbreviates nothing.
 */
export function stateNameCells(blocks: readonly ProseBlock[]): Set<ProseBlock> {
  const cells = new Set<ProseBlock>()
  let states: boolean[] = []
  for (const block of blocks) {
    const container = block.container
    if (container.type !== 'tableRow') continue
    if (container.row === 0) {
      if (container.column === 0) states = []
      states[container.column] = stateColumn.test(block.text.trim())
    } else if (states[container.column] && /^[\p{Lu}\d_-]+$/u.test(block.text.trim())) cells.add(block)
  }
  return cells
}

/** The title of a state table's column of names. */
const stateColumn = /^(?:states?|status|состояни[ея]|статус)$/iu

/**
 * «Argo CD»: Latin names whose capitalised word the document never writes without the abbreviation after
 * it, at least twice — the abbreviation is part of the name. «the F Prime FSW» beside «F Prime» alone
 * is a name and an abbreviation. Keys are «Word ABBR».
 */
export function inseparableNames(blocks: readonly ProseBlock[], namesIn: (block: ProseBlock) => readonly CapitalisedName[] = capitalisedNamesIn): Set<string> {
  const totals = new Map<string, number>()
  const followed = new Map<string, number>()
  for (const block of blocks) {
    for (const [name, after] of namesIn(block)) {
      totals.set(name, (totals.get(name) ?? 0) + 1)
      if (after) followed.set(`${name} ${after}`, (followed.get(`${name} ${after}`) ?? 0) + 1)
    }
  }
  const names = new Set<string>()
  for (const [pair, count] of followed) if (count >= 2 && count === totals.get(pair.split(' ')[0]!)) names.add(pair)
  return names
}

/** A capitalised Latin word («Argo»), with the word in capitals right after it («CD»), if one is. */
export type CapitalisedName = readonly [name: string, after: string | undefined]

/** The capitalised words of one block, for {@link inseparableNames}: a language server keeps them for the blocks an edit left unchanged. */
export const blockCapitalisedNames: BlockWork<readonly CapitalisedName[]> = {name: 'capitalised names', make: capitalisedNamesIn}

function capitalisedNamesIn(block: ProseBlock): readonly CapitalisedName[] {
  let found: CapitalisedName[] | undefined
  for (const match of block.text.matchAll(/(?<![\p{L}\p{N}])([A-Z][a-z]{2,})(?![\p{L}\p{N}])(?:[ \u00a0]+([A-Z]{2,})(?![\p{L}\p{N}]))?/gu)) {
    found ??= []
    found.push([match[1]!, match[2]])
  }
  return found ?? none
}

/** The capitalised word right before the text at `from`, with only spaces between: «Argo» in «Argo CD». */
export function nameBefore(text: string, from: number): string | undefined {
  return /(?<![\p{L}\p{N}])([A-Z][a-z]{2,})[ \u00a0]+$/u.exec(text.slice(Math.max(0, from - 40), from))?.[1]
}

/** The kinds of document a title names after the project's name. */
const documentKind = /(?:specification|requirements|\bSRS\b|design|document|техническое\s+задание|(?<!\p{L})ТЗ(?!\p{L})|требовани|спецификаци|документ)/iu

/**
 * The quotations of a text that follow a legal form: companies' names,
 * «АО «БАРС Груп»», «ООО "ИКС"».
 */
function companyNames(text: string): Array<readonly [number, number]> {
  return quotations(text).filter(([open]) => {
    const form = /(\p{L}+)\s*$/u.exec(text.slice(Math.max(0, open - 12), open))
    return form !== null && builtinData().legalForms.has(form[1]!)
  })
}

/**
 * A block set in capitals («1. ОБЩИЕ СВЕДЕНИЯ О СИСТЕМЕ»): its capitalised words
 * are emphasis, not abbreviations.
 */
function isCapsBlock(block: ProseBlock): boolean {
  // The patterns are module constants: a literal in the loop is a new RegExp object for every part.
  let letterWords = 0
  let capsWords = 0
  let longCaps = 0
  for (const sentence of block.sentences) {
    for (const word of sentence.words) {
      for (const part of word.parts) {
        if (!aLetter.test(part.text)) continue
        letterWords++
        if (part.text.length >= 2 && !aSmallLetter.test(part.text)) {
          capsWords++
          if (part.text.length >= 4) longCaps++
        }
      }
    }
  }
  return longCaps >= 2 && capsWords / letterWords >= 0.6
}

const aLetter = /\p{L}/u
const aSmallLetter = /\p{Ll}/u
/** A word in lower case or with a capital first letter only. */
const ordinaryWord = /^\p{L}\p{Ll}+$/u

/** The normalised words a document writes in lower case or with a capital first letter only. */
export interface OrdinaryWords {
  has(norm: string): boolean
}

/**
 * The words a document writes in lower case or with a capital first letter only, gathered on the
 * first question: {@link abbreviationUses} asks only about a word in capitals of three letters or
 * more that passed every other check, and most documents have none. Gathered at once, they were a
 * regular expression and a set entry for every word of every document.
 */
export function ordinaryWords(document: ProseDocument): OrdinaryWords {
  let words: Set<string> | undefined
  return {
    has(norm: string): boolean {
      words ??= gatherOrdinaryWords(document)
      return words.has(norm)
    }
  }
}

function gatherOrdinaryWords(document: ProseDocument): Set<string> {
  const words = new Set<string>()
  // Each distinct text once: reading every word of every sentence made a word object for each.
  for (const [text, norm] of document.vocabulary()) if (ordinaryWord.test(text)) words.add(norm)
  return words
}

/**
 * How the letters of a Latin abbreviation are spelt in Cyrillic when it is written
 * in Russian letters: «ПДФ» is PDF, «СМС» SMS. Each Cyrillic letter with the Latin
 * letters its name can stand for.
 */
const latinLetters: Readonly<Record<string, string>> = {
  А: 'A', Б: 'B', В: 'VW', Г: 'G', Д: 'D', Е: 'E', Ж: 'J', З: 'Z', И: 'I', Й: 'JY', К: 'KCQ', Л: 'L', М: 'M', Н: 'N',
  О: 'O', П: 'P', Р: 'R', С: 'SC', Т: 'T', У: 'U', Ф: 'F', Х: 'HX', Ц: 'C', Ы: 'Y', Э: 'E', Ю: 'U', Я: 'Y'
}

/** The Latin abbreviations a Cyrillic one can be the spelling of: «ПДФ» → PDF; «СМС» → SMS, CMS, SMC, CMC. */
export function latinSpellings(abbreviation: string): string[] {
  if (!/^[А-ЯЁ]{2,6}$/u.test(abbreviation)) return []
  let spellings = ['']
  for (const letter of abbreviation) {
    const options = latinLetters[letter]
    if (!options) return []
    spellings = spellings.flatMap((prefix) => [...options].map((option) => prefix + option))
  }
  return spellings
}
