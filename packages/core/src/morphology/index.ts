/**
 * Inflection-tolerant matching of dictionary-form names (glossary terms,
 * synonyms, vague words). A name is turned into one set of accepted
 * normalised forms per token; a text matches when each of its tokens is in
 * the corresponding set. Forms are generated from the dictionary form by
 * paradigm (see `ru.ts`, `en.ts`), never by stemming the text, so near
 * misses («лидер» for «лид», "dealer" for "deal") cannot match.
 *
 * In a phrase only the leading adjectives and the head noun inflect; see
 * {@link phraseAnalysis} for the rule.
 */
import {builtinPhraseFormsJson} from '../data/generated/builtin.js'
import {invisibleCharacters, normalizeWord} from '../normalize.js'
import {ENGLISH_FUNCTION_WORDS, englishForms} from './en.js'
import {classifyRussian, genitivePluralOfComplement, hyphenParticles, russianForms, type RussianAnalysis} from './ru.js'

export {classifyRussian, type RussianAnalysis, type RussianKind} from './ru.js'

/** What to accept besides the case, number and gender forms. */
export interface FormOptions {
  /**
   * Also accept an adjective's short forms, adverb and comparative
   * («удобен», «удобно», «удобнее»; "efficiently", "faster"). Default
   * `false`: reqlint's word lists name the adverbs they want as phrases, and
   * forms like «просто» (also the particle "just") or «выше» ("above") would
   * otherwise fire everywhere.
   */
  readonly adverbs?: boolean
}

/** How one token of a phrase is matched. */
export type TokenRole =
  /** A leading adjective or participle: all its forms. */
  | 'modifier'
  /** The head noun (or the verb of a verb phrase): all its forms. */
  | 'head'
  /** A genitive complement right after the head: as written or in the genitive plural («клиента» → «клиентов»). */
  | 'complement'
  /** As written: function words, adverbs, abbreviations, words after the head, parts before a hyphen. */
  | 'fixed'

export interface TokenAnalysis {
  /** The normalised token. */
  readonly token: string
  readonly role: TokenRole
}

// Characters, compiled once.
const TOKEN = new RegExp(`[\\p{L}\\p{M}\\p{N}${invisibleCharacters}]+`, 'gu')
const MATCH_TOKEN = /[\p{L}\p{M}\p{N}]+/gu
const CYRILLIC = /\p{Script=Cyrillic}/u
const LATIN = /\p{Script=Latin}/u
const NOT_LETTER = /[^\p{L}\p{M}]/u
const UPPER = /\p{Lu}/gu
/** A single hyphen-like character joins two parts of one compound word (CRM-система, чат‑бот). */
const HYPHEN_GAP = /^[-\u2010\u2011\u2012\u2013\u2212\uFE63\uFF0D]$/u

const NO_OPTIONS: Required<FormOptions> = {adverbs: false}
const WITH_ADVERBS: Required<FormOptions> = {adverbs: true}

function resolve(options: FormOptions | undefined): Required<FormOptions> {
  return options?.adverbs === true ? WITH_ADVERBS : NO_OPTIONS
}

// Caches, one per option set: a 10,000-entry glossary asks for the same words many times.
const wordCache = new Map<Required<FormOptions>, Map<string, ReadonlySet<string>>>([
  [NO_OPTIONS, new Map()],
  [WITH_ADVERBS, new Map()]
])
const phraseCache = new Map<Required<FormOptions>, Map<string, ReadonlyArray<ReadonlySet<string>>>>([
  [NO_OPTIONS, new Map()],
  [WITH_ADVERBS, new Map()]
])

/** Empties the caches (for long-running hosts that reload glossaries). */
export function clearMorphologyCache(): void {
  for (const cache of wordCache.values()) cache.clear()
  for (const cache of phraseCache.values()) cache.clear()
}

/**
 * Split text the way matching does: {@link normalizeWord}, then split on any
 * character that is not a letter or digit (combining marks count as part of
 * their letter), dropping empties: "CRM-система" → ["crm", "система"],
 * "и т.д." → ["и", "т", "д"].
 */
export function matchTokens(text: string): string[] {
  return normalizeWord(text).match(MATCH_TOKEN) ?? []
}

