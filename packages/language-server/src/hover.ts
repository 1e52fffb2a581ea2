/** Hover on a finding: what is wrong, why it matters and how to fix it (the finding's note), and its rule's docs. */
import {ruleUrl, type Stamped} from '@reqlint/core/lint'
import {MarkupKind, type Hover} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {rangeOf} from './diagnostics.js'

export function hoverAt(findings: readonly Stamped[], document: TextDocument, offset: number): Hover | null {
  const here = findings.filter(({finding}) => finding.span.start <= offset && offset <= finding.span.end)
  if (here.length === 0) return null
  const sections = here.map(({rule, severity, finding}) => {
    const lines = [`**${finding.reason}**`]
    // Why it matters: the finding's own advice, else what the rule is for.
    lines.push('', finding.note ?? rule.description)
    if (finding.expected && finding.expected.length > 0) lines.push('', `Write instead: ${finding.expected.map((item) => `«${item}»`).join(', ')}`)
    lines.push('', `[${rule.id}](${ruleUrl(rule.id)}) · ${severity}`)
    return lines.join('\n')
  })
  const first = here[0]!.finding.span
  return {contents: {kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n')}, range: rangeOf(document, first)}
}
