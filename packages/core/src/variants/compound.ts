/**
 * A contracted compound beside its full phrase, and a modifier written two
 * ways — found from the document's own words, with no list of compounds:
 * - a stump compound: its parts start the words of an adjective–noun phrase the
 *   same document uses — «зарплата» / «заработная плата», «техкарта» /
 *   «технологическая карта», «админ-панель» / «административная панель»;
 * - a Russian modifier as an adjective, a genitive or with «по» — «платёжный
 *   шлюз» / «шлюз платежей», «менеджеры по продажам» / «менеджеры продаж»;
 * - an English noun modifier in the plural and the singular — "payments
 *   gateway" / "payment gateway".
 *
 * The first pass indexes the document's long words by the key of every tail
 * they could end in, and gathers adjective–noun pairs and «по» phrases; the
 * second pass looks the document's phrases up in them.
 */
import {adjectiveRoot, englishKey, looksAdjectival, russianKey} from './inflection.js'
import {NameBuckets, type VariantGroup, type VariantName} from './model.js'
import {mentionOf, type ReadBlock, type Token} from './reading.js'
import type {SpellingVariants} from './spelling.js'
import type {VariantWords} from './words.js'

const cyrillicWord = /^[\u0430-\u044f]+$/u
const latinWord = /^[a-z]+$/u
const space = /^[ \t]*(?:\r?\n[ \t]*)?$/u
const hyphen = /^[-\u2010\u2011]$/u
const vowel = /[аеиоуыэюя]$/u
const englishParticiple = /(?:ed|ing)$/u
/** What may stand before an English plural modifier: not a noun whose verb it would be ("the user reports issues"). */
const englishLead = new Set(['the', 'a', 'an', 'of', 'for', 'to', 'in', 'on', 'with', 'by', 'from', 'and', 'or', 'each', 'every', 'all', 'any', 'no', 'via', 'its', 'their', 'our'])

interface Stump {
  /** The clipped first part: «зар», «тех», «админ». */
  readonly head: string
  /** The compound's key, as spelling variants key it. */
  readonly key: string
}

export class CompoundVariants {
  private readonly words: VariantWords
  private readonly spelling: SpellingVariants
  /** Compounds by the key of their tail: «плат» → «зар» + «зарплат». */
  private readonly stumps = new Map<string, Stump[]>()
  private readonly indexed = new Set<string>()
  /** Full phrases of compounds, by the compound's key. */
  private readonly phrases = new Map<string, NameBuckets>()
  /** Modifier phrases by «noun key|modifier key», each way of writing one name. */
  private readonly modifiers = new Map<string, NameBuckets>()

  constructor(words: VariantWords, spelling: SpellingVariants) {
    this.words = words
    this.spelling = spelling
  }

