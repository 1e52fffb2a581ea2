/**
 * A compiled index of names (glossary terms, vague phrases) and the one pass over
 * a sentence's words that finds them. Names are keyed by the first letters of
 * the forms of their first word (see {@link firstKey}), so the cost of a pass is
 * one map look-up per word and a set look-up per name sharing those letters. At
 * each word the longest name wins, and matches do not overlap: «панель» inside
 * «информационная панель» is not a match of «панель».
 */
import type {Span} from './location.js'
import {phraseForms} from './morphology/index.js'
import {invisibleCharacters, isPlain, normalizeWord} from './normalize.js'
import {spanOf, type Sentence, type WordPart} from './prose.js'

export interface IndexedName<T> {
  /** The name as written in its source (glossary, word list). */
  readonly text: string
  /** Accepted normalised forms, one set per word. */
  readonly forms: ReadonlyArray<ReadonlySet<string>>
  /** What stands between the words, normalised by {@link normalizeGap}. */
  readonly gaps: readonly string[]
  /** Punctuation that ends the name and belongs to a match when present: the last dot of «и т.д.». */
  readonly trailing: string
  /** Matched only where written with capitals: «ПО» is not the preposition «по». */
  readonly capitals: boolean
  readonly value: T
}

export interface PhraseMatch<T> {
  readonly name: IndexedName<T>
  readonly sentence: Sentence
  /** The matched word parts, first to last. */
  readonly parts: readonly WordPart[]
  /** Range in the block's text. */
  readonly from: number
  readonly to: number
  readonly span: Span
}

export interface NameOptions {
  /** Match every inflected form of the words (default), or only the written form. */
  readonly inflect?: boolean
  /** An abbreviation: match only words with a capital letter («ПО», «Crm»), never lower-case words. */
  readonly capitals?: boolean
}

const partPattern = /[\p{L}\p{N}\p{M}]+/gu

export class PhraseIndex<T> {
  /**
   * Names by the {@link firstKey} of the forms of their first word: one name, or several, in the
   * order they were added. Keyed by every form instead, a 10,000-entry glossary made a map of
   * 103,000 keys from 150,000 forms: a third of its compile, and half of the 12.8 MB the compiled
   * glossary held for the lint's young-generation collections to copy. The forms of one word
   * nearly all share their first letters, so each name goes in about once (17,500 names under
   * about 6,300 keys).
   */
  private readonly byFirst = new Map<number, IndexedName<T> | Array<IndexedName<T>>>()
  size = 0

  add(text: string, value: T, options: NameOptions = {}): IndexedName<T> | undefined {
    const normalized = normalizeWord(text)
    let words: string[]
    let gaps: readonly string[]
    let trailing = ''
    const spaced = normalized.split(' ')
    // Most names are lower-case words and single spaces: their words and gaps are known without
    // the regular expression and its match objects (about 25 ms of compiling 10,000 entries). A
    // hyphen is a gap between two tokens, so a word with one is left to the expression.
    if (spaced.every((word) => word !== '' && isPlain(word) && !word.includes('-'))) {
      words = spaced
      gaps = words.length === 1 ? noGaps : words.length === 2 ? oneSpace : words.slice(1).map(() => '')
    } else {
      const tokens = [...normalized.matchAll(partPattern)]
      if (tokens.length === 0) return undefined
      const between: string[] = []
      for (let index = 1; index < tokens.length; index++) {
        const previous = tokens[index - 1]!
        const current = tokens[index]!
        between.push(normalizeGap(normalized.slice(previous.index + previous[0].length, current.index)))
      }
      const last = tokens.at(-1)!
      trailing = normalizeGap(normalized.slice(last.index + last[0].length))
      words = tokens.map((token) => token[0])
      gaps = sharedGaps(between)
    }
    const forms = options.inflect === false ? words.map((word) => new Set([word])) : phraseForms(text)
    if (forms.length !== words.length) return undefined
    const name: IndexedName<T> = {text, forms, gaps, trailing, capitals: options.capitals === true, value}
    let previous: number | undefined
    for (const form of forms[0]!) {
      const key = firstKey(form)
      // Most forms share the key of the form before; the key's entry already ends with this name.
      if (key === previous) continue
      previous = key
      const known = this.byFirst.get(key)
      if (known === undefined) this.byFirst.set(key, name)
      else if (known === name) continue
      else if (!Array.isArray(known)) this.byFirst.set(key, [known, name])
      else if (known.at(-1) !== name) known.push(name)
    }
    this.size++
    return name
  }

