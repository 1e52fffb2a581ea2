/**
 * reqlint's built-in word lists. The YAML files in `packages/core/data/` are
 * read and validated at build time with the same strict reader as users' files
 * (`read.ts`, run by scripts/build-data.js), which writes them as a typed module
 * (`generated/builtin.ts`); here they become sets, once, on first use.
 */
import type {Language} from '../glossary/model.js'
import type {Localized} from '../message.js'
import {builtinDataJson} from './generated/builtin.js'
import type {PlainBuiltinData} from './read.js'
import {russianWordMaps, russianWordSets} from './russian-words.js'

export type {PlainBuiltinData} from './read.js'

export interface AmbiguityCategory {
  readonly id: string
  readonly name: string
  readonly why: string
  readonly hint: string
  /** Escape clauses only weaken binding statements; they are reported there only. */
  readonly escape: boolean
  /** A limit with a number in the same sentence makes the word measurable: «удобный: не более 3 действий». */
  readonly measurable: boolean
  /**
   * Reported unless a project turns it off (`ignoreCategories`); `false`: reported only where a project
   * turns it on (`enableCategories`), for a category real documents mostly use precisely («и/или»).
   */
  readonly enabled: boolean
  /** Entries in dictionary form, matched in every inflected form. */
  readonly words: readonly string[]
  /** Entries matched as written. */
  readonly phrases: readonly string[]
  /**
   * Expressions, matched as written, in which an entry is not the vague word:
   * «простою» is the noun «простой» (downtime), "fail fast" a design principle.
   */
  readonly except: readonly string[]
}

export interface AmbiguityList {
  readonly language: Language
  readonly binding: ReadonlySet<string>
  readonly permissive: ReadonlySet<string>
  /** Limit expressions that, before a number, make a vague word measurable («не более», "at most"). */
  readonly measures: readonly string[]
  /** Units with which a number is a limit by itself: time, percentages, user actions. */
  readonly measureUnits: readonly string[]
  readonly categories: readonly AmbiguityCategory[]
}

/** Heading patterns, one list a language (see `data/requirements.yaml`). */
export type HeadingPatterns = Readonly<Record<Language, readonly string[]>>

/** The signals of the requirements model, from `data/requirements.yaml`. */
export interface RequirementsData {
  /** Headings of sections that state no requirement, and of sections that hold requirements. */
  readonly sections: {readonly skip: HeadingPatterns; readonly requirements: HeadingPatterns}
  /** Words that, negated, say a sentence requires nothing («не требуется», "not required"). */
  readonly negation: HeadingPatterns
  /** The opening role marker and the want marker of a user story. */
  readonly userStories: Readonly<Record<Language, {readonly role: readonly string[]; readonly want: readonly string[]}>>
  /** Table column titles whose cells give examples, not requirements («Сценарий», "Example"). */
  readonly exampleColumns: HeadingPatterns
  /** Labels opening a block that states no requirement («Примечание:», "Note:", «Целевая аудитория:»). */
  readonly labels: HeadingPatterns
  /** Table column titles whose cells give the reason for a choice, not requirements («Обоснование», "Rationale"). */
  readonly rationaleColumns: HeadingPatterns
  /** Phrases opening a clause that says why, to what end or despite what ("because", «поскольку»). */
  readonly clauses: Readonly<Record<Language, ClauseMarkers>>
  /** Openings of a remark to the reader: "Note that …", «Обратите внимание». */
  readonly remarks: HeadingPatterns
  /** Headings of a design proposal's template ("Motivation", "Alternatives considered", "Drawbacks"). */
  readonly proposals: HeadingPatterns
}

/**
 * Phrases, each a string of lower-case words, that open a clause of reason, purpose or concession
 * (`clauses.ts`): `anywhere` where they stand, `atStart` only after punctuation or at the sentence's
 * start ("to", "so" are other words elsewhere).
 */
export interface ClauseMarkers {
  readonly anywhere: readonly string[]
  readonly atStart: readonly string[]
  /** Phrases that start like a marker and open no clause: «хотя бы» ("at least"), "so far". */
  readonly not: readonly string[]
  /**
   * Phrases that, after punctuation, open a conclusion drawn from what precedes it («…, следовательно,
   * селектор должен …», "…; therefore the client must …"): the clauses before it are its premise.
   */
  readonly conclusion: readonly string[]
  /** Words after which a marker of `atStart` opens what they demand, not a purpose: «необходимо, чтобы …». */
  readonly governedBy: readonly string[]
}

/** A group of near-synonyms (data/term-variants.yaml): names that recur in requirements for one concept. */
export interface LexiconGroup {
  /** Dictionary forms; every inflected form matches. */
  readonly names: readonly string[]
  /** Why the names are one concept in a specification, in both languages. */
  readonly reason: Localized
  /** Reported only inside multi-word terms that share their other word. */
  readonly phrasesOnly: boolean
  /** Names with no other sense (a clipping, a calque): one use counts beside a name used three times or more. */
  readonly once: readonly string[]
}

