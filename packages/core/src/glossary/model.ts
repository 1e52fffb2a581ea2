/** The glossary model: what a glossary file says, validated, with the place of every name. */

export type Language = 'ru' | 'en'

/** Where a name or entry is written: file, line and column. */
export interface SourcePlace {
  readonly file: string
  readonly line: number
  readonly column: number
}

export interface Named {
  readonly value: string
  readonly place: SourcePlace
}

/** Forms of a vague adjective a glossary's `ambiguous.add` entry opts in to. */
export type DerivedForm = 'adverb' | 'comparative'

/** A vague word a glossary adds: «разумный», or «мощный» with its adverb and comparative («мощно», «мощнее»). */
export interface AmbiguousAddition extends Named {
  readonly forms?: readonly DerivedForm[]
}

/** One concept: its preferred name, its abbreviations, other names it tolerates and names to avoid. */
export interface GlossaryEntry {
  readonly term: Named
  readonly abbreviations: readonly Named[]
  readonly definition: string | undefined
  readonly synonyms: readonly Named[]
  readonly avoid: readonly Named[]
  /**
   * Words that settle this meaning of an ambiguous abbreviation when they stand in the same
   * paragraph: «запрос», «инъекция», «база данных» beside «SQL» mean the query language.
   */
  readonly context?: readonly Named[]
  readonly place: SourcePlace
}

export interface Glossary {
  readonly language: Language
  readonly entries: readonly GlossaryEntry[]
  /** Abbreviations known without a definition. */
  readonly abbreviations: readonly Named[]
  /** Whether the built-in list of universal abbreviations («ООО», «РФ», "USA") is known too. */
  readonly builtinAbbreviations: boolean
  /** Vague-wording phrases this glossary adds to or removes from the built-in lists. */
  readonly ambiguous: {readonly add: readonly AmbiguousAddition[]; readonly remove: readonly Named[]}
  /**
   * Names the glossary says are different concepts, each list two names or more:
   * a document-derived pair made of two of them is never reported.
   */
  readonly distinct?: ReadonlyArray<readonly Named[]>
  /** The files this glossary was read from, in the order they were merged. */
  readonly files: readonly string[]
}

/** What `reqlint` uses when nothing else is configured. */
export const emptyGlossary: Glossary = {
  language: 'ru',
  entries: [],
  abbreviations: [],
  builtinAbbreviations: true,
  ambiguous: {add: [], remove: []},
  files: []
}