/**
 * Normalised surface forms of one dictionary-form word, the word itself
 * included. Cyrillic goes to the Russian generator, Latin to the English
 * one; a word written with capitals inside or two capitals or more («CRM»,
 * «АТС», "SaaS") is an abbreviation and gets no Russian endings (Latin ones
 * get the English plural: "APIs"); digits and mixed tokens stay as they
 * are. A hyphenated word inflects in its last part (чат-бот → чат-бота) or,
 * before a particle, its first (какой-либо → какого-либо).
 */
export function wordForms(lemma: string, options?: FormOptions): ReadonlySet<string> {
  const resolved = resolve(options)
  return remembered(wordCache.get(resolved)!, lemma, () => computeWordForms(lemma, resolved))
}

/** The value cached under `key`, computed and cached on first use. */
function remembered<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  let value = cache.get(key)
  if (value === undefined) {
    value = compute()
    cache.set(key, value)
  }
  return value
}

function computeWordForms(lemma: string, options: Required<FormOptions>): ReadonlySet<string> {
  const tokens = rawTokens(lemma)
  const normalized = normalizeWord(lemma).trim()
  if (tokens.length === 0) return new Set([normalized])
  if (tokens.length === 1) return tokenForms(tokens[0]!, options, undefined, false)
  // A compound written with hyphens: generate the inflecting part, keep the others.
  if (!tokens.every((token, index) => index === 0 || HYPHEN_GAP.test(token.gapBefore))) return new Set([normalized])
  const at = inflectingIndex(tokens.map((token) => token.norm))
  const parts = tokens.map((token) => token.norm)
  const out = new Set<string>()
  for (const form of tokenForms(tokens[at]!, options, undefined, false)) {
    parts[at] = form
    out.add(parts.join('-'))
  }
  return out
}

/**
 * For a dictionary-form phrase, one set of accepted normalised forms per
 * token of {@link matchTokens}(phrase). Leading adjectives and the head noun
 * inflect; everything else is matched as written (see {@link phraseAnalysis}).
 */
export function phraseForms(phrase: string, options?: FormOptions): ReadonlyArray<ReadonlySet<string>> {
  const resolved = resolve(options)
  return remembered(phraseCache.get(resolved)!, phrase, () => {
    const built = resolved === NO_OPTIONS ? builtinPhraseForms().get(phrase) : undefined
    return built ? built.map((forms) => new Set(forms)) : computePhraseForms(phrase, resolved)
  })
}

/**
 * The forms of every phrase a lint with the built-in data asks for (the built-in glossary's names,
 * the vague-wording lists, the term-variant lexicon), computed by this module at build time
 * (scripts/build-data.js) so that start-up does not inflect them again: compiling the built-in
 * glossary was 8 % of a tiny lint's CPU profile, most of it inflecting (issue 19; it is 5 % now).
 * The same code and data make them; a unit test
 * checks that they still agree (a changed morphology needs `pnpm run build`).
 */
export function builtinPhraseForms(): ReadonlyMap<string, readonly (readonly string[])[]> {
  builtinForms ??= new Map(Object.entries(builtinPhraseFormsJson()))
  return builtinForms
}

let builtinForms: ReadonlyMap<string, readonly (readonly string[])[]> | undefined

/** The phrases asked for so far with the default options and their forms, computed or built in (for the build). */
export function rememberedPhraseForms(): Array<[string, string[][]]> {
  return [...phraseCache.get(NO_OPTIONS)!].map(([phrase, forms]) => [phrase, forms.map((set) => [...set])])
}

/** Forms as {@link phraseForms} computes them, never the built-in ones (for the test that compares them). */
export function computedPhraseForms(phrase: string): ReadonlyArray<ReadonlySet<string>> {
  return computePhraseForms(phrase, NO_OPTIONS)
}

/** True when text has as many tokens as the phrase and each is in the corresponding set. */
export function matchesPhrase(forms: ReadonlyArray<ReadonlySet<string>>, text: string): boolean {
  const tokens = matchTokens(text)
  if (tokens.length !== forms.length) return false
  for (let index = 0; index < tokens.length; index++) {
    if (!forms[index]!.has(tokens[index]!)) return false
  }
  return true
}

// ---------------------------------------------------------------------------
// Phrase analysis
// ---------------------------------------------------------------------------

type Script = 'cyrillic' | 'latin' | 'other'

interface RawToken {
  /** As written (NFC), for capitals. */
  readonly raw: string
  readonly norm: string
  /** What stands between the previous token and this one, as written. */
  readonly gapBefore: string
  /** What follows this token up to the next one. */
  gapAfter: string
  readonly script: Script
  /** Written as an abbreviation: two capitals or more, or a capital after the first letter. */
  readonly abbreviation: boolean
}

