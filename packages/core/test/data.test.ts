/**
 * The built-in word lists hold together: an `except` expression of a category
 * contains one of that category's entries, or it would except nothing (a typo
 * there would silently keep a false positive).
 */
import {describe, expect, it} from 'vitest'
import {builtinData} from '../src/data/index.js'
import {parseMarkdown} from '../src/markdown.js'
import {PhraseIndex} from '../src/phrase-index.js'
import {buildProse} from '../src/prose.js'

const data = builtinData()

describe('the ambiguous-wording lists', () => {
  for (const language of ['ru', 'en'] as const) {
    for (const category of data.ambiguity[language].categories) {
      for (const expression of category.except) {
        it(`${language} ${category.id}: «${expression}» contains an entry of the category`, () => {
          const index = new PhraseIndex<string>()
          for (const word of category.words) index.add(word, word)
          for (const phrase of category.phrases) index.add(phrase, phrase, {inflect: false})
          const prose = buildProse(parseMarkdown(expression), expression, language)
          const sentence = prose.blocks[0]!.sentences[0]!
          expect(index.match(sentence).map((match) => prose.source.slice(match.span.start, match.span.end))).not.toEqual([])
        })
      }
    }
  }

  it('has exceptions to test', () => {
    expect(Object.values(data.ambiguity).flatMap((list) => list.categories.flatMap((category) => category.except)).length).toBeGreaterThan(0)
  })
})
