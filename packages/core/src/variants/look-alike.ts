/**
 * One name written in two alphabets whose letters look alike: «1С-Битрикс24» with a Cyrillic «С» in
 * one place and «1C-Битрикс24» with a Latin «C» in another, «СМС» and «CMC», «ОК» and "OK". Each
 * spelling is whole in one script, so mixed-script, which reads a word at a time, finds nothing;
 * side by side they read the same, and a search for one never finds the other.
 *
 * A token takes part when every letter it has can be written in the other script (Latin A, B, C, E,
 * H, K, M, O, P, T, X, Y and a, c, e, o, p, x, y; their Cyrillic twins), with two letters at least or
 * a letter and a digit: «В» and "B", «С» and "C" are a preposition and a letter or a language, a word
 * each. Its key is the token with its Latin letters put into Cyrillic, case kept; a key written in
 * both scripts is one name written two ways. Function words are left out: «НЕ» in capitals for
 * emphasis and "HE" of "HE-AAC" are two words. Another Latin word made wholly of such letters that is
 * also a Russian word («сор» and "cop") would need both in one document. Headings and the terms
 * section are read too: a heading or a definition written in the other alphabet hides the name from
 * a search as much as a sentence does.
 */
import {lookAlike} from '../scripts.js'
import {writtenAsCode} from './code.js'
import {NameBuckets, type VariantGroup} from './model.js'
import {mentionOf, type BlockDerivation, type ReadBlock, type Token} from './reading.js'

type Alphabet = 'cyrillic' | 'latin'

/** A token of a block that can be read in either alphabet: its key, its own alphabet, its index. */
interface LookAlikeToken {
  readonly key: string
  readonly alphabet: Alphabet
  readonly index: number
}

const alphabetBits: Readonly<Record<Alphabet, number>> = {cyrillic: 1, latin: 2}
const both = 3

export class LookAlikeVariants {
  /** First pass: the alphabets each key is written in, as bits. */
  private readonly alphabets = new Map<string, number>()
  /** Second pass: the places of the keys written in both, by alphabet. */
  private readonly groups = new Map<string, NameBuckets>()

  first(read: ReadBlock): void {
    for (const token of read.reading.of(lookAlikeTokens)) this.alphabets.set(token.key, (this.alphabets.get(token.key) ?? 0) | alphabetBits[token.alphabet])
  }

  second(read: ReadBlock): void {
    for (const token of read.reading.of(lookAlikeTokens)) {
      if (this.alphabets.get(token.key) !== both) continue
      let buckets = this.groups.get(token.key)
      if (!buckets) this.groups.set(token.key, (buckets = new NameBuckets()))
      // Nobody defines a name with letters of the other alphabet: in the terms section it is reported too.
      buckets.add(token.alphabet, read.tokens[token.index]!.text, {...mentionOf(read, token.index, token.index), defining: false})
    }
  }

  found(): VariantGroup[] {
    return [...this.groups.values()].map((buckets) => ({kind: 'look-alike', names: buckets.toNames()}))
  }
}

/** The tokens of a block that can be read in either alphabet, worked out once for each block text. */
const lookAlikeTokens: BlockDerivation<readonly LookAlikeToken[]> = {make: tokensOf}

function tokensOf(tokens: readonly Token[], text: string): LookAlikeToken[] {
  const found: LookAlikeToken[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    // «НЕ» set in capitals for emphasis beside "HE-AAC": a function word is a word of its own language.
    if (token.info.functional) continue
    const read = readBoth(token.text)
    if (read && !writtenAsCode(text, token.from, token.to)) found.push({key: read.key, alphabet: read.alphabet, index})
  }
  return found
}

/** The key and alphabet of a token every letter of which has a look-alike in the other alphabet, else undefined. */
function readBoth(written: string): {key: string; alphabet: Alphabet} | undefined {
  let alphabet: Alphabet | undefined
  let letters = 0
  let digits = 0
  let key = ''
  for (const char of written) {
    if (char >= '0' && char <= '9') {
      digits++
      key += char
      continue
    }
    // A letter with a twin is in the alphabet whose table knows it; any other character ends the reading.
    const cyrillicTwin = lookAlike(char, 'cyrillic')
    const own: Alphabet | undefined = cyrillicTwin !== undefined ? 'latin' : lookAlike(char, 'latin') !== undefined ? 'cyrillic' : undefined
    if (own === undefined || (alphabet !== undefined && own !== alphabet)) return undefined
    alphabet = own
    key += cyrillicTwin ?? char
    letters++
  }
  if (alphabet === undefined || letters + Math.min(digits, 1) < 2) return undefined
  return {key, alphabet}
}
