/**
 * Words derived from an adjective that inflection does not give: its adverb
 * («разумный» → «разумно», "easy" → "easily") and its comparative
 * («мощный» → «мощнее», «мощней»; "fast" → "faster", "fastest"). A glossary's
 * `ambiguous.add` entry opts in to them (`forms: [adverb, comparative]`): they
 * are regular for most qualitative adjectives, but a relative adjective has
 * none, so they are never guessed for the built-in lists.
 */
import type {DerivedForm} from '../glossary/model.js'

/** The derived words of `adjective` (dictionary form), lower case. Empty when it does not read as an adjective. */
export function derivedForms(adjective: string, forms: readonly DerivedForm[]): string[] {
  const word = adjective.toLowerCase().replace(/ё/gu, 'е')
  if (/^[а-я-]+$/u.test(word)) return russian(word, forms)
  if (/^[a-z-]+$/u.test(word)) return english(word, forms)
  return []
}

function russian(word: string, forms: readonly DerivedForm[]): string[] {
  const ending = /(?:ый|ий|ой)$/u.exec(word)
  if (!ending) return []
  const stem = word.slice(0, -2)
  const result: string[] = []
  // «разумный» → «разумно»; after a hushing consonant an -ий adjective takes «е» («певучий» → «певуче»).
  if (forms.includes('adverb')) result.push(ending[0] === 'ий' && /[жшчщ]$/u.test(stem) ? stem + 'е' : stem + 'о')
  // «мощный» → «мощнее», «мощней». Stems in г, к, х alternate («тихий» → «тише»): not guessed.
  if (forms.includes('comparative') && !/[гкх]$/u.test(stem)) result.push(stem + 'ее', stem + 'ей')
  return result
}

function english(word: string, forms: readonly DerivedForm[]): string[] {
  const result: string[] = []
  if (forms.includes('adverb')) {
    if (/[^aeiou]y$/u.test(word)) result.push(word.slice(0, -1) + 'ily')
    else if (/[^aeiou]le$/u.test(word)) result.push(word.slice(0, -1) + 'y')
    else result.push(word + 'ly')
  }
  if (forms.includes('comparative')) {
    let stem = word
    if (/[^aeiou]y$/u.test(word)) stem = word.slice(0, -1) + 'i'
    else if (/e$/u.test(word)) stem = word.slice(0, -1)
    // One short syllable closed by one consonant doubles it: "big" → "bigger".
    else if (/^[^aeiou]*[aeiou][bdgmnpt]$/u.test(word)) stem = word + word.at(-1)
    result.push(stem + 'er', stem + 'est')
  }
  return result
}
