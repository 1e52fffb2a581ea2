/**
 * A compiled index of names (glossary terms, vague phrases) and the one pass over
 * a sentence's words that finds them. Names are keyed by every form of their
 * first word, so the cost of a pass is one map look-up per word, whatever the
 * size of the glossary. At each word the longest name wins, and matches do not
 * overlap: «панель» inside «информационная панель» is not a match of «панель».
 */
import type {Span} from './location.js'
import {phraseForms} from './morphology/index.js'
import {invisibleCharacters, normalizeWord} from './normalize.js'
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
  /** Names by every form of their first word: one name, or several (most forms start one name). */
  private readonly byFirst = new Map<string, IndexedName<T> | Array<IndexedName<T>>>()
  size = 0

  add(text: string, value: T, options: NameOptions = {}): IndexedName<T> | undefined {
    const normalized = normalizeWord(text)
    const tokens = [...normalized.matchAll(partPattern)]
    if (tokens.length === 0) return undefined
    const gaps: string[] = []
    for (let index = 1; index < tokens.length; index++) {
      const previous = tokens[index - 1]!
      const current = tokens[index]!
      gaps.push(normalizeGap(normalized.slice(previous.index + previous[0].length, current.index)))
    }
    const forms =
      options.inflect === false
        ? tokens.map((token) => new Set([token[0]]))
        : phraseForms(text)
    if (forms.length !== tokens.length) return undefined
    const last = tokens.at(-1)!
    const trailing = normalizeGap(normalized.slice(last.index + last[0].length))
    const name: IndexedName<T> = {text, forms, gaps, trailing, capitals: options.capitals === true, value}
    for (const form of forms[0]!) {
      const known = this.byFirst.get(form)
      if (known === undefined) this.byFirst.set(form, name)
      else if (Array.isArray(known)) known.push(name)
      else this.byFirst.set(form, [known, name])
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
      const candidates = this.byFirst.get(parts[index]!.norm)
      let best: IndexedName<T> | undefined
      if (Array.isArray(candidates)) {
        for (const name of candidates) {
          if (best && name.forms.length <= best.forms.length) continue
          if (matchesAt(name, parts, index, text)) best = name
        }
      } else if (candidates && matchesAt(candidates, parts, index, text)) best = candidates
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
