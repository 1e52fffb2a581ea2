/**
 * English words set in capitals. A specification writes "a KEY with the following format", "(MET)",
 * "a GOAWAY frame" or "WHOIS records": a word stressed, a status or a protocol's name run together
 * from words. None of them abbreviates anything, so none needs a definition.
 */
import {commonEnglishWordsText} from './data/generated/builtin.js'

// Made on first use: most documents set no word in capitals that gets this far.
let common: ReadonlySet<string> | undefined

/**
 * Whether `word`, set in Latin capitals, is one of the most common English words (SCOWL's size 10:
 * "CLEAR", "KEY", "CAN", "MET") or two of them run together ("GOAWAY", "GOPATH", "WHOIS", "README").
 * Three letters at least: two-letter abbreviations (IT, UI) are words too. Measured on the annotated
 * corpus, the single words took out 23 false and 28 debatable findings against 1 true ("SET",
 * Signed Entry Timestamp, which its document never spells out; one that does is reported as before);
 * the runs together 5 false and nothing else. The larger lists (size 20, 35) hold abbreviations
 * readers define: RAG, PAT, TAP.
 */
export function isEnglishWordInCapitals(word: string): boolean {
  if (word.length < 3 || !/^[A-Z]+$/u.test(word)) return false
  common ??= new Set(commonEnglishWordsText.split(' '))
  const lower = word.toLowerCase()
  if (common.has(lower)) return true
  // Each part two letters or more, the whole five or more, as measured.
  if (lower.length < 5) return false
  for (let cut = 2; cut <= lower.length - 2; cut++) {
    if (common.has(lower.slice(0, cut)) && common.has(lower.slice(cut))) return true
  }
  return false
}
