/**
 * Whether a Russian word is established: in a Russian spelling dictionary (Lebedev's Hunspell
 * dictionary, the `dictionary-ru` package; its notice is data/dictionary-ru-license.txt). The build
 * step keeps the inflection keys of its dictionary forms of four letters or more, as
 * variants/inflection.ts cuts them, so «статусу», «статусами» and «статус» all find «статус»; and
 * only the words that fit a common English word's consonants and vowels (variants/skeleton.ts), the
 * only ones the transliteration detector asks about. A Latin word outside SCOWL's lists up to size
 * 60 («replicaset») finds no Russian cognate here.
 */
import {russianDictionaryKeysText} from './data/generated/builtin.js'

// Made on first use: only a Russian document with a Latin word that could be transliterated asks.
let keys: ReadonlySet<string> | undefined

/** Whether the inflection key of a Russian word (`russianKey`) is the key of a dictionary word. */
export function isRussianDictionaryWord(key: string): boolean {
  keys ??= new Set(russianDictionaryKeysText.split(' '))
  // The keys cut one ending, not a stem: «функция» gives «функц» but «функциях» «функци».
  return keys.has(key) || (key.endsWith('и') && keys.has(key.slice(0, -1)))
}
