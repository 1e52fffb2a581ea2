/**
 * One vowel inside a long Russian word's stem written two ways: «идентификатор» / «идентефикатор»,
 * «монетизируемое» / «монетезируемое». A typo or an unsettled spelling of a borrowed word, one name
 * either way; reported as a spelling variant.
 *
 * Only nouns and adjectives of eight letters or more are compared, by their inflection keys, and only a
 * vowel from the fifth letter of the key to the one before its last vowel: a prefix's vowel makes another
 * word («отделение» / «отдаление», «компания» / «кампания»), the root's last vowel alternates between a
 * noun and its verb («перебора» / «перебирая»), and verbs differ by one vowel in their forms
 * («используется» / «используются», «завершаться» / «завершиться»). Measured on the 259 documents of the
 * evaluation before it was written: with verbs left out, the five pairs such words gave were all one word
 * spelt two ways; the last-vowel rule then gave up one of them («стораджах» / «стороджах», the vowel
 * before the key's last consonants) to keep «перебора» / «перебирая» apart. That vowel counts where two
 * forms differ in it alone, ending and all: «репозитория» / «репозитария» (fifteenth session, 319
 * documents: one true finding more, nothing else).
 */
import {writtenAsCode} from './code.js'
import {NameBuckets, type VariantGroup} from './model.js'
import {mentionOf, type ReadBlock} from './reading.js'
import {cyrillicVowels} from './skeleton.js'

/** Endings of verbs' forms: personal, past, infinitive, reflexive («изменялись» / «изменились», fifteenth session). */
const verbEnding = /(?:тся|ться|ть|ет|ют|ит|ят|ете|ите|ешь|ишь|ем|им|ал|ала|али|ило|ил|ила|или|ло|ся|сь)$/u
const lowerCyrillic = /^[а-яё-]+$/u

export class VowelVariants {
  /** First pass: the keys of the words compared, each with the forms written of it. */
  private readonly keys = new Map<string, Set<string>>()
  /** Between the passes: the group each key written with another vowel belongs to, by the first key of the group. */
  private readonly groupOf = new Map<string, string>()
  private readonly groups = new Map<string, NameBuckets>()

  first(read: ReadBlock): void {
    for (const token of read.tokens) {
      if (!compared(read, token.from, token.to, token.norm, token.info.script)) continue
      const forms = this.keys.get(token.info.key)
      if (forms) forms.add(token.norm)
      else this.keys.set(token.info.key, new Set([token.norm]))
    }
  }

  endFirst(): void {
    const byPattern = new Map<string, string[]>()
    const add = (pattern: string, key: string): void => {
      const list = byPattern.get(pattern)
      if (!list) byPattern.set(pattern, [key])
      else if (!list.includes(key)) list.push(key)
    }
    for (const [key, forms] of this.keys) {
      // The root's last vowel alternates between a noun and its verb: «перебора» / «перебирая», «выбор» / «выбирать».
      let last = key.length - 1
      while (last > 0 && !cyrillicVowels.has(key[last]!)) last--
      for (let at = 4; at < last; at++) {
        if (!cyrillicVowels.has(key[at]!)) continue
        add(`${key.slice(0, at)}*${key.slice(at + 1)}`, key)
      }
      // In one form of the word it is one spelling, the ending the same: «репозитория» / «репозитария».
      if (last >= 4) for (const form of forms) if (form.startsWith(key)) add(`=${form.slice(0, last)}*${form.slice(last + 1)}`, key)
    }
    for (const list of byPattern.values()) {
      if (list.length < 2) continue
      const group = list.map((key) => this.groupOf.get(key)).find((found) => found !== undefined) ?? list[0]!
      for (const key of list) this.groupOf.set(key, group)
    }
  }

  second(read: ReadBlock): void {
    if (this.groupOf.size === 0) return
    const tokens = read.tokens
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!
      const group = this.groupOf.get(token.info.key)
      if (group === undefined || !compared(read, token.from, token.to, token.norm, token.info.script)) continue
      let buckets = this.groups.get(group)
      if (!buckets) this.groups.set(group, (buckets = new NameBuckets()))
      buckets.add(token.info.key, token.text, mentionOf(read, index, index))
    }
  }

  found(): VariantGroup[] {
    const result: VariantGroup[] = []
    for (const buckets of this.groups.values()) if (buckets.size >= 2) result.push({kind: 'spelling', names: buckets.toNames()})
    return result
  }
}

function compared(read: ReadBlock, from: number, to: number, norm: string, script: string): boolean {
  return script === 'cyrillic' && norm.length >= 8 && lowerCyrillic.test(norm) && !verbEnding.test(norm) && !writtenAsCode(read.block.text, from, to)
}
