/**
 * Russian word-form generator. Given a word in dictionary form (already
 * normalised: lower case, «ё» as «е»), it lists the word's own inflected
 * forms. It is a generator, not a stemmer: «лид» yields «лида», «лидами», but
 * never «лидер», because «лидер» is not built from any paradigm of «лид».
 *
 * A generated form may be a non-word («гибок» for a relational adjective
 * that has no short form); that is harmless because text never contains it.
 * What must not happen is a generated form that is another real word, so
 * every rule below that can produce one has an exception list.
 */

import {builtinData, type RussianWordLists} from '../data/index.js'

/** What to generate beyond the case, number and gender forms. */
export interface RussianOptions {
  /**
   * Also an adjective's short forms, its adverb in -о/-е/-и and its synthetic
   * comparative («удобен», «удобно», «удобнее»). Off by default: the word
   * lists put the adverbs they want under `phrases`, and several of these
   * forms are other words in practice («просто» the particle, «выше» =
   * "above").
   */
  readonly adverbs: boolean
}

/** The role a word can play in a phrase; see {@link classifyRussian}. */
export type RussianKind = 'function' | 'adverb' | 'adjective' | 'noun' | 'indeclinable' | 'verb' | 'pronoun'

// ---------------------------------------------------------------------------
// Letters and spelling rules
// ---------------------------------------------------------------------------

const VOWELS = new Set('аеиоуыэюяё')
/** After these, «ы» is written «и» (гибкие, ножи). */
const VELARS_AND_SIBILANTS = new Set('гкхжшщч')
/** After these, «я»/«ю» are written «а»/«у» (ночам, платежу), and unstressed «о» in endings becomes «е». */
const SIBILANTS_AND_TS = new Set('жшщчц')
const SIBILANTS = new Set('жшщч')
const VELARS = new Set('гкх')

function last(text: string): string {
  return text.charAt(text.length - 1)
}

function isVowel(char: string): boolean {
  return VOWELS.has(char)
}

function vowelCount(word: string): number {
  let count = 0
  for (const char of word) if (VOWELS.has(char)) count++
  return count
}

/** Joins a stem and an ending, applying the spelling rules for ы/я/ю after г к х ж ш щ ч ц. */
function spell(stem: string, ending: string): string {
  if (ending === '') return stem
  const end = last(stem)
  const first = ending.charAt(0)
  if (first === 'ы' && VELARS_AND_SIBILANTS.has(end)) return stem + 'и' + ending.slice(1)
  if (first === 'я' && SIBILANTS_AND_TS.has(end)) return stem + 'а' + ending.slice(1)
  if (first === 'ю' && SIBILANTS_AND_TS.has(end)) return stem + 'у' + ending.slice(1)
  return stem + ending
}

function addAll(out: Set<string>, stem: string, endings: readonly string[]): void {
  for (const ending of endings) out.add(spell(stem, ending))
}

// ---------------------------------------------------------------------------
// Endings tables
// ---------------------------------------------------------------------------