function rawTokens(text: string): RawToken[] {
  const nfc = text.normalize('NFC')
  const tokens: RawToken[] = []
  let end = 0
  for (const match of nfc.matchAll(TOKEN)) {
    const raw = match[0]
    const norm = normalizeWord(raw)
    const gap = nfc.slice(end, match.index)
    end = match.index + raw.length
    if (norm === '') continue
    const previous = tokens.at(-1)
    if (previous) previous.gapAfter = gap
    tokens.push({raw, norm, gapBefore: gap, gapAfter: '', script: scriptOf(norm), abbreviation: isAbbreviation(raw)})
  }
  const lastToken = tokens.at(-1)
  if (lastToken) lastToken.gapAfter = nfc.slice(end)
  return tokens
}

function scriptOf(token: string): Script {
  if (NOT_LETTER.test(token)) return 'other' // digits: «1С», "B2B"
  const cyrillic = CYRILLIC.test(token)
  const latin = LATIN.test(token)
  if (cyrillic && !latin) return 'cyrillic'
  if (latin && !cyrillic) return 'latin'
  return 'other'
}

function isAbbreviation(raw: string): boolean {
  const capitals = raw.match(UPPER)
  if (!capitals) return false
  if (capitals.length >= 2) return true
  // One capital: an abbreviation when it is not the first letter ("iOS"); «Сделка» is just capitalised.
  return raw.search(UPPER) > 0
}

/** Index of the part of a hyphenated word that inflects: the last, or the one before a particle (какой-либо). */
function inflectingIndex(parts: readonly string[]): number {
  let index = parts.length - 1
  while (index > 0 && hyphenParticles().has(parts[index]!)) index--
  return index
}

interface Unit {
  /** Token indexes of a hyphen-joined word. */
  readonly tokens: readonly number[]
  /** The token that inflects. */
  readonly main: number
}

type UnitKind = 'function' | 'adverb' | 'adjective' | 'noun' | 'verb' | 'fixed-modifier'

interface Plan {
  readonly tokens: readonly RawToken[]
  readonly roles: TokenRole[]
  readonly analyses: Array<RussianAnalysis | undefined>
  /** Token index of a head noun that agrees with a plural adjective. */
  pluralHead: number
}

/**
 * The role of each token of a dictionary-form phrase. Russian: a phrase
 * starting with a preposition, conjunction or particle is matched as
 * written («при необходимости», «и т.д.»). Otherwise leading adjectives and
 * participles inflect, adverbs before them stay («интуитивно понятный»), and
 * the first word that is none of these — a noun, or a verb — is the head and
 * inflects; everything after it stays as written («воронка продаж», «право
 * доступа»), except that a genitive singular right after the head may also
 * be plural («карточки клиентов»). Abbreviations and Latin words before a
 * Cyrillic word are attributes («CRM система»), and in a hyphenated word only
 * the last part inflects. With no noun («учётные данные») all the adjectives
 * inflect. English: the head is the last word before the first function
 * word ("sales funnel", "terms of use"); only it inflects.
 */
export function phraseAnalysis(phrase: string): TokenAnalysis[] {
  const plan = planPhrase(phrase)
  return plan.tokens.map((token, index) => ({token: token.norm, role: plan.roles[index]!}))
}

function planPhrase(phrase: string): Plan {
  const tokens = rawTokens(phrase)
  const roles: TokenRole[] = tokens.map(() => 'fixed')
  const analyses: Array<RussianAnalysis | undefined> = tokens.map(() => undefined)
  const plan: Plan = {tokens, roles, analyses, pluralHead: -1}
  const units: Unit[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    const previous = units.at(-1)
    if (previous && HYPHEN_GAP.test(token.gapBefore)) {
      const members = [...previous.tokens, index]
      units[units.length - 1] = {tokens: members, main: members[inflectingIndex(members.map((member) => tokens[member]!.norm))]!}
    } else {
      units.push({tokens: [index], main: index})
    }
  }
  if (units.length === 0) return plan
  if (tokens.some((token) => token.script === 'cyrillic')) planRussian(plan, units)
  else planEnglish(plan, units)
  return plan
}

