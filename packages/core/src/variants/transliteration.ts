/**
 * A Latin word beside its Cyrillic transliteration in a Russian document:
 * «бэкап» / "backup", «деплой» / "deploy", «дашборд» / "dashboard". Both words
 * are reduced to the consonants a transliteration keeps (ГОСТ 7.79 letter for
 * letter, and the practical English-to-Russian conventions: "ck" and "c" as
 * «к», "w" as «в», "j" and «дж» alike, "-tion" as «-ция»), vowels dropped, since
 * «бэкап» writes the "a" of "backup" as «э» and its "u" as «а».
 *
 * Only a Latin word used as a name in Russian prose counts: in lower case, in
 * a block with Russian words, with no Latin word beside it (joined by a space,
 * a hyphen, a slash or a comma), not as a gloss in brackets and not as part of
 * code. A run of Latin words is an English name or an expansion («IT Service
 * Inventory and Management System»), a list of them is a list of values
 * («enum: draft, published, archived»); a gloss («резервное копирование
 * (backup)») is the document tying the names itself. Code is a word written
 * against `.`, `_`, `/`, `:`, `=`, quotes or brackets of code — «categories.id»,
 * «chunk_size», «/profile», «"history"», «bdu.fstec.ru» — and a field list of
 * a data model («status (enum: …)», a table cell with the field's name) has no
 * Russian word at all: identifiers of a schema, not names of concepts
 * (measured on twelve held-out documents: every transliteration finding there
 * paired such an identifier with a Russian word).
 *
 * A word that starts with a vowel is kept apart from one that starts with a
 * consonant: with the vowels dropped, "outline" and «титульная» would share
 * their consonants. The vowels' places must fit as well (skeleton.ts):
 * «удалось» is no "headless".
 *
 * And the Cyrillic word must not be established Russian: «статус», «баланс»,
 * «провайдер», «функция» are Russian words that share a Latin root with
 * "status", "balance", "provider", "function", and a Russian document that
 * writes the Latin word once names a field, a value or an English term with
 * it. A transliteration is a word the language has not (yet) taken in:
 * «деплой», «лейбл», «бэкенд», «ретрай». Established means in the Russian
 * spelling dictionary (dictionary-ru, russian-dictionary.ts). Measured on the
 * 193 Russian documents of the evaluation: of 41 pairs found without these
 * checks, 17 had an established word (all cognates: «статус», «тесты»,
 * «системы», «профилю»…), 8 more shared only consonants («Полное» /
 * "pipeline", «выходит» / "width", «удалось» / "headless"), 12 were true; the
 * dictionary cost two of the true pairs, «Докер» (the dictionary's docker is a
 * dock worker) and «Пиннинг».
 *
 * A compound is surer. «unit-тестами» beside «юнит-тесты», «docker-образ» beside
 * «Докер-образ», «push-уведомления» beside «пуш-уведомления»: the same Russian
 * word after the hyphen names the same thing, and the parts before it differ
 * only in their letters. There a short word counts («пуш», «веб»), so does an
 * established one («Докер»), and so does a Latin word with a capital
 * («Docker-образ»): the part after the hyphen is the evidence the checks above
 * stand in for.
 */
import {isRussianDictionaryWord} from '../russian-dictionary.js'
import {writtenAsCode} from './code.js'
import {englishKey, russianKey} from './inflection.js'
import {NameBuckets, type VariantGroup} from './model.js'
import {hyphenGap, mentionOf, textOf, type ReadBlock, type Token} from './reading.js'
import {cyrillicShape, cyrillicSkeleton, latinShape, latinSkeleton, shapeFits} from './skeleton.js'

export {cyrillicSkeleton, latinSkeleton} from './skeleton.js'

const lowerLatin = /^[a-z]+$/u
/** A Latin word with a capital first, which the start of a sentence or a list item gives it: «- Retry логика …». */
const titleLatin = /^[A-Z][a-z]+$/u
/** The end of a sentence before a word. */
const sentenceEnd = /[.!?]\s*$/u

/** The Latin part of a compound: in small letters, or with a capital first (not an abbreviation). */
const compoundLatin = /^[A-Za-z][a-z]{2,}$/u
/** What joins two Latin words into one English name or one list of values. */
const joiner = /^[\s\-/,;|]*$/u
/** The Russian conjunctions that join a list's last item: «reason и mitigation», «draft или published». */
const listConjunction: ReadonlySet<string> = new Set(['и', 'или'])

export class TransliterationVariants {
  private readonly enabled: boolean
  /** By a Latin word's skeleton and shape. */
  private readonly groups = new Map<string, NameBuckets>()
  /** The shapes of the Latin words with each skeleton, in the order first met. */
  private readonly latinShapes = new Map<string, Set<string>>()
  /** Per Cyrillic word: the group it joins, or `null` for none. */
  private readonly joins = new Map<string, string | null>()
  /** The shapes of the Latin parts of compounds, by the part's skeleton and the key of the Russian word after it. */
  private readonly compoundShapes = new Map<string, Set<string>>()

  /** Only Russian documents: an English one quotes Cyrillic words too rarely to have pairs. */
  constructor(language: 'ru' | 'en') {
    this.enabled = language === 'ru'
  }