/** Masculine hard noun (клиент): sg gen, dat, instr, prep; pl nom, gen, dat, instr, prep. Nom = acc for things. */
const MASC_HARD_OBLIQUE = ['а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах'] as const
/** After ж ш щ ч: instr -ем when unstressed (товарищем, кэшем), gen pl -ей (платежей). */
const MASC_SIBILANT_OBLIQUE = ['а', 'у', 'ом', 'ем', 'е', 'ы', 'ей', 'ам', 'ами', 'ах'] as const
/** After ц: instr -ом/-ем and gen pl -ов/-ев depend on stress (отцом, месяцем, отцов, месяцев). */
const MASC_TS_OBLIQUE = ['а', 'у', 'ом', 'ем', 'е', 'ы', 'ов', 'ев', 'ам', 'ами', 'ах'] as const
/** Masculine soft noun in -ь (пользователь). */
const MASC_SOFT_OBLIQUE = ['я', 'ю', 'ем', 'е', 'и', 'ей', 'ям', 'ями', 'ях'] as const
/** Masculine noun in -й (случай); -ий nouns take prep -ии instead of -е (сценарии), handled apart. */
const MASC_J_OBLIQUE = ['я', 'ю', 'ем', 'е', 'и', 'ев', 'ям', 'ями', 'ях'] as const
const MASC_IJ_OBLIQUE = ['я', 'ю', 'ем', 'и', 'ев', 'ям', 'ями', 'ях'] as const
/** Feminine (and masculine «мужчина») in -а; the bare gen pl is added apart. -ою is the poetic instr. */
const FEM_A = ['а', 'ы', 'е', 'у', 'ой', 'ою', 'ам', 'ами', 'ах'] as const
/** After ж ш щ ч ц the unstressed instr is -ей (задачей, улицей). */
const FEM_A_SOFT_INSTR = ['ей', 'ею'] as const
/** Feminine in consonant + -я (неделя); gen pl added apart. */
const FEM_YA = ['я', 'и', 'е', 'ю', 'ей', 'ею', 'ям', 'ями', 'ях'] as const
/** Feminine in -ия (версия): dat and prep sg are -ии, gen pl -ий. */
const FEM_IYA = ['я', 'и', 'ю', 'ей', 'ею', 'й', 'ям', 'ями', 'ях'] as const
/** Feminine in vowel + -я (идея): like -я, gen pl in -й. */
const FEM_VOWEL_YA = ['я', 'и', 'е', 'ю', 'ей', 'ею', 'й', 'ям', 'ями', 'ях'] as const
/** Feminine in -ь (роль, запись). */
const FEM_SOFT_ENDINGS = ['ь', 'и', 'ью', 'ей', 'ям', 'ями', 'ях'] as const
/** Neuter in -о (право); gen pl added apart. */
const NEUT_O = ['о', 'а', 'у', 'ом', 'е', 'ам', 'ами', 'ах'] as const
/** Neuter in -е after ж ш щ ц (хранилище, сердце); gen pl added apart. */
const NEUT_E_HARD = ['е', 'а', 'у', 'ем', 'ам', 'ами', 'ах'] as const
/** Neuter in soft -е (поле, море). */
const NEUT_E_SOFT = ['е', 'я', 'ю', 'ем', 'ей', 'ям', 'ями', 'ях'] as const
/** Neuter in -ие (задание): prep sg -ии, gen pl -ий. */
const NEUT_IE = ['е', 'я', 'ю', 'ем', 'и', 'й', 'ям', 'ями', 'ях'] as const
/** Neuter in -ье (платье): gen pl -ьев or -ий, added apart. */
const NEUT_YE = ['е', 'я', 'ю', 'ем', 'ям', 'ями', 'ях'] as const
/** Nouns in -мя (время, имя). */
const MYA = ['мя', 'мени', 'менем', 'мена', 'мен', 'мян', 'менам', 'менами', 'менах'] as const
/** Plural-only or plural dictionary form, hard (финансы, сутки, продажи): gen pl -ов/-ей/bare. */
const PLURAL_HARD = ['ы', '', 'ов', 'ам', 'ами', 'ах'] as const
const PLURAL_SIBILANT = ['и', '', 'ей', 'ам', 'ами', 'ах'] as const
/** Plural soft (сети, записи): gen pl -ей. */
const PLURAL_SOFT = ['и', 'ей', 'ям', 'ями', 'ях'] as const

/**
 * Long adjective forms by the gender (or plural) of the dictionary form. A
 * masculine dictionary form (быстрый) is the adjective's lemma and gets every
 * gender; a feminine, neuter or plural one is a phrase's agreement form
 * («коробочная версия», «учётные данные») and gets only its own gender and the
 * plural, so «данные» never matches «данный» ("this"), nor «прямая» (line)
 * «прямой». -ой is both the stressed masculine ending (простой) and the
 * feminine oblique one.
 */
const ADJ_HARD: Readonly<Record<AdjectiveGender, readonly string[]>> = {
  m: ['ого', 'ому', 'ым', 'ом'],
  f: ['ая', 'ой', 'ую', 'ою'],
  n: ['ое', 'ого', 'ому', 'ым', 'ом'],
  pl: ['ые', 'ых', 'ым', 'ыми']
}
/**
 * After ж ш щ ч an unstressed ending has е (общего, хорошее), a stressed one о
 * (большого). The two must not mix: «большего», «больший» are forms of another
 * word. A feminine dictionary form does not tell (общая, большая), so it gets both.
 */
