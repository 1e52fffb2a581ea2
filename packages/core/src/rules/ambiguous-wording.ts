/**
 * ambiguous-wording: words nobody can verify («быстро», «удобный», «и т.д.»,
 * "user-friendly"). Escape clauses («при необходимости», "if possible") are
 * reported only where they weaken a binding statement: in a deliberately
 * permissive provision («менеджер может при необходимости…», ГОСТ 2.105
 * п. 5.2.2) they are the right wording.
 */
import {builtinData, type AmbiguityCategory} from '../data/index.js'
import type {Glossary} from '../glossary/model.js'
import {normalizeWord} from '../normalize.js'
import {PhraseIndex} from '../phrase-index.js'
import type {Sentence} from '../prose.js'
import type {Rule} from '../rule.js'

export interface AmbiguousWordingOptions {
  /** Category ids not to report (`subjective`, `escape-clause`, …). */
  readonly ignoreCategories: readonly string[]
}

interface Compiled {
  readonly index: PhraseIndex<AmbiguityCategory>
  readonly binding: ReadonlySet<string>
  readonly permissive: ReadonlySet<string>
}

const cache = new WeakMap<Glossary, Compiled>()

/** The built-in lists of both languages (documents mix them), with the glossary's additions and removals. */
function compile(glossary: Glossary): Compiled {
  const cached = cache.get(glossary)
  if (cached) return cached
  const data = builtinData()
  const removed = new Set(glossary.ambiguous.remove.map((named) => normalizeWord(named.value)))
  const index = new PhraseIndex<AmbiguityCategory>()
  const binding = new Set<string>()
  const permissive = new Set<string>()
  for (const list of [data.ambiguity.ru, data.ambiguity.en]) {
    for (const word of list.binding) binding.add(word)
    for (const word of list.permissive) permissive.add(word)
    for (const category of list.categories) {
      for (const word of category.words) if (!removed.has(normalizeWord(word))) index.add(word, category)
      for (const phrase of category.phrases) if (!removed.has(normalizeWord(phrase))) index.add(phrase, category, {inflect: false})
    }
  }
  const custom: AmbiguityCategory = {
    id: 'glossary',
    name: 'glossary',
    why: 'the glossary lists it as ambiguous wording',
    hint: 'Replace it with a precise, verifiable statement.',
    escape: false,
    words: [],
    phrases: []
  }
  for (const named of glossary.ambiguous.add) index.add(named.value, custom)
  const result = {index, binding, permissive}
  cache.set(glossary, result)
  return result
}

export const ambiguousWording: Rule<AmbiguousWordingOptions> = {
  id: 'ambiguous-wording',
  description: 'Wording nobody can verify: vague qualities and quantities, escape clauses, open ends, superlatives, placeholders.',
  defaultSeverity: 'warn',
  fixable: false,
  defaultOptions: {ignoreCategories: []},
  check({analysis, options, report}) {
    const {index, binding, permissive} = compile(analysis.glossary.glossary)
    const ignored = new Set(options.ignoreCategories)
    // A glossary term is a name, never vague wording: «быстрый поиск» may be a feature.
    const names = new Map<Sentence, Array<{from: number; to: number}>>()
    for (const match of analysis.nameMatches) {
      const list = names.get(match.sentence)
      if (list) list.push(match)
      else names.set(match.sentence, [match])
    }
    const overlapsName = (sentence: Sentence, from: number, to: number): boolean =>
      names.get(sentence)?.some((match) => match.from < to && from < match.to) ?? false

    for (const sentence of analysis.sentences()) {
      if (analysis.termsSection.has(sentence.block)) continue
      for (const match of index.match(sentence)) {
        const category = match.name.value
        if (ignored.has(category.id)) continue
        if (overlapsName(sentence, match.from, match.to)) continue
        const actual = analysis.text(match.span)
        let reason = `Unexpected «${actual}» (${category.name.toLowerCase()}): ${category.why}`
        if (category.escape) {
          const modal = modalOf(sentence, binding, permissive)
          if (modal.kind === 'permissive') continue
          if (modal.kind === 'binding') {
            reason = `Unexpected «${actual}» (${category.name.toLowerCase()}) in a requirement bound by «${modal.word}»: ${category.why}`
          }
        }
        report({span: match.span, reason, actual, note: category.hint})
      }
    }
  }
}

function modalOf(
  sentence: Sentence,
  binding: ReadonlySet<string>,
  permissive: ReadonlySet<string>
): {kind: 'binding' | 'permissive' | 'none'; word: string} {
  let found: {kind: 'binding'; word: string} | undefined
  let previous = ''
  for (const word of sentence.words) {
    const norm = normalizeWord(word.text)
    // «не допускается», "may not": a negated permission is a prohibition, and binding.
    const negated = previous === 'не' || previous === 'not' || norm === 'not'
    if (permissive.has(norm) && !negated) return {kind: 'permissive', word: word.text}
    if (!found && (binding.has(norm) || (permissive.has(norm) && negated))) found = {kind: 'binding', word: word.text}
    previous = norm
  }
  return found ?? {kind: 'none', word: ''}
}
