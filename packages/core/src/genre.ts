/**
 * What kind of document it is, where that changes how its words read. A design proposal (a Rust
 * RFC, a Kubernetes KEP, a Matrix MSC, a gRPC proposal, a Kotlin KEEP, a Tekton TEP, an ADR) argues
 * for a change, and its "will" says what the change will do: "This will be simple in some cases",
 * "Such abstraction will also allow in the future …". Its obligations are in "must", "shall" and
 * "should". A student's SRS states its requirements with "will" ("The system will send …"). The
 * headings of the proposal templates (`proposals` in `data/requirements.yaml`) tell the two apart.
 */
import {builtinData} from './data/index.js'
import {normalizeWord} from './normalize.js'
import type {ProseDocument} from './prose.js'
import {headingWords, WordPatterns} from './word-patterns.js'

/** Two headings of a proposal's template make a proposal: one ("Motivation", "Rationale") also heads other documents' sections. */
const proposalHeadings = 2

let patterns: WordPatterns | undefined

const found = new WeakMap<ProseDocument, boolean>()

/** Whether the document is a design proposal: two of its headings or more are those of a proposal's template. */
export function isDesignProposal(document: ProseDocument): boolean {
  let proposal = found.get(document)
  if (proposal === undefined) {
    const data = builtinData().requirements.proposals
    patterns ??= new WordPatterns([...data.ru, ...data.en])
    let count = 0
    for (const block of document.blocks) {
      if (block.kind !== 'heading') continue
      if (patterns.matches(headingWords(normalizeWord(block.text).replace(/^[\d.)\s]+/u, '')))) count++
    }
    found.set(document, (proposal = count >= proposalHeadings))
  }
  return proposal
}
