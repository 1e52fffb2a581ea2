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
 * their consonants.
 */
import {writtenAsCode} from './code.js'
import {englishKey, russianKey} from './inflection.js'
import {NameBuckets, type VariantGroup} from './model.js'
import {mentionOf, type ReadBlock} from './reading.js'

const lowerLatin = /^[a-z]+$/u
/** What joins two Latin words into one English name or one list of values. */
const joiner = /^[\s\-/,;|]*$/u
/** Letters a skeleton drops at a word's start: a vowel, "h", «х», «й». */
const latinSilent = /^[aeiouyh]/u
const cyrillicSilent = /^[аеёиоуыэюяхйь]/u

/** The consonants of a Latin word as a Russian transliteration writes them. */
export function latinSkeleton(word: string): string {
  return (latinSilent.test(word) ? '°' : '') + collapse(
    word
      .replace(/tion$/u, 'ts')
      .replace(/tion/gu, 'tsion')
      .replace(/ck/gu, 'k')
      .replace(/ph/gu, 'f')
      .replace(/th/gu, 't')
      .replace(/qu/gu, 'kv')
      .replace(/x/gu, 'ks')
      .replace(/sh/gu, 'Ш')
      .replace(/ch/gu, 'Ч')
      .replace(/c(?=[eiy])/gu, 's')
      .replace(/[cq]/gu, 'k')
      .replace(/w/gu, 'v')
      .replace(/j/gu, 'g')
      .replace(/z/gu, 's')
      .replace(/[aeiouyh]/gu, '')
  )
}

const cyrillicLetters: Readonly<Record<string, string>> = {
  б: 'b', в: 'v', г: 'g', д: 'd', ж: 'Ж', з: 's', к: 'k', л: 'l', м: 'm', н: 'n', п: 'p', р: 'r', с: 's', т: 't', ф: 'f', ц: 'ts', ч: 'Ч', ш: 'Ш', щ: 'Ш'
}

/** The consonants of a Cyrillic word, in the letters of {@link latinSkeleton}. */
export function cyrillicSkeleton(word: string): string {
  let result = cyrillicSilent.test(word) ? '°' : ''
  const text = word.replace(/дж/gu, 'g')
  for (const letter of text) result += letter === 'g' ? 'g' : (cyrillicLetters[letter] ?? '')
  return collapse(result)
}

function collapse(skeleton: string): string {
  return skeleton.replace(/(.)\1+/gu, '$1')
}

export class TransliterationVariants {
  private readonly enabled: boolean
  private readonly groups = new Map<string, NameBuckets>()
  private readonly skeletons = new Map<string, string>()

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
      if (token.norm.length < 4 || !lowerLatin.test(token.text)) continue
      const previous = tokens[index - 1]
      const next = tokens[index + 1]
      if (previous && previous.info.script !== 'cyrillic' && joiner.test(token.gap)) continue
      if (next && next.info.script !== 'cyrillic' && joiner.test(next.gap)) continue
      if (writtenAsCode(read.block.text, token.from, token.to)) continue
      // A gloss in brackets: «резервное копирование (backup)».
      if (/\(\s*$/u.test(token.gap) && (next === undefined || /^\s*\)/u.test(next.gap))) continue
      if (next === undefined && /\(\s*$/u.test(token.gap)) continue
      const skeleton = latinSkeleton(englishKey(token.norm))
      if (skeleton.replace('°', '').length < 3) continue
      this.add(skeleton, 'latin', read, index)
    }
  }

  second(read: ReadBlock): void {
    if (this.groups.size === 0) return
    const tokens = read.tokens
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!
      if (token.norm.length < 4 || !(token.info.script === 'cyrillic')) continue
      let skeleton = this.skeletons.get(token.norm)
      if (skeleton === undefined) {
        skeleton = cyrillicSkeleton(russianKey(token.norm))
        this.skeletons.set(token.norm, skeleton)
      }
      if (this.groups.has(skeleton)) this.add(skeleton, 'cyrillic', read, index)
    }
  }

  found(): VariantGroup[] {
    const result: VariantGroup[] = []
    for (const buckets of this.groups.values()) if (buckets.size >= 2) result.push({kind: 'transliteration', names: buckets.toNames()})
    return result
  }

  private add(skeleton: string, script: string, read: ReadBlock, index: number): void {
    let buckets = this.groups.get(skeleton)
    if (!buckets) {
      buckets = new NameBuckets()
      this.groups.set(skeleton, buckets)
    }
    buckets.add(script, read.tokens[index]!.text, mentionOf(read, index, index))
  }
}
