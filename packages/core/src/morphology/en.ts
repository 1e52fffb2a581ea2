/**
 * English word-form generator: plurals (and the identical third person
 * singular), verb forms for words that are verbs by their suffix or by the
 * list below, and — with the adverbs option — -ly adverbs and comparatives.
 * Like the Russian generator it lists forms of one word and never strips
 * suffixes, so "deal" yields "deals" and never "dealer". The possessive 's
 * needs no form: matching splits "deal's" into "deal" + "s".
 */

/** What to generate beyond plurals and verb forms. */
export interface EnglishOptions {
  /** Also -ly adverbs and comparatives of adjectives ("efficiently", "faster"). Off by default, as in Russian. */
  readonly adverbs: boolean
}

/** Function words: never inflected; a phrase starting with one is matched as written ("as appropriate"). */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'for', 'in', 'on', 'at', 'to', 'with', 'by', 'from', 'as', 'per', 'via', 'and', 'or',
  'nor', 'but', 'if', 'when', 'than', 'that', 'this', 'these', 'those', 'etc', 'vs', 'not', 'no', 'into', 'onto',
  'over', 'under', 'about', 'without', 'within', 'between', 'after', 'before', 'so', 'such', 'be', 'is', 'are'
])

/** Plurals that do not follow the rules. */
const IRREGULAR_PLURALS: ReadonlyMap<string, readonly string[]> = new Map([
  ['person', ['people', 'persons']], ['child', ['children']], ['man', ['men']], ['woman', ['women']],
  ['foot', ['feet']], ['tooth', ['teeth']], ['mouse', ['mice', 'mouses']], ['goose', ['geese']], ['ox', ['oxen']],
  ['criterion', ['criteria']], ['phenomenon', ['phenomena']], ['datum', ['data']], ['medium', ['media', 'mediums']],
  ['maximum', ['maxima', 'maximums']], ['minimum', ['minima', 'minimums']], ['optimum', ['optima', 'optimums']],
  ['spectrum', ['spectra', 'spectrums']], ['curriculum', ['curricula']], ['addendum', ['addenda']],
  ['erratum', ['errata']], ['stratum', ['strata']], ['schema', ['schemata', 'schemas']], ['formula', ['formulae', 'formulas']],
  ['alumnus', ['alumni']], ['cactus', ['cacti', 'cactuses']], ['focus', ['foci', 'focuses']], ['radius', ['radii', 'radiuses']],
  ['stimulus', ['stimuli']], ['syllabus', ['syllabi', 'syllabuses']], ['nucleus', ['nuclei']], ['axis', ['axes']],
  ['index', ['indices', 'indexes']], ['appendix', ['appendices', 'appendixes']], ['matrix', ['matrices', 'matrixes']],
  ['vertex', ['vertices', 'vertexes']], ['vortex', ['vortices', 'vortexes']], ['human', ['humans']],
  ['german', ['germans']], ['roman', ['romans']], ['talisman', ['talismans']], ['caiman', ['caimans']]
])

/** Nouns in -f/-fe with a -ves plural; others just add -s (roofs, safes). */
const VES_PLURALS = new Set(['leaf', 'half', 'shelf', 'self', 'wolf', 'calf', 'loaf', 'thief', 'sheaf', 'elf', 'knife', 'life', 'wife', 'scarf', 'hoof', 'wharf'])

/**
 * Words that are verbs in requirement texts although their suffix does not
 * say so; they also get -ed and -ing. Nouns never do: "invoicing",
 * "accounting" are other words.
 */
const VERBS = new Set([
  'improve', 'enhance', 'ensure', 'handle', 'leverage', 'streamline', 'facilitate', 'simplify', 'support',
  'accelerate', 'minimise', 'maximise', 'optimise', 'allow', 'enable', 'provide'
])

/** Adjectives with comparatives, irregular ones given; the others take -er/-est by the spelling rules. */
const COMPARABLE: ReadonlyMap<string, readonly string[]> = new Map([
  ['good', ['better', 'best']], ['bad', ['worse', 'worst']], ['many', ['more', 'most']], ['much', ['more', 'most']],
  ['little', ['less', 'least']], ['far', ['further', 'farther', 'furthest', 'farthest']], ['fast', []], ['quick', []],
  ['slow', []], ['easy', []], ['simple', []], ['high', []], ['low', []], ['large', []], ['small', []], ['big', []],
  ['short', []], ['long', []], ['cheap', []], ['safe', []], ['clear', []], ['new', []], ['strong', []], ['weak', []],
  ['smooth', []], ['light', []], ['heavy', []], ['early', []], ['late', []], ['hard', []], ['soft', []], ['wide', []],
  ['narrow', []], ['deep', []], ['fine', []], ['great', []], ['few', []], ['quiet', []], ['tight', []], ['loose', []]
])

/** Suffixes of adjectives only: no plural is generated for them. */
const NO_PLURAL_SUFFIXES = ['ful', 'ous', 'less', 'ly'] as const

/** -ly adverbs that do not follow the rule, or adjectives whose -ly word means something else ("hardly", "lately"). */
const IRREGULAR_ADVERBS: ReadonlyMap<string, readonly string[]> = new Map([
  ['good', ['well']], ['fast', []], ['hard', []], ['late', []], ['early', []], ['long', []], ['big', []],
  ['short', []], ['large', []], ['high', []], ['low', []], ['far', []], ['little', []], ['much', []], ['many', []],
  ['few', []], ['bad', ['badly']], ['just', []], ['pretty', []]
])

