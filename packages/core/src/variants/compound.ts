/**
 * A contracted compound beside its full phrase, and a modifier written two
 * ways — found from the document's own words, with no list of compounds:
 * - a stump compound whose parts start the words of an adjective–noun phrase
 *   the same document uses: «зарплата» / «заработная плата», «техкарта» /
 *   «технологическая карта», «админ-панель» / «административная панель»;
 * - a Russian modifier as a relational adjective, a genitive or with «по»:
 *   «платёжный шлюз» / «шлюз платежей», «менеджеры по продажам» / «менеджеры продаж»;
 * - an English noun modifier in the plural and the singular: "payments
 *   gateway" / "payment gateway".
 *
 * The first pass indexes the document's long words by every tail they could
 * end in after a clipped first part, and notes the ways each modifier phrase is
 * written; between the passes the phrases that expand a compound are matched;
 * the second pass collects the places of what was matched.
 */
import {englishKey} from './inflection.js'
import {NameBuckets, type VariantGroup, type VariantName} from './model.js'
import {hyphenGap, mentionOf, textOf, type BlockDerivation, type ReadBlock, type Token} from './reading.js'
import type {SpellingVariants} from './spelling.js'
import type {VariantWords} from './words.js'

const space = /^[ \t]*(?:\r?\n[ \t]*)?$/u
const vowel = /[аеиоуыэюя]$/u
const englishParticiple = /(?:ed|ing)$/u
/**
 * A Russian passive participle's stem («созданн-», «изменённ-»): it says what was done to the
 * noun, not what the noun relates to, so «созданные процессы» is not «процесс создания».
 * «-ственн-» is a relational adjective's suffix («производственный»).
 */
const participle = /(?:[ая]нн|(?<!ств|м)[её]нн)$/u
/** What may stand before an English plural modifier: not a noun whose verb it would be ("the user reports issues"). */
const englishLead = new Set(['the', 'a', 'an', 'of', 'for', 'to', 'in', 'on', 'with', 'by', 'from', 'and', 'or', 'each', 'every', 'all', 'any', 'no', 'via', 'its', 'their', 'our'])

interface Stump {
  /** The clipped first part: «зар», «тех», «админ». */
  readonly head: string
  /** The compound's key, as spelling variants key it. */
  readonly key: string
}

function isSpace(gap: string): boolean {
  return gap !== '' && (gap === ' ' || space.test(gap))
}

