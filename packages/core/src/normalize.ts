/**
 * Normalisation of words for matching. Matching happens on normalised forms;
 * positions always stay in the original text, so normalisation never changes
 * what a message points at.
 */

/**
 * The characters that are invisible in a rendered document and must not split or
 * change a word: soft hyphen, zero-width space and (non-)joiner, word joiner, and
 * U+FEFF (zero-width no-break space), as the body of a character class. The one
 * definition; every pattern that means «a reader does not see it» is built from it.
 */
export const invisibleCharacters = '\\u00AD\\u200B-\\u200D\\u2060\\uFEFF'

const invisible = new RegExp(`[${invisibleCharacters}]`, 'g')

/** Hyphen and dash look-alikes that join the parts of a compound word. */
const hyphens = /[\u2010\u2011\u2012\u2013\u2212\uFE63\uFF0D]/g

/**
 * Whether the word is lower-case ASCII and Cyrillic letters without «ё», digits and hyphens: already
 * normalised, and without a capital letter. A loop over the code units, not a regular expression: it
 * runs on every word of every document, and for a short word the call of a regular expression costs
 * more than the test.
 */
export function isPlain(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x430 && code <= 0x44f) || (code >= 0x30 && code <= 0x39) || code === 0x2d) continue
    return false
  }
  return true
}

/**
 * The form a word is compared in: NFC, lower case, «ё» as «е», invisible
 * characters removed, hyphen variants as U+002D.
 */
export function normalizeWord(word: string): string {
  // Most words are already in that form: return them as they are, without five passes and copies.
  if (isPlain(word)) return word
  if (word.length > rememberedLength) return normalForm(word)
  // The others are mostly capitalised words, which every rule normalises again («Система» opening
  // each sentence): each is worked out once.
  let normal = normalized.get(word)
  if (normal === undefined) {
    // Let go past a bound, so that a long run does not grow without end.
    if (normalized.size >= normalizedBound) normalized.clear()
    // Kept as a copy of its own: a word sliced from a block's text would keep the whole text alive.
    const own = (' ' + word).slice(1)
    normal = normalForm(own)
    normalized.set(own, normal)
  }
  return normal
}

function normalForm(word: string): string {
  return word.normalize('NFC').replace(invisible, '').replace(hyphens, '-').toLowerCase().replace(/ё/g, 'е')
}

/** The normal forms of words not already in normal form, by the word; a longer text (a heading, a cell) is not kept. */
const normalized = new Map<string, string>()
const normalizedBound = 50_000
const rememberedLength = 40
