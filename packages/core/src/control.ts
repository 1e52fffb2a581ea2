/**
 * Inline control comments, so that a known exception is recorded where it lives:
 *
 * - `<!-- reqlint-disable rule-id … -->` … `<!-- reqlint-enable rule-id … -->` (no ids: every rule)
 * - `<!-- reqlint-disable-next-line rule-id … -->`, `<!-- reqlint-disable-line rule-id … -->`
 * - unified's `<!-- lint disable rule-id -->`, `<!-- lint enable rule-id -->` and
 *   `<!-- lint ignore rule-id -->` (the next node only), as remark-message-control reads them;
 * - in MDX, which has no HTML comments, the same words in a comment expression:
 *   `{/* lint disable rule-id *\/}`, `{/* reqlint-disable-next-line rule-id *\/}`.
 *
 * The comments are checked too, as ESLint checks its own: a rule id that is no
 * rule of reqlint, written in a `reqlint-…` comment, is reported (`unknown-rule`),
 * and with `reportUnusedDisableDirectives` so is a comment that silenced
 * nothing (`unused-directive`). unified's `lint …` comments are shared with
 * remark-lint's rules, so their other ids are not reqlint's to judge.
 */
import type {Nodes, Parents, Root, RootContent} from 'mdast'
import type {RuleFinding} from './engine.js'
import type {Span} from './location.js'
import {defineRule, oneLine, type Finding, type Rule} from './rule.js'
import type {MessageData} from './message.js'

interface Control {
  readonly kind: 'disable' | 'enable' | 'range'
  readonly rules: readonly string[] | undefined
  readonly at: number
  /** For `range`: the end of the silenced range (exclusive). */
  readonly until: number
  /** The comment that says so, for reports about the comment itself. */
  readonly directive: Directive
}

/** A control comment as written: its keyword, its place and the place of each rule id in it. */
interface Directive {
  /** `reqlint-disable`, `lint ignore`…, with single spaces. */
  readonly keyword: string
  readonly span: Span
  readonly ids: ReadonlyArray<{readonly id: string; readonly span: Span}>
}

/**
 * The reports about control comments. They come from the engine, not from a
 * rule's check: no control comment silences them and they cannot be configured.
 */
export const unknownRule: Rule = defineRule({
  id: 'unknown-rule',
  description: {
    en: 'A `reqlint-…` control comment names a rule reqlint does not have.',
    ru: 'Управляющий комментарий `reqlint-…` называет правило, которого в reqlint нет.'
  },
  defaultSeverity: 'warn',
  fixable: false,
  messages: {
    unknown: {
      en: 'Unknown rule «{id}» in «{keyword}»: the comment silences nothing for it',
      ru: 'Неизвестное правило «{id}» в «{keyword}»: комментарий ничего для него не отключает'
    },
    misspelt: {
      en: 'Unknown rule «{id}» in «{keyword}», expected «{closest}»: the comment silences nothing for it',
      ru: 'Неизвестное правило «{id}» в «{keyword}»\u00a0— возможно, имелось в виду «{closest}»: комментарий ничего для него не отключает'
    }
  },
  options: {},
  check: () => undefined
})

export const unusedDirective: Rule = defineRule({
  id: 'unused-directive',
  description: {
    en: 'A control comment silenced no finding (with `--report-unused-disable-directives`).',
    ru: 'Управляющий комментарий не отключил ни одного замечания (с `--report-unused-disable-directives`).'
  },
  defaultSeverity: 'warn',
  fixable: false,
  messages: {
    unused: {
      en: 'Unused «{keyword}»: no finding here to silence',
      ru: 'Лишний «{keyword}»: здесь нечего отключать'
    },
    'unused-rule': {
      en: 'Unused «{keyword} {id}»: no «{id}» finding here to silence',
      ru: 'Лишний «{keyword} {id}»: замечаний «{id}» здесь нет'
    }
  },
  options: {},
  check: () => undefined
})

export interface ControlOptions {
  /** The ids of reqlint's rules: any other id in a `reqlint-…` comment is reported. */
  readonly ruleIds: readonly string[]
  /** Report `disable` comments that silenced nothing. */
  readonly reportUnused: boolean
}

const comment = /<!--\s*(reqlint-(?:disable-next-line|disable-line|disable|enable)|lint\s+(?:disable|enable|ignore))\b([^]*?)-->/gu

/** What the control comments of a document say, read from its tree. */
export type ControlComments = readonly Control[]

/**
 * The findings that no control comment silences, and the reports about the
 * comments themselves (unknown rule ids; with `reportUnused`, comments that
 * silenced nothing).
 */
export function applyControlComments(controls: ControlComments, stamped: RuleFinding[], options: ControlOptions, text: string): RuleFinding[] {
  if (controls.length === 0) return stamped
  const used = new Map<Control, Set<string>>()
  const kept = stamped.filter(({rule, finding}) => !silenced(controls, rule.id, finding.span.start, used))
  return [...kept, ...directiveReports(controls, used, options, text)]
}

