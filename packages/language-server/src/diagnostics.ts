/**
 * Findings as LSP diagnostics: the rule id as `code` with a link to its docs,
 * the severity, the related place, the message the CLI prints.
 */
import {findingText, source, type Locale, type RuleFinding} from '@reqlint/core/lint'
import type {DataError} from '@reqlint/core/lint'
import {DiagnosticSeverity, type Diagnostic, type Range} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {LintResult} from './document-lint.js'

/** The diagnostics of a lint result; `document` is the version the result was made from. */
export function toDiagnostics(result: LintResult, document: TextDocument): Diagnostic[] {
  if (result.problem) {
    const line = Math.max(0, result.problem.line - 1)
    const character = Math.max(0, result.problem.column - 1)
    return [{range: {start: {line, character}, end: {line, character}}, severity: DiagnosticSeverity.Error, source, message: result.problem.reason}]
  }
  return result.findings.map((stamped) => toDiagnostic(stamped, document, result.locale))
}

/** A finding as a diagnostic written in `locale`; its `data` holds the message id, as JSON and SARIF reports do. */
export function toDiagnostic({rule, severity, finding}: RuleFinding, document: TextDocument, locale: Locale): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(document, finding.span),
    severity: severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: rule.id,
    codeDescription: {href: rule.url},
    source,
    message: findingText({ruleId: rule.id, ...finding}, locale),
    data: {messageId: finding.messageId}
  }
  if (finding.related) {
    const message = findingText({ruleId: rule.id, ...finding.related}, locale)
    diagnostic.relatedInformation = [{location: {uri: document.uri, range: rangeOf(document, finding.related.span)}, message}]
  }
  return diagnostic
}

/** A bad configuration or glossary as one diagnostic on that file, at its line. */
export function problemDiagnostic(problem: DataError): Diagnostic {
  const line = Math.max(0, problem.line - 1)
  const character = Math.max(0, problem.column - 1)
  return {range: {start: {line, character}, end: {line, character: character + 1}}, severity: DiagnosticSeverity.Error, source, message: problem.reason}
}

export function rangeOf(document: TextDocument, span: {readonly start: number; readonly end: number}): Range {
  return {start: document.positionAt(span.start), end: document.positionAt(span.end)}
}
