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
import type {Nodes, Parents, Root} from 'mdast'
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
  const controls: Control[] = []
  // An explicit stack, in document order: a deeply nested document must not overflow the call stack.
  const stack: Array<{node: Nodes; parent: Parents | undefined; index: number}> = [{node: tree, parent: undefined, index: 0}]
  for (let item = stack.pop(); item; item = stack.pop()) {
    const {node, parent, index} = item
    const held = commentText(node)
    if (held !== undefined && node.position) {
      for (const match of held.matchAll(comment)) {
        const keyword = match[1]!.replace(/\s+/gu, ' ')
        const ids = match[2]!.trim().split(/[\s,]+/u).filter(Boolean)
        const rules = ids.length > 0 ? ids : undefined
        const start = node.position.start.offset ?? 0
        const end = node.position.end.offset ?? start
        if (keyword === 'reqlint-disable' || keyword === 'lint disable') controls.push({kind: 'disable', rules, at: end, until: end})
        else if (keyword === 'reqlint-enable' || keyword === 'lint enable') controls.push({kind: 'enable', rules, at: end, until: end})
        else if (keyword === 'reqlint-disable-line') {
          controls.push({kind: 'range', rules, at: lineStart(text, start), until: lineEnd(text, start)})
        } else if (keyword === 'reqlint-disable-next-line') {
          const next = lineEnd(text, end) + 1
          controls.push({kind: 'range', rules, at: next, until: lineEnd(text, next)})
        } else if (keyword === 'lint ignore' && parent) {
          const sibling = parent.children.slice(index + 1).find((child) => commentText(child as Nodes) === undefined)
          if (sibling?.position) {
            controls.push({kind: 'range', rules, at: sibling.position.start.offset ?? 0, until: sibling.position.end.offset ?? 0})
          }
        }
      }
    }
    if ('children' in node) {
      for (let childIndex = node.children.length - 1; childIndex >= 0; childIndex--) {
        stack.push({node: node.children[childIndex] as Nodes, parent: node as Parents, index: childIndex})
      }
    }
  }
  return controls
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