const ADJ_SIBILANT_UNSTRESSED: Readonly<Record<AdjectiveGender, readonly string[]>> = {
  m: ['ий', 'его', 'ему', 'им', 'ем'],
  f: ['ая', 'ей', 'ую', 'ею'],
  n: ['ее', 'его', 'ему', 'им', 'ем'],
  pl: ['ие', 'их', 'им', 'ими']
}
const ADJ_SIBILANT_STRESSED: Readonly<Record<AdjectiveGender, readonly string[]>> = {
  m: ['ой', 'ого', 'ому', 'им', 'ом'],
  f: ['ая', 'ой', 'ую', 'ою'],
  n: ['ое', 'ого', 'ому', 'им', 'ом'],
  pl: ['ие', 'их', 'им', 'ими']
}
/** Soft stem in -н- (последний, внешний). */
const ADJ_SOFT: Readonly<Record<AdjectiveGender, readonly string[]>> = {
  m: ['ий', 'его', 'ему', 'им', 'ем'],
  f: ['яя', 'ей', 'юю', 'ею'],
  n: ['ее', 'его', 'ему', 'им', 'ем'],
  pl: ['ие', 'их', 'им', 'ими']
}

// ---------------------------------------------------------------------------
// Word lists (data/morphology.ru.yaml)
// ---------------------------------------------------------------------------

/**
 * The word lists the rules below consult (data/morphology.ru.yaml): the exceptions
 * of the form generator, read at build time. Each list's comment is in that file.
 */
let lists: RussianWordLists | undefined
function words(): RussianWordLists {
  lists ??= builtinData().russianWords
  return lists
}

/** Particles after a hyphen that leave the first part to inflect (какой-либо, кто-то). */
export function hyphenParticles(): ReadonlySet<string> {
  return words().hyphenParticles
}

/** Endings of adjectives in an oblique case; no noun in dictionary form of five letters or more ends so. */
const OBLIQUE_ADJECTIVE_ENDINGS = ['ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ым'] as const

// ---------------------------------------------------------------------------
// Classification
// ---------------------------------------------------------------------------

type AdjectiveType = 'hard' | 'sibilant' | 'soft'
type AdjectiveGender = 'm' | 'f' | 'n' | 'pl'

interface Adjective {
  readonly kind: 'adjective'
  readonly stem: string
  readonly type: AdjectiveType
  /** -ся of a reflexive participle (развивающийся), appended to every form. */
  readonly reflexive: boolean
  /** Dictionary form with a stressed ending, -ой or -ое (простой, большое): only listed -ой ones have short forms. */
  readonly stressed: boolean
  /** Gender or number of the dictionary form. */
  readonly gender: AdjectiveGender
}

interface Other {
  readonly kind: Exclude<RussianKind, 'adjective'>
}

export type RussianAnalysis = Adjective | Other

const ADJECTIVE_ENDINGS: ReadonlyMap<string, AdjectiveGender> = new Map([
  ['ый', 'm'], ['ий', 'm'], ['ой', 'm'], ['ая', 'f'], ['яя', 'f'], ['ое', 'n'], ['ее', 'n'], ['ые', 'pl'], ['ие', 'pl']
])

/** Adjective type of a stem from its last letter and the ending it came with. */
function adjectiveType(stem: string, ending: string): AdjectiveType {
  const end = last(stem)
  if (SIBILANTS.has(end)) return 'sibilant'
  if (VELARS.has(end)) return 'hard'
  if (ending === 'ий' || ending === 'яя' || ending === 'ее' || ending === 'ие') return end === 'н' ? 'soft' : 'hard'
  return 'hard'
}

