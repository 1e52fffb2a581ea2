/**
 * Writing systems and the look-alike letters between Cyrillic and Latin.
 * A Russian document that mixes them in one word («CRМ» with a Cyrillic «М»)
 * breaks search, sorting and every term match, and is invisible to a reader.
 */

export type Script = 'cyrillic' | 'latin' | 'other'

const cyrillic = /\p{Script=Cyrillic}/u
const latin = /\p{Script=Latin}/u

export function scriptOf(char: string): Script {
  if (cyrillic.test(char)) return 'cyrillic'
  if (latin.test(char)) return 'latin'
  return 'other'
}

/** Cyrillic letters and the Latin letters they cannot be told apart from in most fonts. */
const cyrillicToLatin: ReadonlyMap<string, string> = new Map([
  ['А', 'A'], ['В', 'B'], ['Е', 'E'], ['К', 'K'], ['М', 'M'], ['Н', 'H'], ['О', 'O'],
  ['Р', 'P'], ['С', 'C'], ['Т', 'T'], ['Х', 'X'], ['У', 'Y'], ['І', 'I'], ['Ј', 'J'], ['Ѕ', 'S'],
  ['а', 'a'], ['е', 'e'], ['о', 'o'], ['р', 'p'], ['с', 'c'], ['у', 'y'], ['х', 'x'],
  ['і', 'i'], ['ј', 'j'], ['ѕ', 's'], ['һ', 'h'], ['ԁ', 'd'], ['ԛ', 'q'], ['ԝ', 'w']
])

const latinToCyrillic: ReadonlyMap<string, string> = new Map(
  [...cyrillicToLatin].filter(([c]) => !'ІЈЅіјѕһԁԛԝ'.includes(c)).map(([c, l]) => [l, c])
)

/** The look-alike of `char` in the other script, if it has one. */
export function lookAlike(char: string, into: 'cyrillic' | 'latin'): string | undefined {
  return into === 'latin' ? cyrillicToLatin.get(char) : latinToCyrillic.get(char)
}
