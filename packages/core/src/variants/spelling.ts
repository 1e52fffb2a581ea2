/**
 * Spelling variants of one name: the same letters with a hyphen, a space, an
 * underscore or joined up, with another capital, or in British and American
 * spelling — «бизнес-процесс» / «бизнес процессами», «пин-код» / «пинкод»,
 * «Личный Кабинет» / «личный кабинет», «ИНН_клиента» / «ИНН клиента»,
 * "web site" / "website", "authorisation" / "authorization".
 *
 * A name is one word or two adjacent ones; its key is its letters without the
 * separator, the last word's ending cut, so every inflected form shares it.
 * The first pass notes the ways each key is written; the second collects the
 * places of the keys written two ways or more. Function words never start or
 * end a name: «по ставке» is not «поставка», "log in" is not "login" (but "a
 * black out" is "blackout"), "may be" is not "maybe". English names are compared
 * by their separators, and by capitals only where they are a word's own (an
 * abbreviation, a product's name): English capitalises the words of names,
 * titles and link texts freely, writes identifiers in CamelCase without code
 * formatting ("requestBodies"), and hyphenates a compound by its position
 * ("case-sensitive names", "is case sensitive"). Code is never a name: snake_case,
 * constants, words written against `.`, `/`, quotes (see `code.ts`).
 *
 * A product's name in CamelCase is compared by its capitals with its own letters alone: "GitHub" /
 * "Github", "JavaScript" / "Javascript", "TensorFlow" / "Tensorflow". Not with a phrase ("NetworkPolicy"
 * is a type's name beside "a network policy") nor with the word in small letters ("toolhive", "webp" name
 * a binary, a package, a file's extension as often as they misspell the name).
 */
import {builtinData} from '../data/index.js'
import {writtenAsCode} from './code.js'
import {NameBuckets, type VariantGroup, type VariantName} from './model.js'
import {hyphenGap, mentionOf, textOf, type BlockDerivation, type ReadBlock, type Token} from './reading.js'
import type {VariantWords} from './words.js'

type Separator = '-' | '_' | ' '

/** A Latin word in capitals: a constant or a placeholder ("NEWPASSWORD"), not a name written joined up. */
const constant = /^[A-Z]+$/u
const space = /^[ \t]*(?:\r?\n[ \t]*)?$/u
const latinLetter = /^[a-z]$/u
/** A product's name: small letters with a capital inside ("OpenAPI", "CloudEvents", "GitHub"). */
const productName = /^(?=.*\p{Ll})\p{L}+\p{Lu}/u
const titleWord = /^\p{Lu}\p{Ll}+$/u
/** The shape's mark of a capitalised word after a product's name. */
const titled = 'T'
/** What makes the pair after it a noun: "a black out", "the log in". */
const articles: ReadonlySet<string> = new Set(['a', 'an', 'the', 'each', 'every', 'this', 'that'])
/** The particles of phrasal verbs that make nouns when joined ("blackout", "login", "setup", "backup"). */
const adverbs: ReadonlySet<string> = new Set(['out', 'up', 'in', 'on', 'off', 'down', 'back', 'over', 'away'])
/** A capital after the first letter: "CloudEvents", "IDme", "OpenAPI". */
const capitalInside = /^.+\p{Lu}/u
/**
 * A word's capitals where they are its own: an abbreviation's («URL», «URLs»: u), else none (-); a
 * longer word in capitals is emphasis or a placeholder ("the THRESHOLD value"), and so is a word that
 * `capitalized-words.yaml` lists as stressed, not abbreviated («ВСЕ labels» beside «все labels», "ALL
 * fields"). A word with capitals inside («IDme») is compared as a single word, not again in every pair it is in.
 */
function fixedCase(text: string): string {
  return /^\p{Lu}{2,5}s?$/u.test(text) && !builtinData().capitalizedWords.has(text) ? 'u' : '-'
}

