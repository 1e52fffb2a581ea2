/**
 * inconsistent-term: one concept, one name. Reports names the glossary says to
 * avoid, a second name of a concept next to the dominant one, glossary
 * abbreviations written in another case («Crm» for «CRM»), and — with or without
 * a glossary — two names the document itself gives one concept (`variants/`):
 * spelling variants, contracted compounds, transliterations, names the document
 * ties together, and near-synonyms from the built-in lexicon.
 */
import type {NameRef} from '../glossary/compile.js'
import type {GlossaryEntry} from '../glossary/model.js'
import {normalizeWord} from '../normalize.js'
import type {PhraseMatch} from '../phrase-index.js'
import {defineRule, oneLine, option, type TypedFinding, type TypedMessage} from '../rule.js'
import type {Localized} from '../message.js'
import type {Analysis} from '../analysis.js'
import {standardSpelling} from '../variants/inflection.js'
import {writtenAsCode} from '../variants/code.js'
import {mentionSpan, termVariants, type Mention, type SettledGroup, type VariantKind, type VariantName} from '../variants/index.js'

const allVariants: readonly VariantKind[] = ['spelling', 'look-alike', 'compound', 'transliteration', 'document', 'lexicon']
/**
 * On by default: every class but `document`. Transliteration was off until its Cyrillic side had to be a word
 * Russian has not taken in (variants/transliteration.ts): before that it paired identifiers and cognates.
 * `document` (a name the document ties to another, then uses in its place) is a project's choice since the
 * sixteenth session: of its findings the evaluation's reviewers judged, none was true (8 false, 2 debatable) —
 * «(далее — Сертификат)» read against the catalogue's name, «**open** (crate)» read as a gloss. Its ties still
 * count as definitions, and `variants` turns its reports on.
 */
const defaultVariants: readonly VariantKind[] = allVariants.filter((kind) => kind !== 'document')

const messages = {
  avoided: {
    en: 'Unexpected «{actual}», expected «{term}»: the glossary says to avoid this name',
    ru: 'Вместо «{actual}» пишите «{term}»: глоссарий не рекомендует это название'
  },
  'abbreviation-case': {
    en: 'Unexpected «{actual}», expected «{expected}»: abbreviations are written as in the glossary',
    ru: 'Вместо «{actual}» пишите «{expected}»: аббревиатура пишется так, как в глоссарии'
  },
  'preferred-term': {
    en: 'Unexpected «{actual}», expected «{term}»: «{name}» names the same concept as «{term}», the glossary’s preferred name, used {times, plural, =1 {once} other {# times}} here',
    ru: 'Вместо «{actual}» пишите «{term}»: глоссарий называет это понятие «{term}», а «{name}»\u00a0— его синоним; «{term}» встречается в документе {times, plural, =1 {один раз} one {# раз} few {# раза} other {# раз}}'
  },
  synonym: {
    en: 'Unexpected «{actual}», expected «{dominant}»: «{name}» names the same concept as «{dominant}», used {times, plural, =1 {once} other {# times}} here (the glossary’s preferred name is «{term}»)',
    ru: 'Вместо «{actual}» пишите «{dominant}»: «{name}» и «{dominant}» называют одно понятие, и «{dominant}» встречается в документе {times, plural, =1 {один раз} one {# раз} few {# раза} other {# раз}} (основное название в глоссарии\u00a0— «{term}»)'
  },
  'first-used-here': {
    en: '«{name}» first used here',
    ru: 'Первое употребление «{name}»'
  },
  spelling: {
    en: 'Unexpected «{actual}», expected «{dominant}»: one name written two ways (spelling variant); «{dominant}» is used {times, plural, =1 {once} other {# times}} here',
    ru: 'Вместо «{actual}» пишите «{dominant}»: одно название написано двумя способами, а «{dominant}» встречается в документе {times, plural, =1 {один раз} one {# раз} few {# раза} other {# раз}}'
  },
  'look-alike': {
    en: 'Unexpected «{actual}», expected «{dominant}»: the same name with look-alike letters of the other alphabet ({letters}), so a search for one never finds the other; «{dominant}» is used {times, plural, =1 {once} other {# times}} here',
    ru: 'Вместо «{actual}» пишите «{dominant}»: то же название, но с похожими буквами другого алфавита ({letters}), и поиск одного не находит другое; «{dominant}» встречается в документе {times, plural, =1 {один раз} one {# раз} few {# раза} other {# раз}}'
  },
  transliteration: {
    en: 'Unexpected «{actual}», expected «{dominant}»: one word in Latin and in Cyrillic letters (transliteration); «{dominant}» is used {times, plural, =1 {once} other {# times}} here',
    ru: 'Вместо «{actual}» пишите «{dominant}»: одно слово записано то латиницей, то кириллицей, а «{dominant}» встречается в документе {times, plural, =1 {один раз} one {# раз} few {# раза} other {# раз}}'
  },
  document: {
    en: 'Unexpected «{actual}», expected «{dominant}»: «{name}» names the same concept as «{dominant}», used {times, plural, =1 {once} other {# times}} here (the document ties them: {reason})',
    ru: 'Вместо «{actual}» пишите «{dominant}»: документ сам связывает «{name}» и «{dominant}» ({reason}), а «{dominant}» встречается в нём {times, plural, =1 {один раз} one {# раз} few {# раза} other {# раз}}'
  },
  compound: {
    en: 'Is «{actual}» the same concept as «{dominant}», used {times, plural, =1 {once} other {# times}} here? A contracted compound beside its full phrase, or a modifier written two ways (compound variant). One concept or two? If one, keep one name; if two, define both',
    ru: '«{actual}»\u00a0— то же понятие, что «{dominant}» (встречается {times, plural, =1 {один раз} one {# раз} few {# раза} other {# раз}})? Сокращённое составное название стоит рядом с полным или определение написано двумя способами. Если понятие одно, оставьте одно название; если их два, определите оба'
  },
  lexicon: {
    en: 'Is «{actual}» the same concept as «{dominant}», used {times, plural, =1 {once} other {# times}} here? Near-synonyms in requirements (lexicon: {reason}). One concept or two? If one, keep one name; if two, define both',
    ru: '«{actual}»\u00a0— то же понятие, что «{dominant}» (встречается {times, plural, =1 {один раз} one {# раз} few {# раза} other {# раз}})? В требованиях эти слова часто называют одно и то же: {reason}. Если понятие одно, оставьте одно название; если их два, определите оба'
  }
} as const