export class CompoundVariants {
  private readonly words: VariantWords
  private readonly spelling: SpellingVariants
  /** Compounds by the key of their tail: «плат» → «зар» + «зарплат». */
  private readonly stumps = new Map<string, Stump[]>()
  private readonly indexed = new Set<string>()
  /** The adjectives written before each noun key: the candidates for a compound's full phrase. */
  private readonly adjectives = new Map<string, Set<string>>()
  /**
   * The full phrases of compounds, «adjective|noun key» → the key of the first compound it expands, which
   * keys the group; {@link compounds} has every compound of a group («арх-ревью» and «архитект-ревью» both
   * clip «архитектурное ревью»).
   */
  private readonly expansions = new Map<string, string>()
  /** The compounds' keys of each group, by the group's key. */
  private readonly compounds = new Map<string, string[]>()
  private readonly phrases = new Map<string, NameBuckets>()
  /** The ways each modifier phrase is written, by noun key then modifier key (no key strings made per phrase). */
  private readonly ways = new Map<string, Map<string, string | Set<string>>>()
  /** The places of the modifier phrases written two ways or more. */
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
      if ((token.info.script === 'cyrillic')) {
        this.indexCompound(token.norm)
        if (next && hyphenGap.test(next.gap) && (next.info.script === 'cyrillic') && token.norm.length >= 3 && token.norm.length <= 9) {
          this.addStump(token.norm, next.norm, token.norm + next.info.key)
        }
        if (next && isSpace(next.gap) && token.info.adjectival && (next.info.script === 'cyrillic') && !next.info.adjectival) {
          const tail = next.info.key
          const set = this.adjectives.get(tail)
          if (set) set.add(token.norm)
          else this.adjectives.set(tail, new Set([token.norm]))
        }
      }
    }
    for (const {noun, modifier, way} of read.reading.of(modifierPhrases)) {
      let byModifier = this.ways.get(noun)
      if (!byModifier) this.ways.set(noun, (byModifier = new Map()))
      const known = byModifier.get(modifier)
      if (known === undefined) byModifier.set(modifier, way)
      else if (typeof known === 'string') {
        if (known !== way) byModifier.set(modifier, new Set([known, way]))
      } else known.add(way)
    }
  }

  /** Between the passes: the phrases that expand a compound, whose places the second pass collects. */
  endFirst(): void {
    for (const [tail, adjectives] of this.adjectives) {
      for (const stump of this.stumps.get(tail) ?? []) {
        for (const adjective of adjectives) {
          if (!adjective.startsWith(stump.head) || adjective.length < stump.head.length + 3) continue
          // An adjective made from the whole word is not its expansion: «системная тема» is no «система» (сис + тема).
          if (adjective.startsWith(stump.key)) continue
          const phrase = `${adjective}|${tail}`
          const group = this.expansions.get(phrase)
          if (group === undefined) {
            this.expansions.set(phrase, stump.key)
            this.compounds.set(stump.key, [stump.key])
          } else {
            const keys = this.compounds.get(group)!
            if (!keys.includes(stump.key)) keys.push(stump.key)
          }
          this.spelling.want(stump.key)
        }
      }
    }
  }

  second(read: ReadBlock): void {
    const tokens = read.tokens
    if (this.expansions.size > 0) {
      for (let index = 0; index + 1 < tokens.length; index++) {
        const token = tokens[index]!
        const next = tokens[index + 1]!
        if (!isSpace(next.gap) || !token.info.adjectival) continue
        const key = this.expansions.get(`${token.norm}|${next.info.key}`)
        if (key === undefined) continue
        let buckets = this.phrases.get(key)
        if (!buckets) this.phrases.set(key, (buckets = new NameBuckets()))
        buckets.add(`${token.info.key} ${next.info.key}`, `${token.text} ${next.text}`, mentionOf(read, index, index + 1))
      }
    }
    for (const {noun, modifier, way, first, last} of read.reading.of(modifierPhrases)) {
      if (typeof this.ways.get(noun)?.get(modifier) === 'string') continue
      const key = `${noun}|${modifier}`
      let buckets = this.modifiers.get(key)
      if (!buckets) this.modifiers.set(key, (buckets = new NameBuckets()))
      buckets.add(way, textOf(tokens, first, last), mentionOf(read, first, last))
    }
  }

  found(): VariantGroup[] {
    const result: VariantGroup[] = []
    for (const [group, phrases] of this.phrases) {
      const names: VariantName[] = []
      for (const key of this.compounds.get(group) ?? [group]) {
        const compound = this.spelling.namesOf(key)
        if (compound.length === 0) continue
        // Every spelling of a compound is one name here; spelling variants among them are reported as such.
        names.push({
          label: compound.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a)).label,
          mentions: compound.flatMap((name) => name.mentions)
        })
      }
      if (names.length === 0) continue
      result.push({kind: 'compound', names: [...names, ...phrases.toNames()]})
    }
    for (const buckets of this.modifiers.values()) {
      if (buckets.size < 2) continue
      // «по» has senses a genitive lacks («распределение администраторов по сервисам»): a lone «X по Y»
      // beside an «X Y» used as often is another sense («поиск по тегам» / «поиск тегов»), so a pair with «по»
      // counts only where «по» is the more used.
      const names = buckets.toNames()
      const withPo = names.find((name) => buckets.wayOf(name) === 'по')
      if (withPo && names.some((name) => name !== withPo && name.mentions.length >= withPo.mentions.length)) continue
      result.push({kind: 'compound', names})
    }
    return result
  }

  /** Indexes a long word by each tail it could end in after a clipped first part of three to six letters. */
  private indexCompound(norm: string): void {
    if (norm.length < 7 || this.indexed.has(norm)) return
    this.indexed.add(norm)
    for (const stump of clippingsOf(norm, this.words)) this.addClipping(stump)
  }

  private addStump(head: string, tail: string, key: string): void {
    if (isNoHead(head, this.words)) return
    this.addClipping({head, tailKey: this.words.key(tail), key})
  }

  private addClipping({head, tailKey, key}: Clipping): void {
    const list = this.stumps.get(tailKey)
    if (!list) this.stumps.set(tailKey, [{head, key}])
    else if (!list.some((stump) => stump.key === key && stump.head === head)) list.push({head, key})
  }
}