  /** All matches in a sentence, left to right, longest first at each word, not overlapping. */
  match(sentence: Sentence): Array<PhraseMatch<T>> {
    const parts: WordPart[] = []
    for (const word of sentence.words) parts.push(...word.parts)
    const text = sentence.block.text
    const matches: Array<PhraseMatch<T>> = []
    let index = 0
    while (index < parts.length) {
      const norm = parts[index]!.norm
      const candidates = this.byFirst.get(firstKey(norm))
      let best: IndexedName<T> | undefined
      if (Array.isArray(candidates)) {
        for (const name of candidates) {
          if (best && name.forms.length <= best.forms.length) continue
          if (name.forms[0]!.has(norm) && matchesAt(name, parts, index, text)) best = name
        }
      } else if (candidates?.forms[0]!.has(norm) && matchesAt(candidates, parts, index, text)) best = candidates
      if (!best) {
        index++
        continue
      }
      const first = parts[index]!
      const last = parts[index + best.forms.length - 1]!
      const to = best.trailing !== '' && text.startsWith(best.trailing, last.to) ? last.to + best.trailing.length : last.to
      matches.push({
        name: best,
        sentence,
        parts: parts.slice(index, index + best.forms.length),
        from: first.from,
        to,
        span: spanOf(sentence.block, first.from, to)
      })
      index += best.forms.length
    }
    return matches
  }
}

const noGaps: readonly string[] = []
const oneSpace: readonly string[] = ['']

/**
 * The gaps of a name, one array shared by every one-word name and another by every two words
 * separated by white space: an array fewer for each name of a glossary, for the lint's first
 * young-generation collections to copy.
 */
function sharedGaps(gaps: readonly string[]): readonly string[] {
  if (gaps.length === 0) return noGaps
  return gaps.length === 1 && gaps[0] === '' ? oneSpace : gaps
}

/** How many of a word's first characters {@link firstKey} reads. */
const keyLength = 4

/**
 * A small integer made from a word's first four characters (all of a shorter word's): equal
 * words have equal keys, so every name whose first word may be `word` is under `word`'s key.
 * Names under the same key that do not accept the word are told apart by their first set of
 * forms. A number rather than the four characters as a string: the pass over a sentence makes
 * no string for each word it looks up.
 */
function firstKey(word: string): number {
  const end = Math.min(word.length, keyLength)
  let key = end
  for (let index = 0; index < end; index++) key = (key * 65_599 + word.charCodeAt(index)) & 0x3f_ff_ff_ff
  return key
}

function matchesAt<T>(name: IndexedName<T>, parts: readonly WordPart[], start: number, text: string): boolean {
  if (start + name.forms.length > parts.length) return false
  if (name.capitals && !writtenAsAbbreviation(parts[start]!.text)) return false
  for (let offset = 1; offset < name.forms.length; offset++) {
    const previous = parts[start + offset - 1]!
    const part = parts[start + offset]!
    if (!name.forms[offset]!.has(part.norm)) return false
    if (normalizeGap(text.slice(previous.to, part.from)) !== name.gaps[offset - 1]) return false
  }
  return true
}

/** What a gap between two words may hold and still be no gap: space, invisible characters, hyphens. */
const gapCharacters = new RegExp(`[\\s${invisibleCharacters}\\-\\u2010\\u2011]`, 'gu')

/**
 * What separates two words, for comparison: white space, line breaks and
 * hyphens do not count («CRM-система» = «CRM система», «т. д.» = «т.д.»), any
 * other punctuation does («воронка, продаж» is not «воронка продаж»).
 */
export function normalizeGap(gap: string): string {
  return gap.replace(gapCharacters, '')
}

/**
 * Whether a word is written as an abbreviation may be: two capitals or more
 * («ПО», «CRM», «SaaS»), or a Latin word of three letters or more in title case
 * («Crm», «Json»). «По» at the start of a sentence is the preposition.
 */
function writtenAsAbbreviation(word: string): boolean {
  const capitals = word.match(/\p{Lu}/gu)?.length ?? 0
  return capitals >= 2 || (capitals === 1 && word.length >= 3 && /^[A-Za-z\d]+$/u.test(word))
}