export const inconsistentTerm = defineRule({
  id: 'inconsistent-term',
  description: {
    en: 'One concept, one name: names the glossary says to avoid, and two names of one concept in one document.',
    ru: 'Одно понятие\u00a0— одно название: названия, которых глоссарий велит избегать, и два названия одного понятия в одном документе.'
  },
  defaultSeverity: 'error',
  fixable: true,
  messages,
  options: {
    /** Report glossary abbreviations written in another case («Crm», «Api»). */
    abbreviationCase: option.boolean(true),
    /** Which document-derived pairs to report (default: all but transliteration); `[]` keeps to the glossary. */
    variants: option.list<VariantKind>(defaultVariants, {notList: {en: `\`variants\` must be a list of: ${allVariants.join(', ')}`, ru: `\`variants\` должен быть списком из: ${allVariants.join(', ')}`}}, () => allVariants)
  },
  check({analysis, options, report}) {
    const byEntry = new Map<GlossaryEntry, Array<PhraseMatch<NameRef>>>()
    const abbreviations = new Set(analysis.nameMatches.filter((match) => match.name.value.role === 'abbreviation').map((match) => analysis.text(match.span).toLowerCase()))
    for (const match of analysis.nameMatches) {
      // The terms section is where a document introduces its names and synonyms.
      if (analysis.termsSection.has(match.sentence.block)) continue
      // A route, a member, a key («/dashboard», «categories.id») is code, not a name in prose.
      if (writtenAsCode(match.sentence.block.text, match.from, match.to)) continue
      const ref = match.name.value
      // A heading names a section: «Технические требования» heads a part of the document, not its ТЗ.
      if (ref.role !== 'avoid' && ref.role !== 'abbreviation' && match.sentence.block.kind === 'heading') continue
      // «**Customer lifetime value:** +25 %» in a Russian document: an English synonym inside a run of English
      // words is part of an English name (a metric, a phase, a title), not the concept's second name.
      if (ref.role !== 'avoid' && ref.role !== 'abbreviation' && analysis.language === 'ru' && inEnglishPhrase(match.sentence.block.text, match.from, match.to)) continue
      const actual = analysis.text(match.span)

      if (ref.role === 'avoid') {
        const fix = safeReplacement(match, ref)
        report({
          span: match.span,
          messageId: 'avoided',
          data: {actual: oneLine(actual), term: ref.entry.term.value},
          actual,
          expected: [ref.entry.term.value],
          ...(fix === undefined ? {} : {fix: {span: match.span, text: fix}})
        })
        continue
      }
      if (ref.role === 'abbreviation') {
        if (options.abbreviationCase && actual !== ref.named.value && /\p{Ll}/u.test(actual) && /\p{Lu}/u.test(actual) && !inNameList(match, abbreviations)) {
          report({
            span: match.span,
            messageId: 'abbreviation-case',
            data: {actual: oneLine(actual), expected: ref.named.value},
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
      // The dominant name: the glossary's preferred term when the document uses it (the glossary ranks it
      // above its synonyms, whatever the counts); among names the glossary does not rank, the most used,
      // then the first used.
      const term = entry.term.value
      const ranked = [...counts].sort(([nameA, a], [nameB, b]) => {
        if (nameA === term) return -1
        if (nameB === term) return 1
        if (b.length !== a.length) return b.length - a.length
        return a[0]!.span.start - b[0]!.span.start
      })
      const [dominant, dominantMatches] = ranked[0]!
      const related = {span: dominantMatches[0]!.span, messageId: 'first-used-here', data: {name: dominant}} as const
      for (const [name, list] of ranked.slice(1)) {
        for (const match of list) {
          const actual = oneLine(analysis.text(match.span))
          report({
            span: match.span,
            ...(dominant === term
              ? {messageId: 'preferred-term', data: {actual, name, term, times: dominantMatches.length}}
              : {messageId: 'synonym', data: {actual, name, dominant, term, times: dominantMatches.length}}),
            actual: analysis.text(match.span),
            expected: [dominant],
            related
          })
        }
      }
    }

    if (options.variants.length > 0) reportVariants(analysis, new Set(options.variants), report)
  }
})

/** A Latin word, and the separator that joins it to the next within one phrase: a space or a hyphen. */
const latinWordBefore = /[A-Za-z][A-Za-z'’]*[ \t-]+$/u
const latinWordAfter = /^[ \t-]+[A-Za-z]/u

/** Whether the Latin name at `from`–`to` stands beside another Latin word of its phrase («Customer segmentation», "Phase 2 (Customer Retention)"). */
function inEnglishPhrase(text: string, from: number, to: number): boolean {
  if (!/^[A-Za-z][A-Za-z '’-]*$/u.test(text.slice(from, to))) return false
  return latinWordBefore.test(text.slice(Math.max(0, from - 40), from)) || latinWordAfter.test(text.slice(to, to + 3))
}

/** A Latin word written like its capitalised neighbours: one of a list of names («модули Core, Gui, Network, Sql»), not an abbreviation. */
const titleCaseNeighbour = /(?:^|[^\p{L}])([A-Z][a-z]+)[,;/]?\s+$/u
const titleCaseNext = /^[,;/]?\s+([A-Z][a-z]+)(?:[^\p{L}]|$)/u

function inNameList(match: PhraseMatch<NameRef>, abbreviations: ReadonlySet<string>): boolean {
  const text = match.sentence.block.text
  // A glossary abbreviation beside it («Crm Api») is no other name: fixing one must not hide the other.
  const other = (found: RegExpExecArray | null) => found !== null && !abbreviations.has(found[1]!.toLowerCase())
  return other(titleCaseNeighbour.exec(text.slice(Math.max(0, match.from - 40), match.from))) || other(titleCaseNext.exec(text.slice(match.to, match.to + 40)))
}

/** Reports the less used names of the document's own term-variant groups, each place once. */
function reportVariants(analysis: Analysis, kinds: ReadonlySet<VariantKind>, report: (finding: TypedFinding<typeof messages>) => void): void {
  // The characters already reported, so that two classes never report one place (a name is a few words long).
  const covered = new Set<number>()
  const overlaps = (span: {start: number; end: number}) => {
    for (let at = span.start; at < span.end; at++) if (covered.has(at)) return true
    return false
  }
  for (const group of termVariants(analysis)) {
    if (!kinds.has(group.kind)) continue
    const {dominant} = group
    const firstUse = dominant.mentions.reduce((a, b) => (mentionSpan(b).start < mentionSpan(a).start ? b : a))
    const related = {span: mentionSpan(firstUse), messageId: 'first-used-here', data: {name: dominant.label}} as const
    for (const other of group.others) {
      for (const mention of other.mentions) {
        if (mention.defining) continue
        const span = mentionSpan(mention)
        if (overlaps(span)) continue
        for (let at = span.start; at < span.end; at++) covered.add(at)
        const actual = analysis.text(span)
        const fix = group.kind === 'spelling' ? spellingFix(analysis, mention, dominant) : undefined
        report({
          span,
          ...variantMessage(group, actual, other),
          actual,
          expected: [fix ?? dominant.label],
          related,
          ...(fix === undefined ? {} : {fix: {span, text: fix}}),
          ...(group.kind === 'compound' || group.kind === 'lexicon' ? {severity: 'warn' as const} : {})
        })
      }
    }
  }
}

/** When the document ties two names in a way the detector does not name. */
const tiedSomehow: Localized = {en: 'one name given for the other', ru: 'одно название дано вместо другого'}

/** What a variant finding says: the class that found the pair, the dominant name, how often it is used and why they are one. */
function variantMessage(group: SettledGroup, actual: string, name: VariantName): TypedMessage<typeof messages> {
  const data = {actual: oneLine(actual), dominant: group.dominant.label, name: name.label, times: group.dominant.mentions.length}
  switch (group.kind) {
    case 'look-alike':
      return {messageId: group.kind, data: {...data, letters: swappedLetters(actual, group.dominant.label)}}
    case 'spelling':
    case 'transliteration':
    case 'compound':
      return {messageId: group.kind, data}
    case 'document':
    case 'lexicon':
      return {messageId: group.kind, data: {...data, reason: group.reason ?? tiedSomehow}}
  }
}

/** The letters two look-alike spellings differ in, with their code points: «C» U+0043 → «С» U+0421. */
function swappedLetters(actual: string, dominant: string): string {
  const pairs = new Set<string>()
  const from = [...actual]
  const to = [...dominant]
  for (let index = 0; index < from.length && index < to.length; index++) {
    if (from[index] !== to[index]) pairs.add(`«${from[index]!}» ${codePoint(from[index]!)} → «${to[index]!}» ${codePoint(to[index]!)}`)
  }
  return [...pairs].join(', ')
}

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
}

/**
 * The dominant spelling written in this mention's grammatical form, when the
 * document has it: the same letters («бизнес процессами» → «бизнес-процессами»),
 * or the same word in the other spelling ("authorisation" → "authorization").
 * A form the document never writes is not guessed.
 */
function spellingFix(analysis: Analysis, mention: Mention, dominant: VariantName): string | undefined {
  const actual = analysis.text(mentionSpan(mention))
  if (actual.includes('\n')) return undefined
  const letters = lettersOf(actual)
  const written = dominant.mentions.map((item) => analysis.text(mentionSpan(item)))
  const same = written.find((text) => lettersOf(text) === letters && !text.includes('\n'))
  if (same !== undefined) return matchCase(actual, same)
  // «идентефикатор» beside «идентификатор»: one letter of one word, mended in place, the word's case and form kept.
  if (!/^\p{L}+$/u.test(actual)) return undefined
  const own = normalizeWord(actual)
  for (const text of written) {
    const other = normalizeWord(text)
    if (other.length !== own.length || !/^\p{L}+$/u.test(text)) continue
    const differs = [...own].flatMap((letter, at) => (letter === other[at] ? [] : [at]))
    if (differs.length === 1) {
      const at = differs[0]!
      const letter = actual[at] === actual[at]!.toUpperCase() ? other[at]!.toUpperCase() : other[at]!
      return actual.slice(0, at) + letter + actual.slice(at + 1)
    }
  }
  return undefined
}

function lettersOf(text: string): string {
  return standardSpelling(normalizeWord(text).replace(/[^\p{L}\p{N}]+/gu, ''))
}

/** The replacement with the first letter's case of the text it replaces, unless the first word is an abbreviation. */
function matchCase(actual: string, replacement: string): string {
  const firstWord = /^[\p{L}\p{N}]+/u.exec(replacement)?.[0] ?? ''
  if ((firstWord.match(/\p{Lu}/gu)?.length ?? 0) >= 2) return replacement
  const upper = /^\p{Lu}/u.test(actual)
  return (upper ? replacement.charAt(0).toUpperCase() : replacement.charAt(0).toLowerCase()) + replacement.slice(1)
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