/** A first part a long word could be clipped to, with the key of the tail after it and the word's own key. */
interface Clipping extends Stump {
  readonly tailKey: string
}

/** A prefix or a function word is no clipped part of a compound. */
function isNoHead(head: string, words: VariantWords): boolean {
  return words.data.prefixes.has(head) || words.isFunctionWord(head)
}

/**
 * The clippings of each long word, by the words of a language: the same for every document, and
 * slicing and keying four tails of every long word of every document was most of the first pass.
 */
const clippings = new WeakMap<VariantWords, Map<string, readonly Clipping[]>>()

function clippingsOf(norm: string, words: VariantWords): readonly Clipping[] {
  let byWord = clippings.get(words)
  if (!byWord) clippings.set(words, (byWord = new Map()))
  let list = byWord.get(norm)
  if (list === undefined) {
    const found: Clipping[] = []
    for (let cut = 3; cut <= 6 && norm.length - cut >= 4; cut++) {
      const head = norm.slice(0, cut)
      // A clipped part ends in a consonant («зар», «гос», «спец»), «авто» aside.
      if (vowel.test(head) && head !== 'авто') continue
      if (isNoHead(head, words)) continue
      found.push({head, tailKey: words.key(norm.slice(cut)), key: words.key(norm)})
    }
    byWord.set(norm, (list = found))
  }
  return list
}

/** A modifier phrase of a block: its noun's key, its modifier's key, its way of writing, its tokens `first..last`. */
interface ModifierPhrase {
  readonly noun: string
  readonly modifier: string
  readonly way: string
  readonly first: number
  readonly last: number
}

/**
 * The modifier phrases of a block, in order: what both passes read, worked out once for each block
 * text (a language server keeps them across edits).
 */
const modifierPhrases: BlockDerivation<readonly ModifierPhrase[]> = {make: modifierPhrasesOf}

function modifierPhrasesOf(tokens: readonly Token[]): ModifierPhrase[] {
  const phrases: ModifierPhrase[] = []
  for (let index = 0; index + 1 < tokens.length; index++) {
    const token = tokens[index]!
    const next = tokens[index + 1]!
    if (!isSpace(next.gap)) continue
    if ((token.info.script === 'cyrillic')) {
      const after = tokens[index + 2]
      if (next.norm === 'по' && after && isSpace(after.gap) && (after.info.script === 'cyrillic') && content(token, after)) {
        if (!token.info.adjectival && !after.info.adjectival) phrases.push({noun: token.info.key, modifier: after.info.key, way: 'по', first: index, last: index + 2})
      }
      if (!(next.info.script === 'cyrillic') || !content(token, next)) continue
      if (token.info.adjectival) {
        // A relational adjective has a suffix its noun lacks («платёжный» / «платёж»); «необходимый» has none.
        if (!next.info.adjectival && token.info.root !== token.info.key && !participle.test(token.info.key)) {
          phrases.push({noun: next.info.key, modifier: token.info.root, way: 'adjective', first: index, last: index + 1})
        }
      } else if (!next.info.adjectival) phrases.push({noun: token.info.key, modifier: next.info.key, way: 'genitive', first: index, last: index + 1})
    } else if ((token.info.script === 'latin') && (next.info.script === 'latin') && /^\p{Ll}/u.test(next.text) && !englishParticiple.test(next.norm) && content(token, next)) {
      // A capitalised head names an object of its own ("Responses Object" holds "Response Object"s).
      const singular = englishKey(token.norm)
      if (singular === token.norm) phrases.push({noun: next.info.key, modifier: token.norm, way: 'singular', first: index, last: index + 1})
      else {
        // "the documents give the…": a plural subject and its verb, which a function word follows.
        const lead = tokens[index - 1]
        const after = tokens[index + 2]
        if ((lead === undefined || englishLead.has(lead.norm)) && !after?.info.functional) phrases.push({noun: next.info.key, modifier: singular, way: 'plural', first: index, last: index + 1})
      }
    }
  }
  return phrases
}

function content(a: Token, b: Token): boolean {
  return a.norm.length >= 2 && b.norm.length >= 2 && !a.info.functional && !b.info.functional
}