  first(read: ReadBlock): void {
    if (!this.enabled) return
    const tokens = read.tokens
    // Latin words in a block without a Russian word are English text or a data model's fields.
    if (!tokens.some((token) => token.info.script === 'cyrillic')) return
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!
      // A word of its own, and the Latin part of a compound («unit-тестами»), or both («deploy-конфигурации»).
      const word = token.norm.length >= 4 && (lowerLatin.test(token.text) || (titleLatin.test(token.text) && opensSentence(tokens, index)))
      const compound = compoundLatin.test(token.text) ? russianAfterHyphen(tokens, index) : undefined
      if (!word && compound === undefined) continue
      const previous = tokens[index - 1]
      const next = tokens[index + 1]
      if (previous && previous.info.script !== 'cyrillic' && joiner.test(token.gap)) continue
      if (next && next.info.script !== 'cyrillic' && joiner.test(next.gap)) continue
      // «содержит owner, expiry, reason и mitigation»: the last of a list of Latin values after the list's «и».
      if (previous && listConjunction.has(previous.norm) && tokens[index - 2]?.info.script === 'latin' && joiner.test(previous.gap)) continue
      if (next && listConjunction.has(next.norm) && tokens[index + 2]?.info.script === 'latin' && joiner.test(tokens[index + 2]!.gap)) continue
      if (writtenAsCode(read.block.text, token.from, token.to)) continue
      if (compound !== undefined) this.addCompound(read, index, compound)
      if (!word) continue
      // A gloss in brackets: «резервное копирование (backup)».
      if (/\(\s*$/u.test(token.gap) && (next === undefined || /^\s*\)/u.test(next.gap))) continue
      if (next === undefined && /\(\s*$/u.test(token.gap)) continue
      const key = englishKey(token.norm)
      const skeleton = latinSkeleton(key)
      if (skeleton.replace('°', '').length < 3) continue
      // One group per Latin shape: "pipeline" and "plain" share their consonants, not their vowels.
      const shape = latinShape(key)
      const shapes = this.latinShapes.get(skeleton)
      if (shapes) shapes.add(shape)
      else this.latinShapes.set(skeleton, new Set([shape]))
      this.add(`${skeleton} ${shape}`, 'latin', read, index)
    }
  }

  second(read: ReadBlock): void {
    if (this.groups.size === 0) return
    const tokens = read.tokens
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!
      if (token.info.script !== 'cyrillic') continue
      let group: string | null = null
      if (token.norm.length >= 4) {
        const known = this.joins.get(token.norm)
        if (known === undefined) this.joins.set(token.norm, (group = this.groupOf(russianKey(token.norm))))
        else group = known
      }
      if (group !== null) this.add(group, 'cyrillic', read, index)
      // A part too short or too established to pair alone pairs as a compound's: «Юнит-тесты», «Докер-образ».
      else if (this.compoundShapes.size > 0) this.joinCompound(read, index)
    }
  }

  found(): VariantGroup[] {
    const result: VariantGroup[] = []
    for (const buckets of this.groups.values()) if (buckets.size >= 2) result.push({kind: 'transliteration', names: buckets.toNames()})
    return result
  }

  /** The group a Cyrillic word (by its key) joins as a transliteration of a Latin word, if any: the first Latin shape it fits. */
  private groupOf(key: string): string | null {
    const skeleton = cyrillicSkeleton(key)
    const shapes = this.latinShapes.get(skeleton)
    if (shapes === undefined) return null
    const shape = cyrillicShape(key)
    const latin = [...shapes].find((candidate) => shapeFits(candidate, shape))
    if (latin === undefined || isRussianDictionaryWord(key)) return null
    return `${skeleton} ${latin}`
  }

  /** The Latin part of a compound at `index`, before the Russian word of key `second`. */
  private addCompound(read: ReadBlock, index: number, second: string): void {
    const key = englishKey(read.tokens[index]!.norm)
    const skeleton = latinSkeleton(key)
    if (skeleton.replace('°', '') === '') return
    const place = `${skeleton} ${second}`
    const shape = latinShape(key)
    const shapes = this.compoundShapes.get(place)
    if (shapes) shapes.add(shape)
    else this.compoundShapes.set(place, new Set([shape]))
    this.add(`${place} ${shape}`, 'latin', read, index, index + 1)
  }

  /** A Cyrillic compound's first part at `index`, joined to the Latin compound it transliterates, if any. */
  private joinCompound(read: ReadBlock, index: number): void {
    const second = russianAfterHyphen(read.tokens, index)
    if (second === undefined) return
    const key = russianKey(read.tokens[index]!.norm)
    const place = `${cyrillicSkeleton(key)} ${second}`
    const shape = cyrillicShape(key)
    const latin = [...(this.compoundShapes.get(place) ?? [])].find((candidate) => shapeFits(candidate, shape))
    if (latin !== undefined) this.add(`${place} ${latin}`, 'cyrillic', read, index, index + 1)
  }

  private add(group: string, script: string, read: ReadBlock, first: number, last = first): void {
    let buckets = this.groups.get(group)
    if (!buckets) {
      buckets = new NameBuckets()
      this.groups.set(group, buckets)
    }
    buckets.add(script, textOf(read.tokens, first, last), mentionOf(read, first, last))
  }
}

/**
 * The inflection key of the Russian word hyphenated to the word at `index` when the two make a compound
 * of two words alone («unit-тестами», «Докер-образ»): not part of a longer hyphenated run («точка-с-запятой»).
 */
function russianAfterHyphen(tokens: readonly Token[], index: number): string | undefined {
  const next = tokens[index + 1]
  if (!next || next.info.script !== 'cyrillic' || !hyphenGap.test(next.gap) || next.norm.length < 3) return undefined
  if (hyphenGap.test(tokens[index]!.gap) || hyphenGap.test(tokens[index + 2]?.gap ?? '')) return undefined
  return next.info.key
}

/** Whether the token at `index` opens its block or a sentence of it, where any word takes a capital. */
function opensSentence(tokens: readonly Token[], index: number): boolean {
  return index === 0 || sentenceEnd.test(tokens[index]!.gap)
}
