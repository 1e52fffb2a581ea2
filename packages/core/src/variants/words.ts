/** The words the term-variant detectors know of a language: function words, particles, prefixes, the lexicon. */
import {builtinData, type TermVariantData} from '../data/index.js'
import {ENGLISH_FUNCTION_WORDS} from '../morphology/en.js'
import {classifyRussian} from '../morphology/index.js'
import type {ProseLanguage} from '../prose.js'

const cyrillic = /\p{Script=Cyrillic}/u

export class VariantWords {
  readonly language: ProseLanguage
  readonly data: TermVariantData
  private readonly functionCache = new Map<string, boolean>()

  constructor(language: ProseLanguage) {
    this.language = language
    this.data = builtinData().termVariants[language]
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
