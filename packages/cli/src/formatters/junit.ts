/**
 * JUnit XML, the test-report format GitLab merge requests, Jenkins and Azure
 * Pipelines read: a document is a test suite, a message a test case.
 *
 * JUnit knows only pass, failure and error, so:
 * - errors and warnings are both `<failure>`; the first line of the failure's
 *   text says which (`error: …` / `warning: …`), and `--quiet` or
 *   `--rule id:off` leave warnings out when they should not fail a report;
 * - info messages (such as "read as windows-1251") are passing test cases with
 *   the note in `<system-out>`;
 * - problems that stopped a file from being linted at all (no place, no rule:
 *   missing, unreadable, binary) are `<error>`, JUnit's "the test could not run";
 * - a file without messages is one passing test case named `reqlint`.
 */
import {levelOf, regionOf, reportPath, ruleIdOf, type Message} from './common.js'
import type {Formatter} from './index.js'

export const junit: Formatter = (files, options) => {
  const suites: string[] = []
  let tests = 0
  let failures = 0
  let errors = 0
  for (const file of files) {
    const name = reportPath(file, options.cwd) ?? ''
    const cases: string[] = []
    let suiteFailures = 0
    let suiteErrors = 0
    for (const message of file.messages) {
      const kind = outcome(message)
      if (kind === 'failure') suiteFailures++
      if (kind === 'error') suiteErrors++
      cases.push(testCase(message, name, kind))
    }
    if (cases.length === 0) cases.push(`    <testcase name="reqlint" classname="${attribute(name)}"/>`)
    tests += cases.length
    failures += suiteFailures
    errors += suiteErrors
    suites.push(
      `  <testsuite name="${attribute(name)}" tests="${cases.length}" failures="${suiteFailures}" errors="${suiteErrors}" skipped="0">\n` +
        cases.join('\n') +
        '\n  </testsuite>'
    )
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="reqlint" tests="${tests}" failures="${failures}" errors="${errors}">`,
    ...suites,
    '</testsuites>',
    ''
  ].join('\n')
}

type Outcome = 'failure' | 'error' | 'pass'

function outcome(message: Message): Outcome {
  const level = levelOf(message)
  if (level === 'info') return 'pass'
  if (level === 'error' && message.ruleId === undefined && regionOf(message) === undefined) return 'error'
  return 'failure'
}

function testCase(message: Message, filePath: string, kind: Outcome): string {
  const ruleId = ruleIdOf(message)
  const region = regionOf(message)
  const name = region ? `${ruleId} ${region.startLine}:${region.startColumn}` : ruleId
  const open = `    <testcase name="${attribute(name)}" classname="${attribute(filePath)}"`
  if (kind === 'pass') return `${open}>\n      <system-out>${text(details(message, filePath))}</system-out>\n    </testcase>`
  const element = kind === 'error' ? 'error' : 'failure'
  return (
    `${open}>\n      <${element} message="${attribute(message.reason)}" type="${attribute(ruleId)}">` +
    `${text(details(message, filePath))}</${element}>\n    </testcase>`
  )
}

/** The readable body: what a CI page shows when the test case is opened. */
function details(message: Message, filePath: string): string {
  const region = regionOf(message)
  let where = filePath
  if (region) {
    where += `:${region.startLine}:${region.startColumn}`
    if (region.endLine !== undefined && region.endColumn !== undefined) where += `-${region.endLine}:${region.endColumn}`
  }
  const lines = [`${levelOf(message)}: ${message.reason}`, `at ${where}`]
  if (message.actual !== undefined) lines.push(`actual: ${message.actual}`)
  if (message.expected !== undefined && message.expected.length > 0) lines.push(`expected: ${message.expected.join(', ')}`)
  if (message.note !== undefined) lines.push(message.note)
  if (message.url !== undefined) lines.push(message.url)
  return lines.join('\n')
}

/**
 * Characters XML 1.0 does not allow at all (C0 controls but tab, newline and
 * carriage return; lone surrogates; U+FFFE and U+FFFF) become U+FFFD rather
 * than vanish, so a flagged word with a hidden NUL still shows that it had one.
 */
function allowed(value: string): string {
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
}

function text(value: string): string {
  // `\r` as a reference, or the parser would turn it into `\n`; `>` always, which also breaks any `]]>`.
  return allowed(value).replace(/[&<>"'\r]/g, (character) => entities[character]!)
}

function attribute(value: string): string {
  // Raw tabs and line breaks in attributes are normalised to spaces by every parser; references survive.
  return allowed(value).replace(/[&<>"'\r\n\t]/g, (character) => entities[character]!)
}

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;'
}
