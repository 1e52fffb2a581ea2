/**
 * Inline control comments, so that a known exception is recorded where it lives:
 *
 * - `<!-- reqlint-disable rule-id … -->` … `<!-- reqlint-enable rule-id … -->` (no ids: every rule)
 * - `<!-- reqlint-disable-next-line rule-id … -->`, `<!-- reqlint-disable-line rule-id … -->`
 * - unified's `<!-- lint disable rule-id -->`, `<!-- lint enable rule-id -->` and
 *   `<!-- lint ignore rule-id -->` (the next node only), as remark-message-control reads them;
 * - in MDX, which has no HTML comments, the same words in a comment expression:
 *   `{/* lint disable rule-id *\/}`, `{/* reqlint-disable-next-line rule-id *\/}`.
 */
import type {Nodes, Parents, Root, RootContent} from 'mdast'
import type {Stamped} from './engine.js'

interface Control {
  readonly kind: 'disable' | 'enable' | 'range'
  readonly rules: readonly string[] | undefined
  readonly at: number
  /** For `range`: the end of the silenced range (exclusive). */
  readonly until: number
}

const comment = /<!--\s*(reqlint-(?:disable-next-line|disable-line|disable|enable)|lint\s+(?:disable|enable|ignore))\b([^]*?)-->/gu

/** What the control comments of a document say, read from its tree. */
export type ControlComments = readonly Control[]

/** The findings that no control comment silences. */
export function applyControlComments(controls: ControlComments, stamped: Stamped[]): Stamped[] {
  if (controls.length === 0) return stamped
  return stamped.filter(({rule, finding}) => !silenced(controls, rule.id, finding.span.start))
}

export function readControlComments(tree: Root, text: string): ControlComments {
  const reader = new ControlCommentReader(text)
  for (const node of tree.children) reader.add(node)
  return reader.finish()
}

/**
 * Reads control comments one top-level node at a time, in document order, so
 * that a large document's tree need never be held whole.
 */
export class ControlCommentReader {
  private readonly text: string
  private readonly controls: Control[] = []
  /** Rules of top-level `lint ignore` comments waiting for the next top-level node they silence. */
  private waiting: Array<readonly string[] | undefined> = []

  constructor(text: string) {
    this.text = text
  }

  add(root: RootContent): void {
    if (commentText(root) === undefined && root.position) {
      for (const rules of this.waiting) this.controls.push({kind: 'range', rules, at: root.position.start.offset ?? 0, until: root.position.end.offset ?? 0})
      this.waiting = []
    }
    // An explicit stack, in document order: a deeply nested document must not overflow the call stack.
    const stack: Array<{node: Nodes; parent: Parents | undefined; index: number}> = [{node: root, parent: undefined, index: 0}]
    for (let item = stack.pop(); item; item = stack.pop()) {
      const {node, parent, index} = item
      this.read(node, parent, index)
      if ('children' in node) {
        for (let childIndex = node.children.length - 1; childIndex >= 0; childIndex--) {
          stack.push({node: node.children[childIndex] as Nodes, parent: node as Parents, index: childIndex})
        }
      }
    }
  }

  finish(): ControlComments {
    return this.controls
  }

  /** The controls a node's comment holds; `parent` is undefined for a top-level node. */
  private read(node: Nodes, parent: Parents | undefined, index: number): void {
    const held = commentText(node)
    if (held === undefined || !node.position) return
    const text = this.text
    for (const match of held.matchAll(comment)) {
      const keyword = match[1]!.replace(/\s+/gu, ' ')
      const ids = match[2]!.trim().split(/[\s,]+/u).filter(Boolean)
      const rules = ids.length > 0 ? ids : undefined
      const start = node.position.start.offset ?? 0
      const end = node.position.end.offset ?? start
      if (keyword === 'reqlint-disable' || keyword === 'lint disable') this.controls.push({kind: 'disable', rules, at: end, until: end})
      else if (keyword === 'reqlint-enable' || keyword === 'lint enable') this.controls.push({kind: 'enable', rules, at: end, until: end})
      else if (keyword === 'reqlint-disable-line') {
        this.controls.push({kind: 'range', rules, at: lineStart(text, start), until: lineEnd(text, start)})
      } else if (keyword === 'reqlint-disable-next-line') {
        const next = lineEnd(text, end) + 1
        this.controls.push({kind: 'range', rules, at: next, until: lineEnd(text, next)})
      } else if (keyword === 'lint ignore') {
        // The next node that is not a comment; at the top level it may not have been read yet.
        if (!parent) {
          this.waiting.push(rules)
          continue
        }
        const sibling = parent.children.slice(index + 1).find((child) => commentText(child as Nodes) === undefined)
        if (sibling?.position) {
          this.controls.push({kind: 'range', rules, at: sibling.position.start.offset ?? 0, until: sibling.position.end.offset ?? 0})
        }
      }
    }
  }
}

/** The comment a node holds, as an HTML comment: `<!-- … -->`, or MDX's `{/* … *\/}`. */
function commentText(node: Nodes): string | undefined {
  if (node.type === 'html') return /^\s*<!--/u.test(node.value) ? node.value : undefined
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
    const match = /^\s*\/\*([^]*)\*\/\s*$/u.exec(node.value)
    return match ? `<!--${match[1]!}-->` : undefined
  }
  return undefined
}

function silenced(controls: readonly Control[], ruleId: string, offset: number): boolean {
  let off = false
  for (const control of controls) {
    const applies = control.rules === undefined || control.rules.includes(ruleId)
    if (!applies) continue
    if (control.kind === 'range') {
      if (offset >= control.at && offset < control.until) return true
      continue
    }
    if (control.at > offset) continue
    off = control.kind === 'disable'
  }
  return off
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset)
  return end === -1 ? text.length : end
}