/** Whether a word in dictionary form is an adjective or participle, and its stem. */
function asAdjective(word: string): Adjective | undefined {
  let reflexive = false
  let base = word
  if (base.endsWith('ся') && base.length > 5) {
    const inner = base.slice(0, -2)
    if (ADJECTIVE_ENDINGS.has(inner.slice(-2))) {
      reflexive = true
      base = inner
    }
  }
  if (base.length < 4) return undefined
  const ending = base.slice(-2)
  const stem = base.slice(0, -2)
  const end = last(stem)
  const gender = ADJECTIVE_ENDINGS.get(ending) ?? 'm'
  switch (ending) {
    case 'ый':
    case 'ая':
    case 'ое':
    case 'ые':
      if (ending === 'ая' && words().nounsInAya.has(base)) return undefined
      return {kind: 'adjective', stem, type: adjectiveType(stem, ending), reflexive, stressed: ending === 'ое', gender}
    case 'ой':
      if (words().nounsInOj.has(base) || isVowel(end)) return undefined
      return {kind: 'adjective', stem, type: adjectiveType(stem, ending), reflexive, stressed: true, gender}
    case 'яя':
      return {kind: 'adjective', stem, type: 'soft', reflexive, stressed: false, gender}
    case 'ее':
      // -ее is a neuter adjective only after н or a sibilant (последнее, общее); otherwise a comparative (быстрее).
      if (end !== 'н' && !SIBILANTS.has(end)) return undefined
      return {kind: 'adjective', stem, type: adjectiveType(stem, ending), reflexive, stressed: false, gender}
    case 'ий':
      if (VELARS_AND_SIBILANTS.has(end) || (end === 'н' && !words().nounsInNij.has(base))) {
        return {kind: 'adjective', stem, type: adjectiveType(stem, ending), reflexive, stressed: false, gender}
      }
      return undefined
    case 'ие': {
      // Plural adjective (технические, общие, последние) or neuter noun (задание, событие, наличие).
      if (words().nounsInChie.has(base)) return undefined
      const before = stem.charAt(stem.length - 2)
      const pluralAdjective =
        VELARS_AND_SIBILANTS.has(end) || (end === 'н' && before !== '' && !isVowel(before) && before !== 'ь')
      return pluralAdjective ? {kind: 'adjective', stem, type: adjectiveType(stem, ending), reflexive, stressed: false, gender} : undefined
    }
    default:
      return undefined
  }
}

/** Whether a normalised Cyrillic word is an infinitive: a vowel before «-ть» (or «-ться»), not one of the nouns so spelt. */
export function isInfinitive(word: string): boolean {
  const base = word.endsWith('ся') || word.endsWith('сь') ? word.slice(0, -2) : word
  if (!base.endsWith('ть') || words().notInfinitives.has(base) || base.endsWith('дцать')) return false
  const before = base.charAt(base.length - 3)
  return isVowel(before) && vowelCount(base) >= 2
}

/**
 * Part of speech of a single normalised Cyrillic word, guessed from its
 * ending and the lists above. `beforeAdjective` tells a word in -о/-е that it
 * modifies a following adjective, so it is an adverb («интуитивно понятный»).
 */
export function classifyRussian(word: string, beforeAdjective = false): RussianAnalysis {
  if (words().functionWords.has(word) || word.length === 1) return {kind: 'function'}
  if (words().pronouns.has(word)) return {kind: 'pronoun'}
  if (words().adverbs.has(word)) return {kind: 'adverb'}
  const adjective = asAdjective(word)
  if (adjective) return adjective
  const end = last(word)
  if (beforeAdjective && (end === 'о' || end === 'е' || end === 'и')) return {kind: 'adverb'}
  // An adjective already in an oblique case («должным образом») is not a dictionary form: as written.
  if (word.length > 4 && OBLIQUE_ADJECTIVE_ENDINGS.some((ending) => word.endsWith(ending))) return {kind: 'indeclinable'}
  if (isInfinitive(word)) return {kind: 'verb'}
  if (word.endsWith('но') && !words().nounsInNo.has(word)) return {kind: 'adverb'}
  // Short neuter of a participle in -мый used as an adverb: необходимо, допустимо, видимо.
  if (word.endsWith('имо') || word.endsWith('емо') || word.endsWith('омо')) return {kind: 'adverb'}
  if (word.endsWith('ски') || word.endsWith('цки')) return {kind: 'adverb'}
  return {kind: isIndeclinable(word) ? 'indeclinable' : 'noun'}
}

function isIndeclinable(word: string): boolean {
  const end = last(word)
  const before = word.charAt(word.length - 2)
  switch (end) {
    case 'у':
    case 'ю':
    case 'э':
      return true
    case 'о':
      return isVowel(before) || words().indeclinableO.has(word)
    case 'е':
      if (word.endsWith('ие') || word.endsWith('ще') || word.endsWith('це') || words().nativeNeuterE.has(word)) return false
      if (word.endsWith('ье')) return words().indeclinableYe.has(word)
      return true
    case 'и':
      if (VELARS_AND_SIBILANTS.has(before) || word.endsWith('ии') || words().pluralOnlySoft.has(word)) return false
      return true
    default:
      return false
  }
}

// ---------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------