function separatorOf(gap: string): Separator | undefined {
  if (gap === ' ') return ' '
  if (hyphenGap.test(gap)) return '-'
  if (gap === '_') return '_'
  // A line break inside a paragraph is a space ("metric time\nseries").
  if (gap !== '' && space.test(gap)) return ' '
  return undefined
}

export class SpellingVariants {
  /** First pass: the ways each single word is written, by its key; one way as a string, several as a set. */
  private readonly singles = new Map<string, string | Set<string>>()
  /** First pass: the same for Russian words of three or four letters, which pair only by their «э» («тег», «тэг»). */
  private readonly shortSingles = new Map<string, string | Set<string>>()
  /** First pass: the ways each pair is written, by its first word then the second word's key (no key strings made per pair). */
  private readonly pairs = new Map<string, Map<string, string | Set<string>>>()
  /** Between the passes: the keys written two ways or more, and those the compound detector asks for. */
  private readonly candidates = new Set<string>()
  /** The pairs whose joined key is a candidate, by first word then second key. */
  private readonly candidatePairs = new Map<string, Map<string, string>>()
  /** First pass: the keys of single words that are a type's name run together from an abbreviation and a word («APICall»). */
  private readonly typeNames = new Set<string>()
  /** First pass: the keys of a word and an abbreviation run together («TouchID»), compared with pairs alone. */
  private readonly runTogether = new Set<string>()
  /** First pass: where the capitals of each capitalised Latin word are, by its key. */
  private readonly capitals = new Map<string, string | Set<string>>()
  /** Between the passes: the keys whose capitals differ, one way at least a CamelCase name's. */
  private readonly capitalCandidates = new Set<string>()
  /** Second pass: the places of the candidate keys. */
  private readonly groups = new Map<string, NameBuckets>()
  /** Second pass: the places of the keys whose capitals differ. */
  private readonly capitalGroups = new Map<string, NameBuckets>()

  first(read: ReadBlock): void {
    for (const unit of read.reading.of(spellingUnits)) {
      if (unit.capitals) {
        addWay(this.capitals, unit.key, unit.shape)
        continue
      }
      if (unit.runTogether) {
        this.runTogether.add(unit.key)
        continue
      }
      if (unit.second === undefined) {
        addWay(unit.short ? this.shortSingles : this.singles, unit.key, unit.shape)
        if (unit.typeName) this.typeNames.add(unit.key)
        continue
      }
      let bySecond = this.pairs.get(unit.key)
      if (!bySecond) this.pairs.set(unit.key, (bySecond = new Map()))
      addWay(bySecond, unit.second, unit.shape)
    }
  }

  /** Asks for every place of a key, written one way or more (a compound beside its phrase). */
  want(key: string): void {
    this.candidates.add(key)
  }

  /** Between the passes: the keys written two ways or more, single words and pairs together. */
  endFirst(): void {
    // A title-case word beside a title-case word is the same name: only a CamelCase way makes a pair of them.
    for (const [key, shapes] of this.capitals) {
      if (typeof shapes !== 'string' && [...shapes].some((shape) => shape.includes(','))) this.capitalCandidates.add(key)
    }
    const ways = new Map<string, Set<string>>()
    for (const [key, shapes] of this.singles) if (typeof shapes !== 'string') this.candidates.add(key)
    // A short word takes part where «э» is one of the ways («теги» beside «тэгов», «кеш» beside «кэш»):
    // its hyphen and space spellings are too often two words («по-моему», «из-за»).
    for (const [key, shapes] of this.shortSingles) {
      const long = this.singles.get(key)
      const all = new Set([...(typeof shapes === 'string' ? [shapes] : shapes), ...(long === undefined ? [] : typeof long === 'string' ? [long] : long)])
      if (all.size >= 2 && [...all].some((shape) => shape.endsWith(variantMark))) this.candidates.add(key)
    }
    const joined = new Map<string, Array<[string, string]>>()
    for (const [first, bySecond] of this.pairs) {
      for (const [second, shapes] of bySecond) {
        const key = first + second
        const single = this.singles.get(key)
        if (typeof shapes === 'string' && single === undefined && !this.candidates.has(key) && !this.runTogether.has(key)) continue
        // «APICall», a type's name, is compared with its own letters written otherwise («apicall»), not with the phrase
        // it was made of: «the APICall type» beside «API calls» are two concepts.
        const joinedWays = single === undefined || this.typeNames.has(key) ? [] : typeof single === 'string' ? [single] : single
        const set = ways.get(key) ?? new Set(joinedWays)
        if (this.runTogether.has(key)) set.add('run-together')
        for (const shape of typeof shapes === 'string' ? [shapes] : shapes) set.add(shape)
        ways.set(key, set)
        joined.set(key, [...(joined.get(key) ?? []), [first, second]])
      }
    }
    for (const [key, set] of ways) if (set.size >= 2) this.candidates.add(key)
    for (const [key, pairs] of joined) {
      if (!this.candidates.has(key)) continue
      for (const [first, second] of pairs) {
        let bySecond = this.candidatePairs.get(first)
        if (!bySecond) this.candidatePairs.set(first, (bySecond = new Map()))
        bySecond.set(second, key)
      }
    }
  }