/** Adjective suffixes that take an -ly adverb (adverbs option). */
const ADJECTIVE_SUFFIXES = ['able', 'ible', 'ful', 'ous', 'ive', 'ent', 'ant', 'al', 'ic', 'less', 'ar', 'ary', 'ish', 'ly', 'y', 'le', 'ct', 'ed', 'ure', 'ern', 'ust', 'ate', 'ite', 'ain', 'ear', 'id', 'ast', 'ick', 'ow', 'ng'] as const

const VOWELS = new Set('aeiouy')

function isVowel(char: string): boolean {
  return VOWELS.has(char)
}

function last(text: string): string {
  return text.charAt(text.length - 1)
}

/** Forms of a normalised English word in dictionary form. */
export function englishForms(word: string, options: EnglishOptions): Set<string> {
  const out = new Set<string>([word])
  if (word.length < 2 || ENGLISH_FUNCTION_WORDS.has(word)) return out
  // Adjectives have no plural, and theirs would be other words: "news", "lights", "fines".
  if (!COMPARABLE.has(word) && !NO_PLURAL_SUFFIXES.some((suffix) => word.endsWith(suffix))) {
    for (const plural of plurals(word)) out.add(plural)
  }
  if (isVerbLike(word)) for (const form of verbForms(word)) out.add(form)
  if (options.adverbs) {
    for (const form of adverbs(word)) out.add(form)
    for (const form of comparatives(word)) out.add(form)
  }
  return out
}

/** Plural of a noun, which is also the third person singular of a verb. */
export function plurals(word: string): string[] {
  const irregular = IRREGULAR_PLURALS.get(word)
  if (irregular) return [...irregular]
  const end = last(word)
  const before = word.charAt(word.length - 2)
  const forms: string[] = []
  if (word.endsWith('man') && word.length > 4) forms.push(word.slice(0, -3) + 'men') // salesman
  if (word.endsWith('sis')) forms.push(word.slice(0, -2) + 'es') // analysis → analyses
  if (VES_PLURALS.has(word)) forms.push(word.endsWith('fe') ? word.slice(0, -2) + 'ves' : word.slice(0, -1) + 'ves')
  if (end === 's' || end === 'x' || end === 'z' || word.endsWith('ch') || word.endsWith('sh')) {
    forms.push(word + 'es')
  } else if (end === 'y' && !isVowel(before)) {
    forms.push(word.slice(0, -1) + 'ies')
  } else if (end === 'o' && !isVowel(before)) {
    forms.push(word + 's', word + 'es')
  } else {
    forms.push(word + 's')
  }
  return forms
}

function isVerbLike(word: string): boolean {
  return (
    VERBS.has(word) ||
    word.endsWith('ize') ||
    word.endsWith('ise') ||
    word.endsWith('yze') ||
    word.endsWith('yse') ||
    word.endsWith('ify')
  )
}

/** -ed and -ing of a verb (optimize → optimized, optimizing; simplify → simplified). */
function verbForms(word: string): string[] {
  const end = last(word)
  const before = word.charAt(word.length - 2)
  if (end === 'e') return [word + 'd', word.slice(0, -1) + 'ing']
  if (end === 'y' && !isVowel(before)) return [word.slice(0, -1) + 'ied', word + 'ing']
  return [word + 'ed', word + 'ing']
}

/** -ly adverbs of an adjective (efficient → efficiently, flexible → flexibly, easy → easily, basic → basically). */
function adverbs(word: string): string[] {
  const irregular = IRREGULAR_ADVERBS.get(word)
  if (irregular) return [...irregular]
  if (!ADJECTIVE_SUFFIXES.some((suffix) => word.endsWith(suffix)) && !COMPARABLE.has(word)) return []
  if (word.endsWith('ly')) return []
  if (word.endsWith('le') && !isVowel(word.charAt(word.length - 3))) return [word.slice(0, -1) + 'y'] // flexibly, simply
  if (word.endsWith('ue')) return [word.slice(0, -1) + 'ly'] // truly
  if (word.endsWith('ic')) return [word + 'ally']
  if (word.endsWith('ll')) return [word + 'y']
  if (word.endsWith('y') && !isVowel(word.charAt(word.length - 2))) return [word.slice(0, -1) + 'ily']
  return [word + 'ly']
}

/** Comparative and superlative of the adjectives in {@link COMPARABLE}. */
function comparatives(word: string): string[] {
  const known = COMPARABLE.get(word)
  if (!known) return []
  if (known.length > 0) return [...known]
  const end = last(word)
  const before = word.charAt(word.length - 2)
  const third = word.charAt(word.length - 3)
  if (end === 'e') return [word + 'r', word + 'st']
  if (end === 'y' && !isVowel(before)) return [word.slice(0, -1) + 'ier', word.slice(0, -1) + 'iest']
  if (!isVowel(end) && end !== 'w' && end !== 'x' && isVowel(before) && !isVowel(third)) {
    return [word + end + 'er', word + end + 'est'] // big → bigger
  }
  return [word + 'er', word + 'est']
}