/** Forms of a Russian word in dictionary form; `plural` marks a head noun that agrees with a plural adjective. */
export function russianForms(word: string, options: RussianOptions, analysis?: RussianAnalysis, plural = false): Set<string> {
  const out = new Set<string>([word])
  const info = analysis ?? classifyRussian(word)
  switch (info.kind) {
    case 'function':
    case 'indeclinable':
      break
    case 'adverb':
      if (options.adverbs) adverbComparatives(word, out)
      break
    case 'pronoun':
      for (const form of words().pronouns.get(word) ?? []) out.add(form)
      break
    case 'adjective':
      adjectiveForms(info, options, out)
      break
    case 'verb':
      verbForms(word, out)
      break
    case 'noun':
      nounForms(word, plural, out)
      break
  }
  return out
}

function adjectiveForms(info: Adjective, options: RussianOptions, out: Set<string>): void {
  const target = info.reflexive ? new Set<string>() : out
  const {stem, type} = info
  const genders: readonly AdjectiveGender[] = info.gender === 'm' ? ['m', 'f', 'n', 'pl'] : [info.gender, 'pl']
  // Masculine nominative: -ой when the dictionary form has it (простой, дорогой, большой), else -ый/-ий.
  const stressedLemma = info.gender === 'm' && info.stressed
  for (const gender of genders) {
    if (type === 'soft') {
      addAll(target, stem, ADJ_SOFT[gender])
    } else if (type === 'sibilant') {
      const stressed = info.gender === 'n' ? info.stressed : stressedLemma
      const unknown = info.gender === 'f'
      if (stressed || unknown) addAll(target, stem, ADJ_SIBILANT_STRESSED[gender])
      if (!stressed || unknown) addAll(target, stem, ADJ_SIBILANT_UNSTRESSED[gender])
    } else {
      addAll(target, stem, ADJ_HARD[gender])
      if (gender === 'm') target.add(spell(stem, stressedLemma ? 'ой' : 'ый'))
    }
  }
  // Short forms, adverb and comparative belong to the lemma, the masculine dictionary form.
  if (options.adverbs && !info.reflexive && info.gender === 'm') adjectiveExtras(info, target)
  if (info.reflexive) for (const form of target) out.add(form + 'ся')
}

/** Whether an adjective stem is relational (no short forms or degrees): -ск-, -ов-/-ев-, participles in -щ-/-вш-. */
function isRelational(stem: string): boolean {
  if (words().qualitativeOv.has(stem)) return false
  return (
    stem.endsWith('ск') ||
    stem.endsWith('цк') ||
    stem.endsWith('ов') ||
    stem.endsWith('ев') ||
    stem.endsWith('ущ') ||
    stem.endsWith('ющ') ||
    stem.endsWith('ащ') ||
    stem.endsWith('ящ') ||
    stem.endsWith('вш')
  )
}

/** Short forms, adverb and comparative of an adjective (adverbs option). */
function adjectiveExtras(info: Adjective, out: Set<string>): void {
  const {stem, type} = info
  if (stem.endsWith('ск') || stem.endsWith('цк')) {
    out.add(stem + 'и') // технически
    return
  }
  if (type === 'soft') {
    out.add(stem + 'е') // внешне
    comparatives(stem, out)
    return
  }
  if (isRelational(stem)) {
    if (type === 'sibilant') out.add(stem + 'е') // соответствующе
    return
  }
  // Stressed -ой adjectives: only the qualitative ones have short forms (прост, молод).
  if (info.stressed && !words().qualitativeOj.has(stem)) return
  out.add(stem + 'о')
  out.add(spell(stem, 'а'))
  out.add(spell(stem, 'ы'))
  for (const short of shortMasculine(stem)) out.add(short)
  if (stem.endsWith('нн')) {
    // Participles in -нный have a single н in the short forms (ограничен, ограничена).
    const single = stem.slice(0, -1)
    out.add(single)
    out.add(single + 'а')
    out.add(single + 'о')
    out.add(single + 'ы')
  }
  comparatives(stem, out)
}

/** Short masculine form with the fleeting vowel (удобен, гибок, светел), plus the bare stem (быстр). */
function shortMasculine(stem: string): string[] {
  const forms = [stem]
  const end = last(stem)
  const before = stem.charAt(stem.length - 2)
  if (before === '' || isVowel(before)) return forms
  const head = stem.slice(0, -1)
  if (end === 'н') {
    if (before === 'й') forms.push(stem.slice(0, -2) + 'ин') // достойный → достоин
    else if (before === 'ь') forms.push(stem.slice(0, -2) + 'ен')
    else forms.push(head + 'ен')
  } else if (end === 'к') {
    forms.push(head + (SIBILANTS.has(before) ? 'ек' : 'ок'))
  } else if (end === 'л') {
    forms.push(head + 'ел')
  }
  return forms
}