  second(read: ReadBlock): void {
    if (this.candidates.size === 0 && this.capitalCandidates.size === 0) return
    const record = (key: string, shape: string, first: number, last: number, groups = this.groups): void => {
      let buckets = groups.get(key)
      if (!buckets) groups.set(key, (buckets = new NameBuckets()))
      buckets.add(shape, textOf(read.tokens, first, last), mentionOf(read, first, last))
    }
    for (const unit of read.reading.of(spellingUnits)) {
      if (unit.capitals) {
        if (this.capitalCandidates.has(unit.key)) record(unit.key, unit.shape, unit.index, unit.index, this.capitalGroups)
        continue
      }
      if (unit.second === undefined) {
        if (this.candidates.has(unit.key)) record(unit.key, unit.shape, unit.index, unit.index)
        continue
      }
      const key = this.candidatePairs.get(unit.key)?.get(unit.second)
      if (key !== undefined) record(key, unit.shape, unit.index, unit.index + 1)
    }
  }

  /** Every way a key is written, for the compound detector: «техкарта» and «тех карта» are one compound. */
  namesOf(key: string): VariantName[] {
    return this.groups.get(key)?.toNames() ?? []
  }

  /** Keys written in two ways or more. */
  found(): VariantGroup[] {
    const result: VariantGroup[] = []
    for (const buckets of this.capitalGroups.values()) if (buckets.size >= 2) result.push({kind: 'spelling', names: buckets.toNames()})
    for (const buckets of this.groups.values()) {
      if (buckets.size < 2) continue
      const names = buckets.toNames()
      // A capitalised name after a product's name used once may be a title ("[CloudEvent Attributes](#…)"):
      // it is a defined name only when the document repeats it («OpenAPI Document» ×8).
      if (names.some((name) => name.id?.endsWith(titled) === true && name.mentions.length < 2)) continue
      result.push({kind: 'spelling', names})
    }
    return result
  }
}

/** The shape of a Russian pair by its separator and whether its second word has a capital. */
const shapes: Readonly<Record<Separator, readonly [string, string]>> = {'-': ['-:l', '-:U'], _: ['_:l', '_:U'], ' ': [' :l', ' :U']}

function addWay<K>(map: Map<K, string | Set<string>>, key: K, shape: string): void {
  const known = map.get(key)
  if (known === undefined) map.set(key, shape)
  else if (typeof known === 'string') {
    if (known !== shape) map.set(key, new Set([known, shape]))
  } else known.add(shape)
}

/**
 * A way a block writes a single word (`second` absent: `key` is the word's key) or a pair of words
 * (`key` is the first word's normal form, `second` the second word's key), at the token `index`.
 */