function planRussian(plan: Plan, units: readonly Unit[]): void {
  const {tokens, roles, analyses} = plan
  // Classify right to left, so a word in -о knows it stands before an adjective.
  const kinds: UnitKind[] = units.map(() => 'fixed-modifier')
  for (let index = units.length - 1; index >= 0; index--) {
    const unit = units[index]!
    const token = tokens[unit.main]!
    const shortened = token.gapAfter.startsWith('.') && index < units.length - 1 // «тех. задание»
    if (token.script !== 'cyrillic' || token.abbreviation || shortened) {
      kinds[index] = token.script === 'latin' && !token.abbreviation && ENGLISH_FUNCTION_WORDS.has(token.norm) ? 'function' : 'fixed-modifier'
      continue
    }
    const analysis = classifyRussian(token.norm, kinds[index + 1] === 'adjective')
    analyses[unit.main] = analysis
    kinds[index] =
      analysis.kind === 'function' ? 'function'
      : analysis.kind === 'adverb' ? 'adverb'
      : analysis.kind === 'adjective' ? 'adjective'
      : analysis.kind === 'verb' ? 'verb'
      : 'noun'
  }
  if (kinds[0] === 'function') return
  if (units.length === 1) {
    // A single word (an adverb too): its own forms.
    if (kinds[0] !== 'fixed-modifier') roles[units[0]!.main] = 'head'
    return
  }
  let head = -1
  for (let index = 0; index < units.length; index++) {
    const kind = kinds[index]!
    if (kind === 'function') break
    if (kind === 'adverb') continue
    if (kind === 'adjective') {
      roles[units[index]!.main] = 'modifier'
      continue
    }
    if (kind === 'fixed-modifier') {
      const next = kinds[index + 1]
      if (next === 'adjective' || next === 'noun' || next === 'verb') continue
      // An abbreviation or Latin word heading the phrase («виртуальная АТС»): as written.
      break
    }
    head = index
    break
  }
  if (head < 0) return
  const headToken = units[head]!.main
  roles[headToken] = 'head'
  const before = units[head - 1]
  if (before && roles[before.main] === 'modifier') {
    const norm = tokens[before.main]!.norm
    if (norm.endsWith('ые') || norm.endsWith('ие')) plan.pluralHead = headToken
  }
  const complement = units[head + 1]
  if (kinds[head] === 'noun' && complement && complement.tokens.length === 1 && kinds[head + 1] === 'noun') {
    if (genitivePluralOfComplement(tokens[complement.main]!.norm)) roles[complement.main] = 'complement'
  }
}

function planEnglish(plan: Plan, units: readonly Unit[]): void {
  const {tokens, roles} = plan
  const isFunction = (unit: Unit): boolean => ENGLISH_FUNCTION_WORDS.has(tokens[unit.main]!.norm)
  if (isFunction(units[0]!)) return
  let head = units.length - 1
  for (let index = 1; index < units.length; index++) {
    if (isFunction(units[index]!)) {
      head = index - 1
      break
    }
  }
  roles[units[head]!.main] = 'head'
}

function computePhraseForms(phrase: string, options: Required<FormOptions>): ReadonlyArray<ReadonlySet<string>> {
  const plan = planPhrase(phrase)
  return plan.tokens.map((token, index) => {
    const role = plan.roles[index]!
    if (role === 'fixed') return new Set([token.norm])
    if (role === 'complement') {
      const plural = genitivePluralOfComplement(token.norm)
      return new Set(plural ? [token.norm, plural] : [token.norm])
    }
    return tokenForms(token, options, plan.analyses[index], plan.pluralHead === index)
  })
}

/** Forms of one token by its script and capitals. */
function tokenForms(token: RawToken, options: Required<FormOptions>, analysis: RussianAnalysis | undefined, plural: boolean): ReadonlySet<string> {
  const {norm} = token
  if (token.script === 'other') return new Set([norm])
  if (token.abbreviation) return new Set(token.script === 'latin' ? [norm, norm + 's'] : [norm])
  if (token.script === 'latin') return englishForms(norm, options)
  if (analysis === undefined && !plural) {
    // A single word: share the word cache.
    return wordCacheFor(norm, options)
  }
  return russianForms(norm, options, analysis, plural)
}

function wordCacheFor(norm: string, options: Required<FormOptions>): ReadonlySet<string> {
  const cache = wordCache.get(options)!
  let forms = cache.get(norm)
  if (!forms) {
    forms = russianForms(norm, options)
    cache.set(norm, forms)
  }
  return forms
}