  first(read: ReadBlock): void {
    const tokens = read.tokens
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!
      const next = tokens[index + 1]
      if (cyrillicWord.test(token.norm)) {
        this.indexCompound(token.norm)
        if (next && hyphen.test(next.gap) && cyrillicWord.test(next.norm) && token.norm.length >= 3 && token.norm.length <= 6) {
          this.addStump(token.norm, next.norm, token.norm + russianKey(next.norm))
        }
      }
      if (!next || !space.test(next.gap) || next.gap === '') continue
      const after = tokens[index + 2]
      if (next.norm === 'по' && after && space.test(after.gap) && after.gap !== '' && cyrillicWord.test(token.norm) && cyrillicWord.test(after.norm)) {
        if (this.content(token, after) && !looksAdjectival(token.norm) && !looksAdjectival(after.norm)) {
          this.addModifier(`${russianKey(token.norm)}|${russianKey(after.norm)}`, 'по', read, index, index + 2)
        }
      }
      if (!this.content(token, next)) continue
      if (cyrillicWord.test(token.norm) && cyrillicWord.test(next.norm)) {
        // A relational adjective has a suffix its noun lacks («платёжный» / «платёж»); «необходимый» has none.
        if (looksAdjectival(token.norm) && !looksAdjectival(next.norm) && adjectiveRoot(token.norm) !== russianKey(token.norm)) {
          this.addModifier(`${russianKey(next.norm)}|${adjectiveRoot(token.norm)}`, 'adjective', read, index, index + 1)
        }
      } else if (latinWord.test(token.norm) && latinWord.test(next.norm)) {
        const lead = tokens[index - 1]
        // A capitalised head names an object of its own ("Responses Object" holds "Response Object"s).
        if (englishKey(token.norm) !== token.norm && /^\p{Ll}/u.test(next.text) && !englishParticiple.test(next.norm) && (lead === undefined || englishLead.has(lead.norm))) {
          this.addModifier(`${englishKey(next.norm)}|${englishKey(token.norm)}`, 'plural', read, index, index + 1)
        }
      }
    }
  }

  second(read: ReadBlock): void {
    const tokens = read.tokens
    for (let index = 0; index + 1 < tokens.length; index++) {
      const token = tokens[index]!
      const next = tokens[index + 1]!
      if (!space.test(next.gap) || next.gap === '' || !this.content(token, next)) continue
      if (cyrillicWord.test(token.norm) && cyrillicWord.test(next.norm)) {
        const tail = russianKey(next.norm)
        if (looksAdjectival(token.norm)) {
          for (const stump of this.stumps.get(tail) ?? []) {
            if (token.norm.startsWith(stump.head) && token.norm.length >= stump.head.length + 3) {
              this.addPhrase(stump.key, read, index)
            }
          }
        } else if (!looksAdjectival(next.norm)) {
          const key = `${russianKey(token.norm)}|${tail}`
          if (this.modifiers.has(key)) this.addModifier(key, 'genitive', read, index, index + 1)
        }
      } else if (latinWord.test(token.norm) && latinWord.test(next.norm) && englishKey(token.norm) === token.norm && /^\p{Ll}/u.test(next.text)) {
        const key = `${englishKey(next.norm)}|${token.norm}`
        if (this.modifiers.has(key)) this.addModifier(key, 'singular', read, index, index + 1)
      }
    }
  }

  found(): VariantGroup[] {
    // «по» has senses a genitive lacks («распределение администраторов по сервисам»): a lone «X по Y»
    // beside a frequent «X Y» is another sense, so the «по» form is reported only when it is not the rarer.
    for (const [key, buckets] of this.modifiers) {
      const names = buckets.toNames()
      const withPo = names.find((name) => buckets.wayOf(name) === 'по')
      if (withPo && names.some((name) => name !== withPo && name.mentions.length > withPo.mentions.length)) this.modifiers.delete(key)
    }
    const result: VariantGroup[] = []
    for (const [key, phrases] of this.phrases) {
      const compound = this.spelling.namesOf(key)
      if (compound.length === 0) continue
      // Every spelling of the compound is one name here; spelling variants among them are reported as such.
      const merged: VariantName = {label: compound.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a)).label, mentions: compound.flatMap((name) => name.mentions)}
      result.push({kind: 'compound', names: [merged, ...phrases.toNames()]})
    }
    for (const buckets of this.modifiers.values()) {
      if (buckets.size >= 2) result.push({kind: 'compound', names: buckets.toNames()})
    }
    return result
  }

  private content(a: Token, b: Token): boolean {
    return a.norm.length >= 2 && b.norm.length >= 2 && !this.words.isFunctionWord(a.norm) && !this.words.isFunctionWord(b.norm)
  }

  /** Indexes a long word by each tail it could end in after a clipped first part of three to six letters. */
  private indexCompound(norm: string): void {
    if (norm.length < 7 || this.indexed.has(norm)) return
    this.indexed.add(norm)
    for (let cut = 3; cut <= 6 && norm.length - cut >= 4; cut++) {
      const head = norm.slice(0, cut)
      // A clipped part ends in a consonant («зар», «гос», «спец»), «авто» aside.
      if (vowel.test(head) && head !== 'авто') continue
      this.addStump(head, norm.slice(cut), russianKey(norm))
    }
  }

  private addStump(head: string, tail: string, key: string): void {
    if (this.words.data.prefixes.has(head) || this.words.isFunctionWord(head)) return
    const tailKey = russianKey(tail)
    const list = this.stumps.get(tailKey)
    if (!list) this.stumps.set(tailKey, [{head, key}])
    else if (!list.some((stump) => stump.key === key && stump.head === head)) list.push({head, key})
  }

  private addPhrase(key: string, read: ReadBlock, index: number): void {
    let buckets = this.phrases.get(key)
    if (!buckets) {
      buckets = new NameBuckets()
      this.phrases.set(key, buckets)
    }
    const token = read.tokens[index]!
    const next = read.tokens[index + 1]!
    buckets.add(`${russianKey(token.norm)} ${russianKey(next.norm)}`, `${token.text} ${next.text}`, mentionOf(read, index, index + 1))
  }

  private addModifier(key: string, way: string, read: ReadBlock, first: number, last: number): void {
    let buckets = this.modifiers.get(key)
    if (!buckets) {
      buckets = new NameBuckets()
      this.modifiers.set(key, buckets)
    }
    const tokens = read.tokens
    const text = tokens
      .slice(first, last + 1)
      .map((token, index) => (index === 0 ? token.text : ` ${token.text}`))
      .join('')
    buckets.add(way, text, mentionOf(read, first, last))
  }
}
