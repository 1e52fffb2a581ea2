/**
 * Keys that two inflected forms of one word share, for grouping a document's
 * own words: «процессами» and «процесс» → «процесс», "gateways" and "gateway"
 * → "gateway". The glossary matches names by generating their forms (see
 * `morphology/`); here there is no dictionary form to start from, only the
 * words as written, so endings are cut instead. A key is never shown: two
 * keys are compared, and a group is only made when the document writes both
 * names, so a key that cuts too much costs a missed pair, not a finding.
 *
 * Why not a Snowball stemmer: the JavaScript port measured 50 µs a word, a
 * second and a half on the benchmark's 1 MB document; these few endings are
 * cut in well under a microsecond.
 */

/** Russian case, number and gender endings, longest first (adjectival and nominal). */
const russianEnding =
  /(?:иями|ями|ами|ого|его|ому|ему|ыми|ими|ией|ий|ый|ой|ая|яя|ое|ее|ые|ие|ую|юю|ых|их|ым|им|ом|ем|ам|ям|ах|ях|ов|ев|ей|ия|ие|ию|ии|а|я|о|е|ы|и|у|ю|ь|й)$/u

/** The key of a normalised Russian word: the ending cut, at least three letters kept. */
export function russianKey(norm: string): string {
  const match = russianEnding.exec(norm)
  if (!match || norm.length - match[0].length < 3) return norm.replace(/[ьй]$/u, '')
  return norm.slice(0, match.index).replace(/[ьй]$/u, '')
}

/** The key of a normalised English word: a plural or third-person -s cut ("gateways", "policies", "boxes"). */
export function englishKey(norm: string): string {
  if (norm.length > 4 && norm.endsWith('ies')) return norm.slice(0, -3) + 'y'
  if (norm.length > 4 && /(?:ss|x|z|ch|sh)es$/u.test(norm)) return norm.slice(0, -2)
  if (norm.length > 3 && norm.endsWith('s') && !/(?:ss|us|is|ys)$/u.test(norm)) return norm.slice(0, -1)
  return norm
}

const cyrillic = /\p{Script=Cyrillic}/u

/** The inflection key of a normalised word in either script. */
export function inflectionKey(norm: string): string {
  return cyrillic.test(norm) ? russianKey(norm) : englishKey(norm)
}

/** Adjectival endings of Russian: a word that ends so may modify the noun after it. */
const adjectival = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ую|юю|ых|их|ыми|ими)$/u

export function looksAdjectival(norm: string): boolean {
  return norm.length >= 5 && adjectival.test(norm)
}

/**
 * The root a Russian relational adjective shares with its noun: «платёжный» →
 * «платеж» (as «платежей» → «платеж»), «пользовательский» → «пользовател».
 */
export function adjectiveRoot(norm: string): string {
  return russianKey(norm).replace(/(?:ск|ов|ев|н)$/u, '')
}

/**
 * The spelling variants of one word made one for comparison: American for British in a Latin word
 * ({@link americanSpelling}), «е» for «э» after a consonant and one consonant for two in a Cyrillic
 * one — loanwords Russian writes both ways: «тэг» and «тег», «кэш» and «кеш», «фронтэнд» and
 * «фронтенд», «оффлайн» and «офлайн». A word's «э» at its start or after a vowel («этап», «поэтому»)
 * is its own and stays.
 */
export function standardSpelling(norm: string): string {
  return cyrillicLetter.test(norm) ? russianSpelling(norm) : americanSpelling(norm)
}

const cyrillicLetter = /\p{Script=Cyrillic}/u

/**
 * A Cyrillic word with «е» for an «э» after a consonant («тэгов» → «тегов»), and one consonant for
 * two inside a word of six letters or more («оффлайн» → «офлайн», «траффик» → «трафик»):
 * {@link standardSpelling}. Russian writes loanwords both ways. Left as written: «нн», which tells a
 * participle or an adjective from a short form («сохранённые», «сохранена»), and the two letters
 * where a prefix meets its root («ввод», «рассчитать», «поддержка»): there the double is the
 * grammar's, and its single pair a typo this detector would offer as the fix.
 */
export function russianSpelling(norm: string): string {
  const standard = norm.includes('э') ? norm.replace(/(?<=[бвгджзклмнпрстфхцчшщ])э/gu, 'е') : norm
  if (standard.length < 6 || !doubled.test(standard)) return standard
  const prefix = consonantPrefix.exec(standard)?.[0].length ?? 0
  return standard.replace(doubledGlobal, (pair: string, _letter: string, at: number) => (at === 0 || at === prefix - 1 ? pair : pair[0]!))
}

const doubled = /([бвгджзклмпрстфхцчшщ])\1/u
const doubledGlobal = /([бвгджзклмпрстфхцчшщ])\1/gu
/** Prefixes that end in a consonant, which a root starting with it doubles («рас-считать», «под-держка», «в-вод»). */
const consonantPrefix = /^(?:контр|сверх|пред|под|над|раз|рас|без|бес|воз|вос|низ|нис|меж|от|об|из|ис|вз|вс|с|в)/u

/**
 * British spellings written as American for comparison: "authorisation" and
 * "authorization", "colour" and "color", "centre" and "center" get one key.
 * Only a document that writes both spellings has a pair.
 */
export function americanSpelling(norm: string): string {
  return norm
    .replace(/(?<=\p{L}{3})is(ation|ations|e|es|ed|ing|er|ers)$/u, 'iz$1')
    .replace(/(?<=\p{L}{2})ys(e|es|ed|ing)$/u, 'yz$1')
    .replace(/(?<=\p{L}{3})our(s|ed|ing|able)?$/u, 'or$1')
    .replace(/(?<=\p{L}{3})tre(s)?$/u, 'ter$1')
    .replace(/(?<=\p{L}{3})logue(s)?$/u, 'log$1')
    .replace(/(?<=\p{L}{3})ence(s)?$/u, (whole, plural: string | undefined) => (/(?:lic|def|off|pret)ence/u.test(norm) ? `ense${plural ?? ''}` : whole))
}
