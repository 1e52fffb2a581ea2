/**
 * How a Latin word and a Cyrillic one are compared as transliterations of each other: «бэкап» /
 * "backup", «деплой» / "deploy", «лейбл» / "label".
 *
 * The skeleton is the consonants a transliteration keeps (ГОСТ 7.79 letter for letter, and the
 * practical English-to-Russian conventions: "ck" and "c" as «к», "w" as «в», "j" and «дж» alike,
 * "-tion" as «-ция»), vowels dropped, since «бэкап» writes the "a" of "backup" as «э» and its "u" as
 * «а». Words that share it are candidates.
 *
 * The shape then keeps where the vowels stand, as `V`: "headless" and «удалось» share the consonants
 * d-l-s, but the Russian word has a vowel between «д» and «л» where the English has none, and "width"
 * is no «выходит». A transliteration may drop a vowel the English spelling writes and nobody says
 * ("label" → «лейбл», "pipeline" → «пайплайн»), never add one between two consonants.
 *
 * No module of the engine is imported here: the build step (scripts/build-data.js) reads the skeleton
 * of every word of the Russian dictionary before the engine's data exists.
 */

/** Letters a skeleton drops at a word's start: a vowel, "h", «х», «й». */
const latinSilent = /^[aeiouyh]/u
const cyrillicSilent = /^[аеёиоуыэюяхйь]/u

/** A Latin word with the practical transliteration's digraphs made one letter each. */
function latinLetters(word: string): string {
  return word
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
    .replace(/j/gu, 'g')
    .replace(/z/gu, 's')
}

/** The consonants of a Latin word as a Russian transliteration writes them. */
export function latinSkeleton(word: string): string {
  return (
    (latinSilent.test(word) ? '°' : '') +
    collapse(
      latinLetters(word)
        .replace(/w/gu, 'v')
        .replace(/[aeiouyh]/gu, '')
    )
  )
}

const cyrillicLetters: Readonly<Record<string, string>> = {
  б: 'b', в: 'v', г: 'g', д: 'd', ж: 'Ж', з: 's', к: 'k', л: 'l', м: 'm', н: 'n', п: 'p', р: 'r', с: 's', т: 't', ф: 'f', ц: 'ts', ч: 'Ч', ш: 'Ш', щ: 'Ш'
}
/** The Russian vowel letters. */
export const cyrillicVowels: ReadonlySet<string> = new Set([...'аеёиоуыэюя'])

/** The consonants of a Cyrillic word, in the letters of {@link latinSkeleton}. */
export function cyrillicSkeleton(word: string): string {
  return (cyrillicSilent.test(word) ? '°' : '') + collapse(cyrillicConsonants(word, false))
}

/**
 * A Latin word's shape: its skeleton's letters with `V` for each run of vowels. A "w" or "y" after a
 * vowel ends the vowel ("preview", "deploy"); a double letter is one sound ("offset"); a vowel at the
 * end is silent or an ending ("pipeline", "retry") and is dropped.
 */
export function latinShape(word: string): string {
  return finish(
    latinLetters(word.replace(/(.)\1/gu, '$1'))
      .replace(/(?<=[aeiouy])[wy](?![aeiouy])/gu, 'a')
      .replace(/w/gu, 'v')
      .replace(/h/gu, '')
      .replace(/[aeiouy]+/gu, 'V')
  )
}

/** A Cyrillic word's shape, in the letters of {@link latinShape}. */
export function cyrillicShape(word: string): string {
  return finish(cyrillicConsonants(word.replace(/(.)\1/gu, '$1'), true))
}

/**
 * Whether a Cyrillic word's shape is the Latin word's, with perhaps some of the Latin word's vowels
 * left out: «лейбл» (lVbl) is "label" (lVbVl), «удалось» (VdVlVs) is not "headless" (VdlVs).
 */
export function shapeFits(latin: string, cyrillic: string): boolean {
  let at = 0
  for (const letter of latin) {
    if (at < cyrillic.length && cyrillic[at] === letter) at++
    else if (letter !== 'V') return false
  }
  return at === cyrillic.length
}

function cyrillicConsonants(word: string, withVowels: boolean): string {
  let result = ''
  const text = word.replace(/дж/gu, 'g')
  for (const letter of text) {
    if (letter === 'g') result += 'g'
    else if (withVowels && cyrillicVowels.has(letter)) result += 'V'
    else result += cyrillicLetters[letter] ?? ''
  }
  return result
}

function finish(shape: string): string {
  return shape.replace(/V+/gu, 'V').replace(/V$/u, '')
}

function collapse(skeleton: string): string {
  return skeleton.replace(/(.)\1+/gu, '$1')
}
