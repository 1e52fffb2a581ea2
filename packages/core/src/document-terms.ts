/**
 * Terms a document names: in bold, or as a short heading. A specification names a thing by
 * opening a paragraph with it in bold and going on with a sentence about it:
 * «**Простые ключи** должны состоять исключительно из букв ASCII…», "**Bare
 * keys** may only contain ASCII letters…". The phrase is then the document's
 * name for that thing, and wherever the document writes it again, in any
 * inflection («простым ключом», «Простой ключ»), it is that name, as a
 * glossary term is: «простой» there says which keys, not how simple anything is.
 *
 * Only a bold phrase followed by the sentence's next word counts. A bold phrase
 * followed by a colon or a dash is a label («**Удобный поиск**: …»), which the
 * rules judge by what follows it; a paragraph that is bold as a whole stands for
 * a heading.
 *
 * A heading of two to four words names a thing the same way: «#### 1. Избыточная
 * функциональность» heads one of the causes a document lists, and its «- Избыточная
 * функциональность,» and «устранение избыточной функциональности» are that cause.
 */
import type {ProseBlock, ProseDocument, Word} from './prose.js'
import {inflectionKey} from './variants/inflection.js'

/** The words of a term, each as its inflection key: «Простые ключи» → «прост», «ключ». */
export type DocumentTerm = readonly string[]

/** At most this many words in bold make a name; a longer bold run is emphasis. */
const maxTermWords = 4

/** Found once a document, by its source. */
const found = new WeakMap<ProseDocument, readonly DocumentTerm[]>()

/** The terms of two words or more that the document introduces in bold or as a heading, in document order, each once. */
export function documentTerms(document: ProseDocument): readonly DocumentTerm[] {
  let terms = found.get(document)
  if (!terms) found.set(document, (terms = findTerms(document)))
  return terms
}

function findTerms(document: ProseDocument): readonly DocumentTerm[] {
  const terms: DocumentTerm[] = []
  const seen = new Set<string>()
  for (const block of document.blocks) {
    const words = block.kind === 'heading' ? headingTerm(block) : block.kind === 'paragraph' ? opening(document.source, block) : undefined
    if (!words) continue
    const term = words.map(wordKey)
    const key = term.join(' ')
    if (!seen.has(key)) {
      seen.add(key)
      terms.push(term)
    }
  }
  return terms
}

/** The words of the bold phrase opening the block, when a lowercase word goes on after it. */
function opening(source: string, block: ProseBlock): readonly Word[] | undefined {
  const sentence = block.sentences[0]
  if (!sentence || sentence.from !== 0) return undefined
  const start = block.places.offset(0)
  const marker = source.slice(start - 2, start)
  if (marker !== '**' && marker !== '__') return undefined
  const words = sentence.words
  for (let last = 1; last < Math.min(words.length, maxTermWords + 1); last++) {
    const end = block.places.offset(words[last]!.to - 1) + 1
    if (!source.startsWith(marker, end)) continue
    // The phrase ends here: the sentence must go on with a word of its own, in lowercase.
    if (!/^\s+\p{Ll}/u.test(block.text.slice(words[last]!.to, words[last]!.to + 8))) return undefined
    const phrase = words.slice(0, last + 1)
    return phrase.every((word) => /^[\p{L}-]+$/u.test(word.text)) ? phrase : undefined
  }
  return undefined
}

/**
 * A heading that is a name of two to four words, its numbering aside: «#### 1. Избыточная функциональность»
 * names one of the causes the document lists, and the document's later «избыточной функциональности» is
 * that name.
 */
function headingTerm(block: ProseBlock): readonly Word[] | undefined {
  // «1. Избыточная функциональность» may read as two sentences, the number one of them.
  const words = block.sentences.flatMap((sentence) => sentence.words).filter((word) => /\p{L}/u.test(word.text))
  if (words.length < 2 || words.length > maxTermWords || !words.every((word) => /^[\p{L}-]+$/u.test(word.text))) return undefined
  return words
}

function wordKey(word: Word): string {
  return word.parts.map((part) => partKey(part.norm)).join('-')
}

/**
 * The inflection key, and in English without a plural's "s" the key leaves on "-ys" ("keys", kept so that
 * "days" and "day" are not merged as variants): here a missed "s" would only miss the name.
 */
function partKey(norm: string): string {
  const key = inflectionKey(norm)
  return /^[a-z]{3,}s$/u.test(key) && !key.endsWith('ss') ? key.slice(0, -1) : key
}

/** Whether the text `[from, to)` of a sentence, given by its words, lies within one of the document's terms, as written there. */
export function withinDocumentTerm(terms: readonly DocumentTerm[], words: readonly Word[], from: number, to: number): boolean {
  if (terms.length === 0) return false
  const at = words.findIndex((word) => word.from <= from && from < word.to)
  if (at === -1) return false
  const keys = new Map<number, string>()
  const keyAt = (index: number): string | undefined => {
    const word = words[index]
    if (!word) return undefined
    let key = keys.get(index)
    if (key === undefined) keys.set(index, (key = wordKey(word)))
    return key
  }
  return terms.some((term) => {
    for (let offset = 0; offset < term.length; offset++) {
      const first = at - offset
      if (first < 0 || words[first + term.length - 1] === undefined || words[first + term.length - 1]!.to < to) continue
      if (term.every((key, index) => keyAt(first + index) === key)) return true
    }
    return false
  })
}