/** Synthetic comparative: regular -ее/-ей, consonant changes, irregular table; each also with по-. */
function comparatives(stem: string, out: Set<string>): void {
  const forms: string[] = []
  const irregular = words().irregularComparatives.get(stem)
  if (irregular) {
    forms.push(...irregular)
  } else {
    forms.push(stem + 'ее', stem + 'ей')
    const end = last(stem)
    const head = stem.slice(0, -1)
    if (stem.endsWith('ст')) forms.push(stem.slice(0, -2) + 'ще')
    else if (end === 'к') forms.push((head.endsWith('т') ? head.slice(0, -1) : head) + 'че')
    else if (end === 'т') forms.push(head + 'че')
    else if (end === 'г' || end === 'д') forms.push(head + 'же')
    else if (end === 'х') forms.push(head + 'ше')
  }
  for (const form of forms) {
    out.add(form)
    out.add('по' + form)
  }
}

/** Comparatives of an adverb lemma in -о (быстро → быстрее), adverbs option only. */
function adverbComparatives(word: string, out: Set<string>): void {
  if (word.endsWith('о') && word.length > 3) comparatives(word.slice(0, -1), out)
}

/** Infinitive → present, past, imperative and gerund (минимизировать → минимизирует, минимизировал). */
function verbForms(word: string, out: Set<string>): void {
  const reflexive = word.endsWith('ся') || word.endsWith('сь')
  const base = reflexive ? word.slice(0, -2) : word
  const forms = new Set<string>([base])
  const pastStem = base.slice(0, -2) // «минимизирова», «уточня», «уточни»
  for (const ending of ['л', 'ла', 'ло', 'ли']) forms.add(pastStem + ending)
  if (base.endsWith('овать')) {
    const stem = base.slice(0, -5) // минимизир-ую
    for (const ending of ['ую', 'уешь', 'ует', 'уем', 'уете', 'уют', 'уй', 'уйте', 'уя']) forms.add(stem + ending)
  } else if (base.endsWith('евать')) {
    // воевать → воюет, ночевать → ночует, but подозревать → подозревает: offer both.
    const stem = base.slice(0, -5)
    for (const ending of ['ую', 'уешь', 'ует', 'уем', 'уете', 'уют', 'уй', 'уйте', 'уя']) forms.add(spell(stem, 'ю' + ending.slice(1)))
  }
  if ((base.endsWith('ать') || base.endsWith('ять') || base.endsWith('еть')) && !base.endsWith('овать')) {
    for (const ending of ['ю', 'ешь', 'ет', 'ем', 'ете', 'ют', 'й', 'йте', 'я', 'в']) forms.add(pastStem + ending)
  }
  if (base.endsWith('ить') || base.endsWith('еть')) {
    const stem = base.slice(0, -3)
    for (const ending of ['ю', 'ишь', 'ит', 'им', 'ите', 'ят', 'и', 'я', 'ив']) forms.add(spell(stem, ending))
  }
  if (base.endsWith('нуть')) {
    const stem = base.slice(0, -3)
    for (const ending of ['у', 'ешь', 'ет', 'ем', 'ете', 'ут', 'и', 'ите', 'ув']) forms.add(stem + ending)
  }
  for (const form of forms) out.add(reflexive ? form + (isVowel(last(form)) ? 'сь' : 'ся') : form)
}

