/**
 * Which words of a sentence its binding word governs. "Interval and retry don't apply to PING
 * because the transport is reliable, so they will be replaced": «will» binds the last clause, and
 * «reliable» stands in the reason, which demands nothing. Not a parser: only clauses of reason,
 * purpose and concession are told apart, opened by their markers (`data/requirements.yaml`,
 * `clauses`); «;» and «:» open a new statement. A conclusion («…, следовательно, …», "…; therefore
 * …") makes what precedes it its premise. A condition or a relative clause stays part of the clause
 * it belongs to: a vague condition is as unverifiable as a vague result.
 */
import type {ClauseMarkers} from './data/index.js'
import {normalizeWord} from './normalize.js'
import type {Sentence} from './prose.js'

export interface Clause {
  /** A reason, a purpose or a concession ("because …", "to make it easy …", «поскольку …»): why, not what. */
  readonly adjunct: boolean
  /** Offsets in the block's text: the first word's start, the last word's end. */
  readonly from: number
  readonly to: number
  /** Whether a binding word stands in the clause. */
  readonly binds: boolean
}

interface Compiled {
  readonly anywhere: ReadonlyArray<readonly string[]>
  readonly atStart: ReadonlyArray<readonly string[]>
  readonly not: ReadonlyArray<readonly string[]>
  readonly conclusion: ReadonlyArray<readonly string[]>
  readonly governedBy: ReadonlySet<string>
}

const compiled = new WeakMap<ClauseMarkers, Compiled>()

function compile(markers: ClauseMarkers): Compiled {
  let found = compiled.get(markers)
  if (!found) {
    const split = (phrases: readonly string[]): string[][] => phrases.map((phrase) => phrase.split(' '))
    found = {anywhere: split(markers.anywhere), atStart: split(markers.atStart), not: split(markers.not), conclusion: split(markers.conclusion), governedBy: new Set(markers.governedBy)}
    compiled.set(markers, found)
  }
  return found
}

/**
 * Splits the sentence into clauses. Inside a clause a comma continues it, as in a list of qualities
 * ("fast, reliable and secure"); but a clause of reason or purpose that opens the sentence ends at its
 * first comma, where the main clause begins ("To manage these concerns, implementations MUST …",
 * «Поскольку X, система должна …»).
 */
export function clausesOf(sentence: Sentence, markers: ClauseMarkers, binds: (word: string) => boolean): Clause[] {
  const words = sentence.words
  const text = sentence.block.text
  const normalized = words.map((word) => normalizeWord(word.text))
  const gaps = words.map((word, index) => (index === 0 ? '' : text.slice(words[index - 1]!.to, word.from)))
  const {anywhere, atStart, not, conclusion, governedBy} = compile(markers)
  // A marker's words stand next to each other: «так, как описано» is no «так как».
  const opensAt = (phrase: readonly string[], index: number): boolean =>
    phrase.every((part, at) => normalized[index + at] === part && (at === 0 || /^\s+$/u.test(gaps[index + at]!)))
  const clauses: Array<{adjunct: boolean; from: number; to: number; binds: boolean}> = []
  let main = false
  let skip = 0
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!
    const gap = gaps[index]!
    let opens: boolean | undefined
    if (skip > 0) skip--
    else {
      // A hyphen with spaces round it stands for a dash in plain-text writing («… о содержании - позволит …»).
      const afterPunctuation = index === 0 || /[,;:()—–]|\s-\s/u.test(gap)
      const phrase = not.some((candidate) => opensAt(candidate, index))
        ? undefined
        : anywhere.find((candidate) => opensAt(candidate, index)) ??
          (afterPunctuation && !governedBy.has(normalized[index - 1] ?? '') ? atStart.find((candidate) => opensAt(candidate, index)) : undefined)
      const concludes = index > 0 && /[,;:—–]|\s-\s/u.test(gap) ? conclusion.find((candidate) => opensAt(candidate, index)) : undefined
      if (phrase) {
        opens = true
        skip = phrase.length - 1
        // "…common technology: In order to make it easy …, the software should …": after «;» or «:» a new
        // statement begins, and a clause of reason or purpose opening it ends at its first comma too.
        if (/[;:]/u.test(gap)) main = false
      } else if (concludes) {
        // «…, следовательно, селектор должен …»: what came before is the premise the conclusion is drawn from.
        for (const earlier of clauses) earlier.adjunct = true
        opens = false
        skip = concludes.length - 1
      } else if (index === 0 || /[;:]/u.test(gap) || (!main && gap.includes(','))) {
        opens = false
      }
    }
    if (opens !== undefined) {
      clauses.push({adjunct: opens, from: word.from, to: word.to, binds: false})
      if (!opens) main = true
    }
    const clause = clauses.at(-1)!
    clause.to = word.to
    if (binds(normalized[index]!)) clause.binds = true
  }
  return clauses
}