interface SpellingUnit {
  readonly key: string
  readonly second?: string
  readonly shape: string
  readonly index: number
  /** A Russian word of three or four letters: compared by its «э» alone. */
  readonly short?: boolean
  /** A Latin word of three capitals or more run into a capitalised word: «APICall», «HTTPRoute», «VSCode». */
  readonly typeName?: boolean
  /** A capitalised word and an abbreviation run together («TouchID»): compared with its pair alone («Touch ID»). */
  readonly runTogether?: boolean
  /** A capitalised Latin word read for its capitals alone ("GitHub" / "Github"): `shape` says where they are. */
  readonly capitals?: boolean
}

/**
 * A capitalised word and an abbreviation run together: "TouchID", "ClusterAPI", "TailwindCSS" — a product's
 * name written without its space ("Touch ID", "Cluster API"). Like every CamelCase word it is no single word
 * of its own (`singleShape`): "OpenAPI" is not the `openapi` field. Beside the two words written apart it is
 * the same name run together.
 */
const wordAndAbbreviation = /^\p{Lu}\p{Ll}+\p{Lu}{2,}$/u

/** Three capitals or more run into a capitalised word: the CamelCase of a name that starts with an abbreviation. */
const abbreviationCamel = /\p{Lu}{3}\p{Ll}{2}/u

/** The mark of a word written in a variant spelling: British, or «э» for «е». */
const variantMark = ':variant'

/**
 * Each word and each pair of words of a block with its way of writing, in order: what both passes
 * read, worked out once for each block text (a language server keeps it across edits).
 */
const spellingUnits: BlockDerivation<readonly SpellingUnit[]> = {make: unitsOf}

function unitsOf(tokens: readonly Token[], text: string, words: VariantWords): SpellingUnit[] {
  const units: SpellingUnit[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    const info = token.info
    const shape = singleShape(token, tokens[index - 1], tokens[index + 1], text)
    if (shape !== undefined) {
      const written = shape + (info.standard === info.norm ? '' : variantMark)
      if (info.cyrillic && info.norm.length < 5) units.push({key: info.key, shape: written, index, short: true})
      else if (!info.cyrillic && abbreviationCamel.test(token.text)) units.push({key: info.key, shape: written, index, typeName: true})
      else units.push({key: info.key, shape: written, index})
    } else if (!info.cyrillic && wordAndAbbreviation.test(token.text) && !writtenAsCode(text, token.from, token.to)) {
      units.push({key: info.key, shape: 'run-together', index, runTogether: true})
    }
    const capitals = capitalsShape(token, text)
    if (capitals !== undefined) units.push({key: info.key, shape: capitals, index, capitals: true})
    const next = tokens[index + 1]
    if (!next) continue
    const separator = separatorOf(next.gap)
    if (separator === undefined || !pairable(token, next, separator, tokens[index - 1])) continue
    // snake_case and SCREAMING_CASE are identifiers of code ("process_versions", "EXPIRED_PASSWORD"), and so is a
    // lower-case Latin prefix before a Russian word («utm_поля» for the utm_* columns); «ИНН_клиента» is a name.
    if (separator === '_' && !info.cyrillic && (!next.info.cyrillic || /^[a-z]/u.test(token.text))) continue
    if (writtenAsCode(text, token.from, next.to)) continue
    // A word hyphenated to the one before it belongs to that word ("un-percent encoded").
    if (separator === ' ' && separatorOf(token.gap) === '-') continue
    if (separator !== ' ') {
      // Part of a longer hyphenated word («точка-с-запятой») is not a name of its own.
      if (separatorOf(token.gap) === separator || separatorOf(tokens[index + 2]?.gap ?? '') === separator) continue
      // An English compound hyphenated before a noun ("key-value pairs", "the application-properties section")
      // is hyphenated for its position; a word in title case after it starts a name ("the use-case Create
      // squad"), and a one-letter prefix is hyphenated everywhere ("e-mail notifications").
      const third = tokens[index + 2]
      if (separator === '-' && !next.info.cyrillic && info.norm.length > 1 && third && separatorOf(third.gap) === ' ' && !third.info.functional && !third.titleCase) continue
    }
    const pairShape = next.info.cyrillic ? shapes[separator][next.titleCase ? 1 : 0] : englishPairShape(words, separator, token, next)
    units.push({key: info.norm, second: next.info.key, shape: pairShape, index})
  }
  return units
}

