/**
 * Spelling variants of one name: the same letters with a hyphen, a space, an
 * underscore, joined up or in CamelCase, with another capital, or in British
 * and American spelling — «бизнес-процесс» / «бизнес процессами», «пин-код» /
 * «пинкод», «Личный Кабинет» / «личный кабинет», «ИНН_клиента» / «ИНН клиента»,
 * "web site" / "website", "authorisation" / "authorization".
 *
 * A name is one word or two adjacent ones; its key is its letters without the
 * separator, the last word's ending cut, so every inflected form shares it.
 * Words read in the first pass (single words, hyphenated and underscored
 * pairs, pairs with a capital second word) give the keys; the second pass
 * takes the pairs written with a space whose key the first pass saw. Function
 * words never start or end a name: «по ставке» is not «поставка», "log in" is
 * not "login", "may be" is not "maybe".
 */
import {americanSpelling, inflectionKey} from './inflection.js'
import {NameBuckets, type VariantGroup, type VariantName} from './model.js'
import {mentionOf, type ReadBlock, type Token} from './reading.js'
import type {VariantWords} from './words.js'

type Separator = '-' | '_' | ' '

const hyphen = /^[-\u2010\u2011]$/u
const space = /^[ \t]*(?:\r?\n[ \t]*)?$/u
const digit = /\p{N}/u
const camel = /\p{Ll}\p{Lu}/u
const cyrillic = /\p{Script=Cyrillic}/u
/** English adjectives and participles by their ending: the second part of a compound adjective. */
const englishAdjective = /(?:ed|ing|ive|ic|al|ble|ful|less|ous|ant|ent|ary|ory|specific|related|based|like|wide|free|safe|aware|compliant|sensitive|insensitive|defined|dependent|independent)$/u

function separatorOf(gap: string): Separator | undefined {
  if (hyphen.test(gap)) return '-'
  if (gap === '_') return '_'
  if (gap !== '' && space.test(gap)) return ' '
  return undefined
}

/** `U` for a capital followed by small letters, `l` for small letters, `A` for anything else (capitals, digits). */
function caseOf(text: string): 'U' | 'l' | 'A' {
  if (/^\p{Lu}\p{Ll}+$/u.test(text)) return 'U'
  if (/^\p{Ll}+$/u.test(text)) return 'l'
  return 'A'
}

export class SpellingVariants {
  private readonly groups = new Map<string, NameBuckets>()
  private readonly words: VariantWords

  constructor(words: VariantWords) {
    this.words = words
  }

  /** Single words, hyphenated and underscored pairs, pairs with a capital second word. */
  first(read: ReadBlock): void {
    const tokens = read.tokens
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!
      // A Latin word in CamelCase is an identifier written without code formatting ("requestBodies"), not prose.
      const latinCamel = camel.test(token.text) && !cyrillic.test(token.norm)
      if (token.norm.length >= 5 && !digit.test(token.norm) && !latinCamel) {
        const american = americanSpelling(token.norm)
        const shape = (camel.test(token.text) ? 'camel' : 'joined') + (american === token.norm ? '' : ':british')
        this.add(inflectionKey(american), shape, read, index, index, token.text)
      }
      const next = tokens[index + 1]
      if (!next) continue
      const separator = separatorOf(next.gap)
      if (separator === undefined || !this.pairable(token, next)) continue
      if (separator === ' ' && caseOf(next.text) !== 'U') continue
      // English capitalises the words of names and headings freely: only Russian has case variants.
      if (separator === ' ' && !cyrillic.test(next.norm)) continue
      // Part of a longer hyphenated word («точка-с-запятой») is not a name of its own.
      if (separator !== ' ' && (separatorOf(token.gap) === separator || separatorOf(tokens[index + 2]?.gap ?? '') === separator)) continue
      // An English compound hyphenated before a noun ("key-value pairs") is hyphenated for its position.
      const third = tokens[index + 2]
      if (separator === '-' && !cyrillic.test(next.norm) && third && separatorOf(third.gap) === ' ' && !this.words.isFunctionWord(third.norm)) continue
      this.addPair(read, index, separator)
    }
  }

  /** Pairs written with a space whose key the first pass saw written otherwise. */
  second(read: ReadBlock): void {
    if (this.groups.size === 0) return
    const tokens = read.tokens
    for (let index = 0; index + 1 < tokens.length; index++) {
      const token = tokens[index]!
      const next = tokens[index + 1]!
      if (separatorOf(next.gap) !== ' ' || (caseOf(next.text) === 'U' && cyrillic.test(next.norm)) || !this.pairable(token, next)) continue
      if (!this.groups.has(pairKey(token, next))) continue
      this.addPair(read, index, ' ')
    }
  }

  /** Every way a key is written, for the compound detector: «техкарта» and «тех карта» are one compound. */
  namesOf(key: string): VariantName[] {
    return this.groups.get(key)?.toNames() ?? []
  }

  /** Keys written in two ways or more. */
  found(): VariantGroup[] {
    const result: VariantGroup[] = []
    for (const buckets of this.groups.values()) {
      if (buckets.size >= 2) result.push({kind: 'spelling', names: buckets.toNames()})
    }
    return result
  }

  private pairable(a: Token, b: Token): boolean {
    if (a.norm.length < 2 || b.norm.length < 2 || digit.test(a.norm) || digit.test(b.norm)) return false
    if (camel.test(a.text) || camel.test(b.text)) return false
    // "case-sensitive" before a noun and "case sensitive" after a verb are one adjective, hyphenated by position.
    if (!cyrillic.test(b.norm) && englishAdjective.test(b.norm)) return false
    return !this.words.isFunctionWord(a.norm) && !this.words.isFunctionWord(b.norm)
  }

  private addPair(read: ReadBlock, index: number, separator: Separator): void {
    const token = read.tokens[index]!
    const next = read.tokens[index + 1]!
    const shape = cyrillic.test(next.norm) ? `${separator}:${caseOf(next.text)}` : separator
    this.add(pairKey(token, next), shape, read, index, index + 1, `${token.text}${separator === ' ' ? ' ' : next.gap}${next.text}`)
  }

  private add(key: string, shape: string, read: ReadBlock, first: number, last: number, text: string): void {
    let buckets = this.groups.get(key)
    if (!buckets) {
      buckets = new NameBuckets()
      this.groups.set(key, buckets)
    }
    buckets.add(shape, text, mentionOf(read, first, last))
  }
}

function pairKey(a: Token, b: Token): string {
  return a.norm + inflectionKey(americanSpelling(b.norm))
}

