/**
 * Heading patterns («введение *», "* acceptance criteria *", «сбор* требовани* *»): words one after
 * another that must make up the whole text, `*` alone for any words (none included), a word ending
 * in `*` for every word that starts with it. `data/requirements.yaml` lists hundreds of them, and a
 * project adds its own; every heading, label and column title of every document is tried against
 * them, so a list is compiled once and indexed by one word each pattern cannot match without.
 */
import {normalizeWord} from './normalize.js'

/** One pattern as a regular expression over the words, each after a space. */
function compilePattern(pattern: string): RegExp {
  const words = normalizeWord(pattern)
    .split(/\s+/u)
    .filter((word) => word !== '')
  let source = ''
  for (const word of words) {
    if (word === '*') source += '(?: \\S+)*'
    else source += ' ' + word.replace(/[.+?^${}()|[\]\\]/gu, '\\$&').replace(/\*$/u, '\\S*')
  }
  return new RegExp(`^${source}$`, 'u')
}

/**
 * The word a pattern needs among the text's words: its first plain word (`exact`), else its longest
 * word ending in `*` (`prefix`). A word with another `*` inside reads as a regular expression of its
 * own: such a pattern is tried on every text.
 */
function anchorOf(pattern: string): {readonly word: string; readonly prefix: boolean} | undefined {
  const words = normalizeWord(pattern)
    .split(/\s+/u)
    .filter((word) => word !== '' && word !== '*')
  if (words.some((word) => !/^[^*]+\*?$/u.test(word))) return undefined
  const exact = words.find((word) => !word.endsWith('*'))
  if (exact !== undefined) return {word: exact, prefix: false}
  const prefixes = words.map((word) => word.slice(0, -1)).sort((a, b) => b.length - a.length)
  return prefixes[0] === undefined ? undefined : {word: prefixes[0], prefix: true}
}

/**
 * A list of patterns. Each word of the text is preceded by a space and followed by a space or the
 * end, so a pattern's plain word must be one of the text's words, and a word ending in `*` the start
 * of one: only patterns whose anchor word is there are tried. Which one matches does not matter.
 */
export class WordPatterns {
  /** By the plain word each needs. */
  private readonly byWord = new Map<string, RegExp[]>()
  /** By the start of a word each needs. */
  private readonly byPrefix: Array<{readonly prefix: string; readonly pattern: RegExp}> = []
  /** Patterns with no word to look for first (`*` alone, or `*` inside a word). */
  private readonly always: RegExp[] = []

  constructor(patterns: readonly string[]) {
    for (const text of patterns) {
      const pattern = compilePattern(text)
      const anchor = anchorOf(text)
      if (anchor === undefined) this.always.push(pattern)
      else if (anchor.prefix) this.byPrefix.push({prefix: anchor.word, pattern})
      else {
        const list = this.byWord.get(anchor.word)
        if (list) list.push(pattern)
        else this.byWord.set(anchor.word, [pattern])
      }
    }
  }

  /** Whether a pattern matches the words (normalised, without punctuation); no words match none. */
  matches(words: readonly string[]): boolean {
    if (words.length === 0) return false
    const subject = ' ' + words.join(' ')
    for (const word of words) {
      const list = this.byWord.get(word)
      if (list) for (const pattern of list) if (pattern.test(subject)) return true
    }
    for (const {prefix, pattern} of this.byPrefix) {
      if (words.some((word) => word.startsWith(prefix)) && pattern.test(subject)) return true
    }
    for (const pattern of this.always) if (pattern.test(subject)) return true
    return false
  }
}

/** A heading's words as patterns read them: normalised, punctuation around each word dropped. */
export function headingWords(text: string): string[] {
  return text
    .split(/\s+/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}*'’-]+$/gu, ''))
    .filter((word) => word !== '')
}
