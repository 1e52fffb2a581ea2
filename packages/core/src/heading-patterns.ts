/**
 * Heading patterns, as `data/requirements.yaml` and a project's `sections` write them: words one
 * after another, `*` alone for any words, `word*` for every word that starts with it.
 */
import {normalizeWord} from './normalize.js'

/**
 * A heading pattern compiled to a regular expression over the heading's normalised words:
 * the whole heading must match; `*` alone stands for any words (none included), a word ending
 * in `*` for every word that starts with it.
 */
export type Pattern = RegExp

export function compilePattern(pattern: string): Pattern {
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

/** The words as a pattern reads them: each after a space; undefined for no words, which nothing matches. */
export function patternSubject(words: readonly string[]): string | undefined {
  return words.length > 0 ? ' ' + words.join(' ') : undefined
}

/** A heading's words as patterns read them: normalised, punctuation around each word dropped. */
export function headingWords(text: string): string[] {
  return text
    .split(/\s+/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}*'’-]+$/gu, ''))
    .filter((word) => word !== '')
}
