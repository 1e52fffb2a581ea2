/** What the term-variant detectors find: groups of names a document gives one concept. */
import type {Localized} from '../message.js'
import type {Analysis} from '../analysis.js'
import type {Span} from '../location.js'
import {spanOf, type ProseBlock} from '../prose.js'

/**
 * Which detector found a pair, and so how sure it is:
 * - `spelling`: one name written two ways (hyphen, space, joined, case, British and American spelling);
 * - `look-alike`: one name written in Cyrillic and in Latin letters that look the same («1С» / «1C»);
 * - `compound`: a contracted compound beside its full phrase, a modifier written two ways;
 * - `transliteration`: a Latin word beside its Cyrillic transliteration;
 * - `document`: names the document ties together itself;
 * - `lexicon`: near-synonyms from the built-in lexicon, both used as terms.
 */
export type VariantKind = 'spelling' | 'look-alike' | 'compound' | 'transliteration' | 'document' | 'lexicon'

/** One place a name is written: tokens of a block, kept as offsets until reported. */
export interface Mention {
  readonly block: ProseBlock
  /** Range in the block's text. */
  readonly from: number
  readonly to: number
  /** In the terms section: a definition, counted and never reported. */
  readonly defining: boolean
}

/** A name of a group and every place it is written. */
export interface VariantName {
  /** The detector's own name for it (a key, a way of writing). */
  readonly id?: string
  /** How the name is shown in messages: its most written form. */
  readonly label: string
  readonly mentions: Mention[]
}

export interface VariantGroup {
  readonly kind: VariantKind
  /** Two names or more; the detectors give them in no particular order. */
  readonly names: VariantName[]
  /** Why the names are one concept, when more than the class says: the lexicon's reason, the document's tie. */
  readonly reason?: Localized
  /** The {@link VariantName.id} the document says to use: «Портал» after «(далее — Портал)». */
  readonly preferred?: string
}

export function mentionSpan(mention: Mention): Span {
  return spanOf(mention.block, mention.from, mention.to)
}

export function mentionText(analysis: Analysis, mention: Mention): string {
  return analysis.text(mentionSpan(mention))
}

/** The form written most often among mentions (as written, first seen on a tie). */
export function mostWritten(texts: readonly string[]): string {
  const counts = new Map<string, number>()
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1)
  let best = texts[0] ?? ''
  for (const [text, count] of counts) if (count > (counts.get(best) ?? 0)) best = text
  return best
}

/** Names of a group collected by a key of its own, each name by the way it is written. */
export class NameBuckets {
  private readonly names = new Map<string, {texts: string[]; mentions: Mention[]}>()

  add(name: string, text: string, mention: Mention): void {
    const bucket = this.names.get(name)
    if (bucket) {
      bucket.texts.push(text)
      bucket.mentions.push(mention)
    } else this.names.set(name, {texts: [text], mentions: [mention]})
  }

  get size(): number {
    return this.names.size
  }

  has(name: string): boolean {
    return this.names.has(name)
  }

  /** The bucket name a name of {@link toNames} came from. */
  wayOf(name: VariantName): string | undefined {
    for (const [way, bucket] of this.names) if (bucket.mentions === name.mentions) return way
    return undefined
  }

  /** The names, each labelled with its most written form (in lower case when the document writes it so). */
  toNames(): VariantName[] {
    return [...this.names].map(([id, {texts, mentions}]) => {
      const lower = texts.filter((text) => /^\p{Ll}/u.test(text))
      return {id, label: mostWritten(lower.length > 0 && lower.length * 3 >= texts.length ? lower : texts), mentions}
    })
  }
}
