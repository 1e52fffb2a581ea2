/**
 * What the rules work out from one block alone, kept across the versions of
 * one document (a language server's open file re-linted on every keystroke):
 * an edit changes a block or two, and the rules' per-block work for the
 * others is taken from the last version. A value may hold offsets in the
 * block's text, never in the source: a block moved by an edit above it keeps
 * its text, and so its value. The decisions over the whole document (first
 * use, definitions before use, which names are variants of which) are made
 * anew from these values on every version.
 */
import type {ProseBlock, ProseLanguage} from './prose.js'
import {VersionCache} from './version-cache.js'

/**
 * A piece of per-block work: what it makes of a block must depend on nothing
 * but the block's text, kind, heading depth and the document's language (its
 * sentences and words are made from these; its place and container may differ
 * from version to version), so a block with the same ones gets the same value.
 */
export interface BlockWork<Value> {
  /** For the reader of a profile or a test: which work this is. */
  readonly name: string
  /**
   * `kept`: whether the value is kept for later versions (a value may then keep what it works out on
   * the way, which a value made for one lint of a large file should let go).
   */
  make(block: ProseBlock, language: ProseLanguage, kept: boolean): Value
}

/** The values of every work for one block text, with what besides the text they were made for. */
interface Kept {
  readonly variant: string
  readonly values: Map<BlockWork<unknown>, unknown>
}

/** The per-block values of one document's versions, for every work; owned by the caller that lints the versions. */
export class BlockCache {
  private readonly texts = new VersionCache<Kept>()
  /**
   * This version's entry of each block: every work asks for it by the block's
   * identity, and the text is looked up (hashed, compared) once a version.
   */
  private blocks = new Map<ProseBlock, Kept>()

  /** A new version of the document starts: the block texts the last version did not have are forgotten. */
  next(): void {
    this.texts.next()
    this.blocks = new Map()
  }

  /** `work`'s value for a block: from an earlier version when one had a block of the same text, else made now. */
  get<Value>(work: BlockWork<Value>, block: ProseBlock, language: ProseLanguage): Value {
    let kept = this.blocks.get(block)
    if (!kept) {
      const variant = `${language} ${block.kind} ${block.depth}`
      kept = this.texts.get(block.text, () => ({variant, values: new Map()}))
      // Two blocks of one text and another kind (a heading and a paragraph «Введение») are rare: the later one's values replace the other's.
      if (kept.variant !== variant) this.texts.set(block.text, (kept = {variant, values: new Map()}))
      this.blocks.set(block, kept)
    }
    if (kept.values.has(work)) return kept.values.get(work) as Value
    const value = work.make(block, language, true)
    kept.values.set(work, value)
    return value
  }
}