function nounForms(word: string, plural: boolean, out: Set<string>): void {
  const irregular = words().irregularNouns.get(word)
  if (irregular) {
    for (const form of irregular) out.add(form)
    return
  }
  const end = last(word)
  const stem = word.slice(0, -1)
  const before = stem.length > 0 ? last(stem) : ''
  if (word.endsWith('мя') && word.length > 3) {
    addAll(out, word.slice(0, -2), MYA)
    return
  }
  if (plural || end === 'ы' || end === 'и') {
    if (pluralForms(word, out)) return
  }
  switch (end) {
    case 'а':
      addAll(out, stem, FEM_A)
      if (SIBILANTS_AND_TS.has(before)) addAll(out, stem, FEM_A_SOFT_INSTR)
      for (const genitive of genitivePluralZero(stem)) out.add(genitive)
      return
    case 'я':
      if (before === 'и') {
        addAll(out, stem, FEM_IYA)
      } else if (before === 'ь') {
        addAll(out, stem, FEM_YA)
        out.add(stem.slice(0, -1) + 'ей') // статей, семей
        out.add(stem.slice(0, -1) + 'ий')
      } else if (isVowel(before)) {
        addAll(out, stem, FEM_VOWEL_YA)
      } else {
        addAll(out, stem, FEM_YA)
        out.add(stem + 'ь') // недель
        const inserted = insertVowel(stem, 'е')
        if (inserted && (before === 'н' || before === 'л')) {
          out.add(inserted) // песен
          out.add(inserted + 'ь') // земель
        }
      }
      return
    case 'ь':
      if (isFeminineSoft(word)) {
        addAll(out, stem, FEM_SOFT_ENDINGS)
      } else {
        addAll(out, stem, MASC_SOFT_OBLIQUE)
        const oblique = words().obliqueStems.get(word) ?? (word.endsWith('ень') && vowelCount(word) >= 2 ? word.slice(0, -3) + 'н' : undefined)
        if (oblique) addAll(out, oblique, MASC_SOFT_OBLIQUE)
      }
      return
    case 'й': {
      addAll(out, stem, word.endsWith('ий') ? MASC_IJ_OBLIQUE : MASC_J_OBLIQUE)
      const oblique = words().obliqueStems.get(word)
      if (oblique) addAll(out, oblique, MASC_J_OBLIQUE)
      return
    }
    case 'о':
      addAll(out, stem, NEUT_O)
      for (const genitive of genitivePluralZero(stem)) out.add(genitive)
      if (VELARS.has(before)) {
        out.add(stem + 'ов') // облаков
        out.add(stem + 'и') // яблоки
      } else if (SIBILANTS.has(before)) {
        out.add(stem + 'и') // плечи
        out.add(stem + 'ем')
      }
      return
    case 'е':
      if (word.endsWith('ие')) {
        addAll(out, stem, NEUT_IE)
      } else if (before === 'ь') {
        addAll(out, stem, NEUT_YE)
        out.add(stem + 'ев') // платьев
        out.add(stem.slice(0, -1) + 'ий') // ущелий
      } else if (SIBILANTS_AND_TS.has(before)) {
        addAll(out, stem, NEUT_E_HARD)
        out.add(stem)
        const inserted = before === 'ц' ? insertVowel(stem, 'е') : undefined
        if (inserted) out.add(inserted) // сердец
      } else {
        addAll(out, stem, NEUT_E_SOFT)
      }
      return
    default:
      masculineHard(word, out)
  }
}

/** Plural dictionary forms (финансы, продажи, записи, версии). Returns false when the word is not one. */
function pluralForms(word: string, out: Set<string>): boolean {
  const end = last(word)
  const stem = word.slice(0, -1)
  const before = last(stem)
  if (end === 'ы' || (end === 'и' && VELARS_AND_SIBILANTS.has(before))) {
    addAll(out, stem, SIBILANTS.has(before) ? PLURAL_SIBILANT : PLURAL_HARD)
    const inserted = insertVowel(stem, SIBILANTS.has(stem.charAt(stem.length - 2)) ? 'е' : 'о')
    if (inserted && (before === 'к' || before === 'г')) out.add(inserted) // суток, денег
    return true
  }
  if (end === 'и' && before === 'и') {
    addAll(out, stem, ['и', 'й', 'ям', 'ями', 'ях']) // версии → версий
    return true
  }
  if (end === 'и') {
    addAll(out, stem, PLURAL_SOFT)
    return true
  }
  if (end === 'а') {
    addAll(out, stem, ['а', '', 'ам', 'ами', 'ах']) // права, средства
    for (const genitive of genitivePluralZero(stem)) out.add(genitive)
    return true
  }
  if (end === 'я') {
    addAll(out, stem, ['я', 'ям', 'ями', 'ях'])
    out.add(before === 'и' ? stem + 'й' : stem + 'ей') // требований, полей
    return true
  }
  return false
}

