/** The words the term-variant detectors know of a language: function words, particles, prefixes, the lexicon. */
import {builtinData, type TermVariantData} from '../data/index.js'
import {ENGLISH_FUNCTION_WORDS} from '../morphology/en.js'
import {classifyRussian} from '../morphology/index.js'
import {normalizeWord} from '../normalize.js'
import type {ProseLanguage} from '../prose.js'
import {adjectiveRoot, americanSpelling, inflectionKey, looksAdjectival, russianSpelling} from './inflection.js'

const cyrillic = /\p{Script=Cyrillic}/u
const cyrillicWord = /^[\u0430-\u044f]+$/u
const latinWord = /^[a-z]+$/u
const digit = /\p{N}/u

const camel = /\p{Ll}\p{Lu}/u

/** A word as written, worked out once for each spelling of a document. */
export interface WrittenWord {
  readonly info: WordInfo
  /** A small letter followed by a capital: CamelCase. */
  readonly camel: boolean
  /** A capital followed by small letters only. */
  readonly titleCase: boolean
}

/** What the detectors ask of a word, worked out once for each distinct word of a document. */
export interface WordInfo {
  /** The normalised word; one string for every token of it, so maps hash it once. */
  readonly norm: string
  /** Its inflection key ({@link inflectionKey} of its standard spelling). */
  readonly key: string
  /** Its standard spelling (`standardSpelling`): American for British, «тег» for «тэг»; mostly the word itself. */
  readonly standard: string
  /** A preposition, conjunction, particle or pronoun. */
  readonly functional: boolean
  /** Ends as a Russian adjective does. */
  readonly adjectival: boolean
  /** For an adjective, the root it shares with its noun («платёжный» → «платеж»); otherwise the key. */
  readonly root: string
  /** Has a Cyrillic letter. */
  readonly cyrillic: boolean
  /** Only Cyrillic letters, only Latin letters, or anything else (digits, both scripts). */
  readonly script: 'cyrillic' | 'latin' | 'other'
  readonly digit: boolean
}

/**
 * The words of one language, kept across documents like the morphology's
 * forms: a project's documents share most of their words. Let go past a
 * bound, so a run over many documents does not grow without end.
 */
const shared = new Map<ProseLanguage, VariantWords>()
const bound = 200_000

/** The word cache of a language. */
export function variantWords(language: ProseLanguage): VariantWords {
  let words = shared.get(language)
  if (!words || words.size > bound) shared.set(language, (words = new VariantWords(language)))
  return words
}

export class VariantWords {
  readonly language: ProseLanguage
  readonly data: TermVariantData
  private readonly functionCache = new Map<string, boolean>()
  private readonly infos = new Map<string, WordInfo>()
  private readonly written = new Map<string, WrittenWord>()
  private readonly keyCache = new Map<string, string>()
  private readonly standardCache = new Map<string, string>()

  constructor(language: ProseLanguage) {
    this.language = language
    this.data = builtinData().termVariants[language]
  }

  /** How many words and spellings are cached. */
  get size(): number {
    return this.infos.size + this.written.size
  }

  /** A word as written: its normalised word's info and how it is capitalised, worked out once per spelling. */
  writtenWord(text: string): WrittenWord {
    let word = this.written.get(text)
    if (word === undefined) {
      const info = this.info(normalizeWord(text))
      const lower = text === info.norm
      word = {info, camel: !lower && camel.test(text), titleCase: !lower && /^\p{Lu}\p{Ll}+$/u.test(text)}
      this.written.set(text, word)
    }
    return word
  }

  /** What the detectors ask of a normalised word, worked out on its first reading. */
  info(norm: string): WordInfo {
    let info = this.infos.get(norm)
    if (info === undefined) {
      const script = cyrillicWord.test(norm) ? 'cyrillic' : latinWord.test(norm) ? 'latin' : 'other'
      info = {
        norm,
        key: this.key(norm),
        standard: this.standard(norm),
        functional: this.isFunctionWord(norm),
        adjectival: script === 'cyrillic' && looksAdjectival(norm),
        root: script === 'cyrillic' && looksAdjectival(norm) ? adjectiveRoot(norm) : this.key(norm),
        cyrillic: script === 'cyrillic' || cyrillic.test(norm),
        script,
        digit: digit.test(norm)
      }
      this.infos.set(norm, info)
    }
    return info
  }

  /** {@link inflectionKey} of a normalised word, cached: a document repeats its words. */
  key(norm: string): string {
    let key = this.keyCache.get(norm)
    if (key === undefined) this.keyCache.set(norm, (key = inflectionKey(this.standard(norm))))
    return key
  }

  /** The word's standard spelling (see `standardSpelling`); a Latin word's cached (its suffixes cost more than a Cyrillic word's one letter). */
  standard(norm: string): string {
    if (cyrillic.test(norm)) return russianSpelling(norm)
    let standard = this.standardCache.get(norm)
    if (standard === undefined) this.standardCache.set(norm, (standard = americanSpelling(norm)))
    return standard
  }

  /** A preposition, conjunction, particle or pronoun of either language, or a particle the data lists. */
  isFunctionWord(norm: string): boolean {
    let known = this.functionCache.get(norm)
    if (known === undefined) {
      const english = builtinData().termVariants.en.particles
      if (cyrillic.test(norm)) {
        const kind = classifyRussian(norm).kind
        known = kind === 'function' || kind === 'pronoun' || this.data.particles.has(norm)
      } else known = ENGLISH_FUNCTION_WORDS.has(norm) || english.has(norm)
      this.functionCache.set(norm, known)
    }
    return known
  }
}
