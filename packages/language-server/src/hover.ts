/** Hover on a finding: what is wrong, why it matters and how to fix it (the finding's note), and its rule's docs. */
import {findingText, type Locale, type RuleFinding} from '@reqlint/core/lint'
import {MarkupKind, type Hover} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {rangeOf} from './diagnostics.js'

const writeInstead = {en: 'Write instead:', ru: 'Пишите:'} as const

/** The hover at `offset`, in `locale`. */
export function hoverAt(findings: readonly RuleFinding[], document: TextDocument, offset: number, locale: Locale): Hover | null {
  const here = findings.filter(({finding}) => finding.span.start <= offset && offset <= finding.span.end)
  if (here.length === 0) return null
  const sections = here.map(({rule, severity, finding}) => {
    const lines = [`**${findingText({ruleId: rule.id, ...finding}, locale)}**`]
    // Why it matters: the finding's own advice, else what the rule is for.
    lines.push('', finding.note ? findingText({ruleId: rule.id, ...finding.note}, locale) : rule.descriptions[locale])
    if (finding.expected && finding.expected.length > 0) lines.push('', `${writeInstead[locale]} ${finding.expected.map((item) => `«${item}»`).join(', ')}`)
    lines.push('', `[${rule.id}](${rule.url}) · ${severity}`)
    return lines.join('\n')
  })
  const first = here[0]!.finding.span
  return {contents: {kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n')}, range: rangeOf(document, first)}
}
