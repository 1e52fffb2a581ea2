/**
 * Sentence boundaries in Russian and English requirements prose.
 *
 * A full stop ends a sentence when the next word starts with a capital letter,
 * except after abbreviations that are followed by a number or a name in running
 * text («п. 3.2», «см. рис. 1 и табл. 2», «Fig. 3», «А. С. Пушкин»). Open-ended
 * abbreviations such as «и т.д.», «и др.», "etc." can end a sentence: «и т.д.
 * Система…» is two sentences.
 */
import {builtinData} from './data/index.js'
import type {LocatedToken} from './prose.js'

const terminal = /^[.!?…]+$/u
const upperStart = /^[«"“„'([]*\p{Lu}/u

export function splitSentences(tokens: readonly LocatedToken[]): LocatedToken[][] {
  const sentences: LocatedToken[][] = []
  let current: LocatedToken[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    current.push(token)
    if (endsSentence(tokens, index)) {
      sentences.push(current)
      current = []
    }
  }
  if (current.length > 0) sentences.push(current)
  return sentences
}

function endsSentence(tokens: readonly LocatedToken[], index: number): boolean {
  const token = tokens[index]!
  const isTerminal = token.type === 'PunctuationNode' && terminal.test(token.text)
  const wordWithDot = token.type === 'WordNode' && token.text.endsWith('.')
  if (!isTerminal && !wordWithDot) return false

  const next = nextNonSpace(tokens, index)
  if (!next) return false
  // Quotes and brackets closing the sentence stay with it.
  if (next.type === 'PunctuationNode' && /^[»"”)\]]$/u.test(next.text)) return false
  if (!upperStart.test(next.text) && !(next.type === 'PunctuationNode' && /^[«"“([]$/u.test(next.text))) {
    return false
  }
  if (token.text.startsWith('!') || token.text.startsWith('?') || token.text.startsWith('…')) return true

  const before = wordWithDot ? token : previousWord(tokens, index)
  if (!before) return true
  const abbreviation = before.text.replace(/\.$/u, '').toLowerCase()
  // «п. 3.2», «см. рис. 1» (data/sentences.yaml).
  if (builtinData().continuingAbbreviations.has(abbreviation)) return false
  // An initial: «А. С. Пушкин», "J. Smith".
  if (/^\p{Lu}$/u.test(before.text.replace(/\.$/u, ''))) return false
  return true
}

function nextNonSpace(tokens: readonly LocatedToken[], index: number): LocatedToken | undefined {
  for (let next = index + 1; next < tokens.length; next++) {
    const token = tokens[next]!
    if (token.type !== 'WhiteSpaceNode') return token
  }
  return undefined
}

function previousWord(tokens: readonly LocatedToken[], index: number): LocatedToken | undefined {
  const previous = tokens[index - 1]
  return previous?.type === 'WordNode' ? previous : undefined
}
