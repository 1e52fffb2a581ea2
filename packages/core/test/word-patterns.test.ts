/**
 * Heading patterns: indexed by the word each needs, they must match exactly what
 * their regular expressions match, whichever word of the pattern is the anchor.
 */
import {describe, expect, it} from 'vitest'
import {WordPatterns} from '../src/word-patterns.js'

/** The words of a text as the requirements model splits a heading. */
const words = (text: string): string[] => text.split(' ').filter((word) => word !== '')

describe('WordPatterns', () => {
  it.each([
    // A plain first word anchors the pattern; `*` alone stands for any words, none included.
    ['введение *', 'введение', true],
    ['введение *', 'введение в проект', true],
    ['введение *', 'краткое введение', false],
    // The anchor is the first plain word, also after a leading `*`.
    ['* критерии приемки *', 'минимальные критерии приемки', true],
    ['* критерии приемки *', 'критерии', false],
    // A word ending in `*` matches every word that starts with it; a pattern of such words alone is
    // anchored by the longest of them.
    ['* сбор* требовани* *', 'этап сбора требований', true],
    ['* сбор* требовани* *', 'этап сбора', false],
    ['рекомендаци* *', 'рекомендации по внедрению', true],
    ['рекомендаци* *', 'общие рекомендации', false],
    // The plain word must be a whole word of the text, not the start of one.
    ['цели', 'цели', true],
    ['цели', 'целиком', false],
    // `*` alone matches any text of at least one word.
    ['*', 'что угодно', true]
  ])('%s ~ %s: %s', (pattern, text, expected) => {
    expect(new WordPatterns([pattern]).matches(words(text))).toBe(expected)
  })

  it('matches when any pattern of the list matches, and never matches no words', () => {
    const patterns = new WordPatterns(['введение *', '* требования *', 'цели'])
    expect(patterns.matches(words('функциональные требования'))).toBe(true)
    expect(patterns.matches(words('цели'))).toBe(true)
    expect(patterns.matches(words('глоссарий'))).toBe(false)
    expect(patterns.matches([])).toBe(false)
    expect(new WordPatterns(['*']).matches([])).toBe(false)
  })

  it('tries a pattern with `*` inside a word on every text, as the regular expression it is', () => {
    // «а*б» is «а» repeated, then «б»: no word to look for first.
    const patterns = new WordPatterns(['а*б'])
    expect(patterns.matches(words('аааб'))).toBe(true)
    expect(patterns.matches(words('б'))).toBe(true)
    expect(patterns.matches(words('в'))).toBe(false)
  })
})