/** What the document-derived term-variant detectors know of a language (data/term-variants.yaml). */
export interface TermVariantData {
  readonly lexicon: readonly LexiconGroup[]
  /** Words that never start or end a name written two ways ("up" in "set up"). */
  readonly particles: ReadonlySet<string>
  /** Prefixes that are not the clipped part of a stump compound («под» in «подсистема»). */
  readonly prefixes: ReadonlySet<string>
  /** Words in brackets that qualify a name rather than name it again («(опционально)», "(required)"). */
  readonly qualifiers: ReadonlySet<string>
  /** Words with which a link text points at a place rather than names a concept: "see the [API definition](#link)". */
  readonly referents: ReadonlySet<string>
}

/**
 * The Russian form generator's word lists (data/morphology.ru.yaml): the exceptions
 * its rules need, every word normalised. See morphology/ru.ts for what each changes.
 */
export interface RussianWordLists {
  readonly functionWords: ReadonlySet<string>
  readonly adverbs: ReadonlySet<string>
  readonly pronouns: ReadonlyMap<string, readonly string[]>
  readonly nounsInNo: ReadonlySet<string>
  readonly nounsInOj: ReadonlySet<string>
  readonly nounsInNij: ReadonlySet<string>
  readonly nounsInChie: ReadonlySet<string>
  readonly nounsInAya: ReadonlySet<string>
  readonly nativeNeuterE: ReadonlySet<string>
  readonly indeclinableYe: ReadonlySet<string>
  readonly indeclinableO: ReadonlySet<string>
  readonly pluralOnlySoft: ReadonlySet<string>
  readonly masculineSoft: ReadonlySet<string>
  readonly feminineSoft: ReadonlySet<string>
  readonly obliqueStems: ReadonlyMap<string, string>
  readonly keepsVowel: ReadonlySet<string>
  readonly irregularNouns: ReadonlyMap<string, readonly string[]>
  readonly irregularComparatives: ReadonlyMap<string, readonly string[]>
  readonly qualitativeOj: ReadonlySet<string>
  readonly qualitativeOv: ReadonlySet<string>
  readonly notInfinitives: ReadonlySet<string>
  readonly hyphenParticles: ReadonlySet<string>
}

export interface BuiltinData {
  readonly ambiguity: Readonly<Record<Language, AmbiguityList>>
  /** Abbreviations every reader knows, the legal forms among them. */
  readonly knownAbbreviations: ReadonlySet<string>
  /** Technical abbreviations (API, HTTP, JSON) known unless the document defines them itself. */
  readonly wellKnownAbbreviations: ReadonlySet<string>
  /** ООО, АО, LLC: a name in quotation marks right after one is a company's. */
  readonly legalForms: ReadonlySet<string>
  readonly units: ReadonlySet<string>
  /** Words that count as a number does before a unit («сотни КБ», "hundreds of MB"): lower case. */
  readonly quantityWords: ReadonlySet<string>
  /** Vendors' and products' names written in capitals (NVIDIA, AMD, VLC): names, not abbreviations. */
  readonly productNames: ReadonlySet<string>
  /** Vendors written as words (Intel, Microsoft): a name in capitals beside one is their product. */
  readonly vendors: ReadonlySet<string>
  /** Words written in capitals that are not abbreviations (MUST, GET, КАК, TBD). */
  readonly capitalizedWords: ReadonlySet<string>
  readonly termsSectionHeadings: readonly string[]
  readonly requirements: RequirementsData
  readonly termVariants: Readonly<Record<Language, TermVariantData>>
  readonly russianWords: RussianWordLists
  /** Abbreviations after which a full stop does not end a sentence (data/sentences.yaml): lower case, without dots. */
  readonly continuingAbbreviations: ReadonlySet<string>
}

let cache: BuiltinData | undefined

export function builtinData(): BuiltinData {
  cache ??= fromPlain(builtinDataJson())
  return cache
}

function fromPlain(data: PlainBuiltinData): BuiltinData {
  const list = (plain: PlainBuiltinData['ambiguity']['ru']): AmbiguityList => ({...plain, binding: new Set(plain.binding), permissive: new Set(plain.permissive)})
  return {
    ambiguity: {ru: list(data.ambiguity.ru), en: list(data.ambiguity.en)},
    knownAbbreviations: new Set(data.knownAbbreviations),
    wellKnownAbbreviations: new Set(data.wellKnownAbbreviations),
    legalForms: new Set(data.legalForms),
    units: new Set(data.units),
    quantityWords: new Set(data.quantityWords),
    productNames: new Set(data.productNames),
    vendors: new Set(data.vendors),
    capitalizedWords: new Set(data.capitalizedWords),
    termsSectionHeadings: data.termsSectionHeadings,
    requirements: data.requirements,
    termVariants: {ru: variants(data.termVariants.ru), en: variants(data.termVariants.en)},
    russianWords: russianWords(data.russianWords),
    continuingAbbreviations: new Set(data.continuingAbbreviations)
  }
}

function russianWords(plain: PlainBuiltinData['russianWords']): RussianWordLists {
  const result: Record<string, unknown> = {}
  for (const key of russianWordSets) result[key] = new Set(plain[key])
  for (const key of russianWordMaps) result[key] = new Map(plain[key] as Array<[string, unknown]>)
  return result as unknown as RussianWordLists
}

function variants(plain: PlainBuiltinData['termVariants']['ru']): TermVariantData {
  return {lexicon: plain.lexicon, particles: new Set(plain.particles), prefixes: new Set(plain.prefixes), qualifiers: new Set(plain.qualifiers), referents: new Set(plain.referents)}
}
