/**
 * reqlint's built-in word lists, read from the YAML files in `packages/core/data/`
 * (embedded at build time) with the same strict reader as user files
 * (`parse.ts`), and kept as a JSON snapshot made at build time. Read once, on first use.
 */
import type {Glossary, Language} from '../glossary/model.js'
import * as generated from './generated/index.js'
import {snapshot} from './generated/snapshot.js'

export interface AmbiguityCategory {
  readonly id: string
  readonly name: string
  readonly why: string
  readonly hint: string
  /** Escape clauses only weaken binding statements; they are reported there only. */
  readonly escape: boolean
  /** A limit with a number in the same sentence makes the word measurable: «удобный: не более 3 действий». */
  readonly measurable: boolean
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
}

/** A group of near-synonyms (data/term-variants.yaml): names that recur in requirements for one concept. */
export interface LexiconGroup {
  /** Dictionary forms; every inflected form matches. */
  readonly names: readonly string[]
  /** Why the names are one concept in a specification. */
  readonly reason: string
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

export interface BuiltinData {
  readonly ambiguity: Readonly<Record<Language, AmbiguityList>>
  /** Abbreviations every reader knows, the legal forms among them. */
  readonly knownAbbreviations: ReadonlySet<string>
  /** ООО, АО, LLC: a name in quotation marks right after one is a company's. */
  readonly legalForms: ReadonlySet<string>
  readonly units: ReadonlySet<string>
  /** Words written in capitals that are not abbreviations (MUST, GET, КАК, TBD). */
  readonly capitalizedWords: ReadonlySet<string>
  readonly termsSectionHeadings: readonly string[]
  readonly requirements: RequirementsData
  readonly termVariants: Readonly<Record<Language, TermVariantData>>
}

let cache: BuiltinData | undefined
let parseFallback: (() => BuiltinData) | undefined

export function builtinData(): BuiltinData {
  cache ??= dataFromSnapshot() ?? parseFallback?.()
  if (!cache) throw new Error('@reqlint/core: the built-in data snapshot is missing or stale (run the build), and the YAML reader is not loaded')
  return cache
}

/**
 * Gives {@link builtinData} the YAML reader for a build without a snapshot
 * (`data/parse.ts` does, and the main entry loads it). Kept apart so that the
 * lean entry, `@reqlint/core/lint`, does not load the YAML parser, about a
 * tenth of a short run's start-up.
 */
export function useDataParser(parse: () => BuiltinData): void {
  parseFallback = parse
}

/**
 * The built-in data and glossary, parsed and validated at build time
 * (scripts/snapshot-data.js) and kept as JSON, so that a run parses no YAML:
 * reading it took a cold process 160 ms, a third of a short run. It counts only
 * when made from the texts embedded now.
 */
export interface Snapshot {
  readonly fingerprint: string
  readonly data: ReturnType<typeof plainData>
  readonly glossary: Glossary
}

/** Data as JSON can hold it: sets as lists. */
export function plainData(data: BuiltinData) {
  const plainList = (list: AmbiguityList) => ({...list, binding: [...list.binding], permissive: [...list.permissive]})
  return {
    ambiguity: {ru: plainList(data.ambiguity.ru), en: plainList(data.ambiguity.en)},
    knownAbbreviations: [...data.knownAbbreviations],
    legalForms: [...data.legalForms],
    units: [...data.units],
    capitalizedWords: [...data.capitalizedWords],
    termsSectionHeadings: data.termsSectionHeadings,
    requirements: data.requirements,
    termVariants: {ru: plainVariants(data.termVariants.ru), en: plainVariants(data.termVariants.en)}
  }
}

function plainVariants(data: TermVariantData) {
  return {lexicon: data.lexicon, particles: [...data.particles], prefixes: [...data.prefixes], qualifiers: [...data.qualifiers], referents: [...data.referents]}
}

/** Identifies the embedded texts: FNV-1a over all of them. */
export function sourcesFingerprint(): string {
  let hash = 0x811c9dc5
  // In name order, whatever order a module loader gives a namespace's keys in.
  for (const name of Object.keys(generated).sort()) {
    const source: Embedded = generated[name as keyof typeof generated]
    for (let index = 0; index < source.text.length; index++) hash = Math.imul(hash ^ source.text.charCodeAt(index), 0x01000193)
    hash = Math.imul(hash ^ source.text.length, 0x01000193)
  }
  return (hash >>> 0).toString(16)
}

let checkedSnapshot: Snapshot | null | undefined

/** The build's snapshot, if there is one and it is of the embedded texts. */
export function currentSnapshot(): Snapshot | undefined {
  if (checkedSnapshot === undefined) {
    const candidate = snapshot as Snapshot | undefined
    checkedSnapshot = candidate?.fingerprint === sourcesFingerprint() ? candidate : null
  }
  return checkedSnapshot ?? undefined
}

function dataFromSnapshot(): BuiltinData | undefined {
  const data = currentSnapshot()?.data
  if (!data) return undefined
  const list = (plain: typeof data.ambiguity.ru): AmbiguityList => ({...plain, binding: new Set(plain.binding), permissive: new Set(plain.permissive)})
  return {
    ambiguity: {ru: list(data.ambiguity.ru), en: list(data.ambiguity.en)},
    knownAbbreviations: new Set(data.knownAbbreviations),
    legalForms: new Set(data.legalForms),
    units: new Set(data.units),
    capitalizedWords: new Set(data.capitalizedWords),
    termsSectionHeadings: data.termsSectionHeadings,
    requirements: data.requirements,
    termVariants: {ru: variants(data.termVariants.ru), en: variants(data.termVariants.en)}
  }
}

function variants(plain: ReturnType<typeof plainVariants>): TermVariantData {
  return {lexicon: plain.lexicon, particles: new Set(plain.particles), prefixes: new Set(plain.prefixes), qualifiers: new Set(plain.qualifiers), referents: new Set(plain.referents)}
}

export interface Embedded {
  readonly path: string
  readonly text: string
}

/** The built-in glossary's file name and text, for {@link builtinGlossary}. */
export const builtinGlossarySource: Embedded = generated.builtinGlossary