/**
 * How a single word is written, or undefined when it is no name written joined up: a short word, a
 * digit, code, a constant in capitals, a CamelCase identifier ("requestBodies", "ExemplarReservoir":
 * a type of the specification beside the concept it implements). A Latin word that starts with
 * capitals and goes on in small letters ("IDme") is a product's name written one way, "idme" another.
 */
function singleShape(token: Token, previous: Token | undefined, next: Token | undefined, text: string): string | undefined {
  const info = token.info
  if (info.digit) return undefined
  let shape: string
  if (info.cyrillic) {
    if (info.norm.length < 3) return undefined
    shape = token.camel ? 'camel' : 'joined'
  } else {
    if (info.norm.length < 4 || token.camel || constant.test(token.text)) return undefined
    // A part of a hyphenated English name is not a word of its own ("phosphor-dbus-interface"); in «Oauth-токены» it is.
    if ((hyphenGap.test(token.gap) && previous?.info.cyrillic === false) || (next !== undefined && hyphenGap.test(next.gap) && !next.info.cyrillic)) return undefined
    shape = capitalInside.test(token.text) ? 'mixed' : 'joined'
  }
  // Checked last, on the few words left: the characters around a word.
  return writtenAsCode(text, token.from, token.to) ? undefined : shape
}

/** A Latin word with a capital after a small letter, starting with a capital: "GitHub", "JavaScript", "DevTools". */
const pascalCase = /^\p{Lu}(?=.*\p{Ll}\p{Lu})/u

/**
 * Where a capitalised Latin word of four letters or more has its capitals, within its key (so that
 * "PipelineRuns" and "PipelineRun" agree): "0,6" for "GitHub", "0" for "Github". A word in small letters,
 * in capitals, or written as code has none to compare.
 */
function capitalsShape(token: Token, text: string): string | undefined {
  const info = token.info
  if (info.cyrillic || info.digit || info.key.length < 4 || !(token.titleCase || pascalCase.test(token.text))) return undefined
  if (writtenAsCode(text, token.from, token.to)) return undefined
  const places: number[] = []
  for (let at = 0; at < info.key.length && at < token.text.length; at++) if (/\p{Lu}/u.test(token.text[at]!)) places.push(at)
  return places.join(',')
}

/**
 * How an English pair is written: its separator, and the capitals of its words where they are the
 * words' own.
 */
function englishPairShape(words: VariantWords, separator: Separator, token: Token, next: Token): string {
  if (words.language !== 'en') return separator
  // English writes the words of names, titles and link texts in title case freely ("Field Name", "HTTP
  // Status Codes", "JSON Schema" the standard beside "YAML's JSON schema"): only an abbreviation is
  // written one way («Corp ID» / «CORP ID», «url encoding» / «URL encoding»).
  // After a product's name («OpenAPI Document», «CloudEvents Attributes») a capital makes the pair a defined name.
  const second = productName.test(token.text) && titleWord.test(next.text) ? titled : fixedCase(next.text)
  return `${separator}:${fixedCase(token.text)}${second}`
}

function pairable(a: Token, b: Token, separator: Separator, before: Token | undefined): boolean {
  // A camelCase identifier pairs with nothing; a product's name may start a pair ("OpenAPI Document").
  if (b.norm.length < 2 || a.info.digit || b.info.digit || (a.camel && !/^\p{Lu}/u.test(a.text)) || b.camel) return false
  // A particle ends a phrasal verb ("log in", "black out"), unless an article makes the pair a noun ("had a black out").
  if (b.info.functional && !(before !== undefined && adverbs.has(b.norm) && articles.has(before.norm) && /^ $/u.test(a.gap))) return false
  // One Latin letter before a hyphen is a prefix ("e-mail", "e-commerce"), whatever it is alone ("e.g.").
  if (separator === '-' && a.norm.length === 1 && latinLetter.test(a.norm)) return true
  return a.norm.length >= 2 && !a.info.functional
}
