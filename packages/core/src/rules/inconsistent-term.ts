/**
 * inconsistent-term: one concept, one name. Reports names the glossary says to
 * avoid, a second name of a concept next to the dominant one, and glossary
 * abbreviations written in another case («Crm» for «CRM»).
 */
import type {NameRef} from '../glossary/compile.js'
import type {GlossaryEntry} from '../glossary/model.js'
import {normalizeWord} from '../normalize.js'
import type {PhraseMatch} from '../phrase-index.js'
import {quote, type Rule} from '../rule.js'

export interface InconsistentTermOptions {
  /** Report glossary abbreviations written in another case («Crm», «Api»). */
  readonly abbreviationCase: boolean
}

export const inconsistentTerm: Rule<InconsistentTermOptions> = {
  id: 'inconsistent-term',
  description: 'One concept, one name: names the glossary says to avoid, and two names of one concept in one document.',
  defaultSeverity: 'error',
  fixable: true,
  defaultOptions: {abbreviationCase: true},
  check({analysis, options, report}) {
    const byEntry = new Map<GlossaryEntry, Array<PhraseMatch<NameRef>>>()
    for (const match of analysis.nameMatches) {
      // The terms section is where a document introduces its names and synonyms.
      if (analysis.termsSection.has(match.sentence.block)) continue
      const ref = match.name.value
      const actual = analysis.text(match.span)

      if (ref.role === 'avoid') {
        const fix = safeReplacement(match, ref)
        report({
          span: match.span,
          reason: `Unexpected ${quote(actual)}, expected «${ref.entry.term.value}»: the glossary says to avoid this name`,
          actual,
          expected: [ref.entry.term.value],
          ...(fix === undefined ? {} : {fix: {span: match.span, text: fix}})
        })
        continue
      }
      if (ref.role === 'abbreviation') {
        if (options.abbreviationCase && actual !== ref.named.value && /\p{Ll}/u.test(actual) && /\p{Lu}/u.test(actual)) {
          report({
            span: match.span,
            reason: `Unexpected ${quote(actual)}, expected «${ref.named.value}»: abbreviations are written as in the glossary`,
            actual,
            expected: [ref.named.value],
            fix: {span: match.span, text: ref.named.value}
          })
        }
        continue
      }
      const list = byEntry.get(ref.entry)
      if (list) list.push(match)
      else byEntry.set(ref.entry, [match])
    }

    for (const [entry, matches] of byEntry) {
      const counts = new Map<string, Array<PhraseMatch<NameRef>>>()
      for (const match of matches) {
        const key = match.name.value.named.value
        const list = counts.get(key)
        if (list) list.push(match)
        else counts.set(key, [match])
      }
      if (counts.size < 2) continue
      // The dominant name: the most used; on a tie the glossary's preferred term, then the first used.
      const ranked = [...counts].sort(([nameA, a], [nameB, b]) => {
        if (b.length !== a.length) return b.length - a.length
        if (nameA === entry.term.value) return -1
        if (nameB === entry.term.value) return 1
        return a[0]!.span.start - b[0]!.span.start
      })
      const [dominant, dominantMatches] = ranked[0]!
      const first = dominantMatches[0]!
      const times = dominantMatches.length === 1 ? 'once' : `${dominantMatches.length} times`
      for (const [name, list] of ranked.slice(1)) {
        for (const match of list) {
          const actual = analysis.text(match.span)
          const preferred = dominant === entry.term.value ? '' : ` (the glossary prefers «${entry.term.value}»)`
          report({
            span: match.span,
            reason: `Unexpected ${quote(actual)}: «${name}» names the same concept as «${dominant}», used ${times} here${preferred}`,
            actual,
            expected: [dominant],
            related: {span: first.span, reason: `«${dominant}» first used here`}
          })
        }
      }
    }
  }
}

/**
 * The preferred term to write instead of an avoided name, when that is certain
 * to be grammatical: the avoided name stands in its dictionary form (nominative
 * singular), so the term in its dictionary form is the same grammatical form.
 * An inflected occurrence («тех. задания») is reported without a fix: choosing
 * the right form of the term there is the author's call.
 */
function safeReplacement(match: PhraseMatch<NameRef>, ref: NameRef): string | undefined {
  const written = match.parts.map((part) => part.norm).join(' ')
  const dictionary = normalizeWord(ref.named.value).split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ')
  if (written !== dictionary) return undefined
  const term = ref.entry.term.value
  const first = match.parts[0]!.text
  // Keep a capital at the start of a sentence; the rest is written as the glossary writes it.
  return /^\p{Lu}/u.test(first) && !/^\p{Lu}/u.test(term) ? term.charAt(0).toUpperCase() + term.slice(1) : term
}