function directiveReports(controls: ControlComments, used: ReadonlyMap<Control, ReadonlySet<string>>, options: ControlOptions, text: string): RuleFinding[] {
  const reports: RuleFinding[] = []
  const add = (rule: Rule, span: Span, messageId: string, data: MessageData, expected?: string): void => {
    const finding: Finding = {span, messageId, data, actual: text.slice(span.start, span.end), ...(expected === undefined ? {} : {expected: [expected]})}
    reports.push({rule, severity: 'warn', finding})
  }
  for (const control of controls) {
    const {ids, span} = control.directive
    const keyword = oneLine(control.directive.keyword)
    const ownComment = keyword.startsWith('reqlint-')
    for (const {id, span: idSpan} of ids) {
      // Only what can be a rule id (`[A-Za-z0-9_-]`, as remark-message-control reads them): not the rest of a broken comment.
      if (!ownComment || options.ruleIds.includes(id) || !/^[\w-]+$/u.test(id)) continue
      const closest = closestId(id, options.ruleIds)
      if (closest === undefined) add(unknownRule, idSpan, 'unknown', {id, keyword})
      else add(unknownRule, idSpan, 'misspelt', {id, keyword, closest}, closest)
    }
    if (!options.reportUnused || control.kind === 'enable') continue
    const silencedIds = used.get(control)
    if (control.rules === undefined) {
      // `lint disable` without ids silences remark-lint's rules as well: only reqlint's own comment is judged.
      if (ownComment && !silencedIds) add(unusedDirective, span, 'unused', {keyword})
      continue
    }
    for (const {id, span: idSpan} of ids) {
      if (!options.ruleIds.includes(id) || silencedIds?.has(id)) continue
      add(unusedDirective, idSpan, 'unused-rule', {keyword, id})
    }
  }
  return reports
}

/** The rule id a misspelt one most likely meant: at most a third of its letters off. */
function closestId(id: string, ruleIds: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Math.floor(id.length / 3) + 1
  for (const candidate of ruleIds) {
    const distance = editDistance(id, candidate)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

/** Levenshtein distance; a few short ids, so the plain two-row table is enough. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]!
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
  private waiting: Array<{readonly rules: readonly string[] | undefined; readonly directive: Directive}> = []

  constructor(text: string) {
    this.text = text
  }

  add(root: RootContent): void {
    if (commentText(root) === undefined && root.position) {
      for (const {rules, directive} of this.waiting) {
        this.controls.push({kind: 'range', rules, at: root.position.start.offset ?? 0, until: root.position.end.offset ?? 0, directive})
      }
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
      const directive: Directive = {keyword, span: {start, end}, ids: idSpans(text, ids, start + match.index + match[1]!.length, {start, end})}
      if (keyword === 'reqlint-disable' || keyword === 'lint disable') this.controls.push({kind: 'disable', rules, at: end, until: end, directive})
      else if (keyword === 'reqlint-enable' || keyword === 'lint enable') this.controls.push({kind: 'enable', rules, at: end, until: end, directive})
      else if (keyword === 'reqlint-disable-line') {
        this.controls.push({kind: 'range', rules, at: lineStart(text, start), until: lineEnd(text, start), directive})
      } else if (keyword === 'reqlint-disable-next-line') {
        const next = lineEnd(text, end) + 1
        this.controls.push({kind: 'range', rules, at: next, until: lineEnd(text, next), directive})
      } else if (keyword === 'lint ignore') {
        // The next node that is not a comment; at the top level it may not have been read yet.
        if (!parent) {
          this.waiting.push({rules, directive})
          continue
        }
        const sibling = parent.children.slice(index + 1).find((child) => commentText(child as Nodes) === undefined)
        if (sibling?.position) {
          this.controls.push({kind: 'range', rules, at: sibling.position.start.offset ?? 0, until: sibling.position.end.offset ?? 0, directive})
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

/**
 * Where each rule id stands in the source, searched from `from` (at or before
 * the first id: a comment inside a block quote has fewer characters in the
 * tree than in the source, never more); the whole comment when not found.
 */
function idSpans(text: string, ids: readonly string[], from: number, comment: Span): Directive['ids'] {
  let cursor = Math.min(from, comment.end)
  return ids.map((id) => {
    const at = text.indexOf(id, cursor)
    if (at === -1 || at + id.length > comment.end) return {id, span: comment}
    cursor = at + id.length
    return {id, span: {start: at, end: cursor}}
  })
}

/** Whether a finding of `ruleId` at `offset` is silenced; records in `used` which comment silenced it. */
function silenced(controls: readonly Control[], ruleId: string, offset: number, used: Map<Control, Set<string>>): boolean {
  let state: Control | undefined
  for (const control of controls) {
    const applies = control.rules === undefined || control.rules.includes(ruleId)
    if (!applies) continue
    if (control.kind === 'range') {
      if (offset >= control.at && offset < control.until) {
        markUsed(used, control, ruleId)
        return true
      }
      continue
    }
    if (control.at > offset) continue
    state = control
  }
  if (state?.kind !== 'disable') return false
  markUsed(used, state, ruleId)
  return true
}

function markUsed(used: Map<Control, Set<string>>, control: Control, ruleId: string): void {
  const ids = used.get(control) ?? new Set<string>()
  ids.add(ruleId)
  used.set(control, ids)
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset)
  return end === -1 ? text.length : end
}