/**
 * Bare genitive plural of a feminine -а or neuter -о noun, with the fleeting
 * vowel a consonant cluster takes: сделка → сделок, копейка → копеек,
 * карточка → карточек, окно → окон, число → чисел. Both о and е are offered
 * where the choice depends on stress; the wrong one is not a word.
 */
function genitivePluralZero(stem: string): string[] {
  const forms = [stem]
  const end = last(stem)
  const before = stem.charAt(stem.length - 2)
  if (before === '' || isVowel(before)) return forms
  if (end === 'к') {
    if (before === 'й' || before === 'ь') forms.push(stem.slice(0, -2) + 'ек')
    else forms.push(stem.slice(0, -1) + (SIBILANTS_AND_TS.has(before) ? 'ек' : 'ок'))
  } else if (end === 'н' || end === 'л' || end === 'р' || end === 'м') {
    if (before === 'й' || before === 'ь') {
      forms.push(stem.slice(0, -2) + 'е' + end)
    } else if (!(before === 'т' && stem.endsWith('ств'))) {
      forms.push(stem.slice(0, -1) + 'о' + end, stem.slice(0, -1) + 'е' + end)
    }
  }
  return forms
}

/** Stem with a vowel inserted before its last consonant when it ends in a cluster (земл → земел). */
function insertVowel(stem: string, vowel: string): string | undefined {
  const before = stem.charAt(stem.length - 2)
  if (before === '' || isVowel(before)) return undefined
  if (before === 'ь' || before === 'й') return stem.slice(0, -2) + vowel + last(stem)
  return stem.slice(0, -1) + vowel + last(stem)
}

function isFeminineSoft(word: string): boolean {
  if (words().feminineSoft.has(word)) return true
  if (words().masculineSoft.has(word)) return false
  const before = word.charAt(word.length - 2)
  if (SIBILANTS.has(before)) return true // ночь, мышь, помощь
  if (word.endsWith('ость') || word.endsWith('есть') || word.endsWith('знь') || word.endsWith('снь')) return true
  if (word.endsWith('тель')) return false
  // -ль, -нь, -рь: masculine unless listed (модуль, уровень, словарь); other consonants: feminine (запись, сеть, связь).
  return !(before === 'л' || before === 'н' || before === 'р')
}

/** Masculine noun ending in a hard consonant (клиент, звонок, платеж, кэш). */
function masculineHard(word: string, out: Set<string>): void {
  const end = last(word)
  const endings = SIBILANTS.has(end) ? MASC_SIBILANT_OBLIQUE : end === 'ц' ? MASC_TS_OBLIQUE : MASC_HARD_OBLIQUE
  addAll(out, word, endings)
  const oblique = words().obliqueStems.get(word) ?? fleetingStem(word)
  if (oblique) addAll(out, oblique, endings)
  if (word.endsWith('анин') || word.endsWith('янин')) {
    const plural = word.slice(0, -2) // граждан
    addAll(out, plural, ['е', '', 'ам', 'ами', 'ах'])
  }
}

/**
 * Oblique stem of a masculine noun in -ок/-ек/-ец with a fleeting vowel:
 * звонок → звонк-, огонек → огоньк-, паек → пайк-, боец → бойц-, владелец →
 * владельц-. The full stem is generated too, so a noun that keeps its vowel
 * (поток → потока) still matches; words known to keep it get no variant.
 */
function fleetingStem(word: string): string | undefined {
  if (vowelCount(word) < 2 || words().keepsVowel.has(word)) return undefined
  const tail = word.slice(-2)
  if (tail !== 'ок' && tail !== 'ек' && tail !== 'ец') return undefined
  const head = word.slice(0, -2)
  const before = last(head)
  const consonant = last(word)
  if (isVowel(before)) return head + 'й' + consonant
  if (tail !== 'ок' && before === 'л') return head + 'ь' + consonant
  if (tail === 'ек' && before === 'н') return head + 'ь' + consonant
  return head + consonant
}

/** Genitive plural of a genitive-singular complement, for «карточка клиента» → «карточек клиентов». */
export function genitivePluralOfComplement(word: string): string | undefined {
  const end = last(word)
  const stem = word.slice(0, -1)
  const before = last(stem)
  if (stem.length < 2 || isVowel(before) || before === 'ь') return undefined
  if (end === 'а') return SIBILANTS.has(before) ? stem + 'ей' : before === 'ц' ? stem + 'ев' : stem + 'ов'
  if (end === 'я') return stem + 'ей'
  return undefined
}
