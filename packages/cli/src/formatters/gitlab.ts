/**
 * GitLab Code Quality: the JSON array of issues, a subset of the Code Climate
 * spec, that a job publishes with `artifacts: reports: codequality:` and GitLab
 * shows in the merge request widget and changes view. Each issue has the fields
 * GitLab reads — `description`, `check_name`, `fingerprint`, `severity`,
 * `location.path` and a line — plus Code Climate's `type` and `categories`, so
 * the file is also a valid Code Climate report.
 *
 * GitLab compares the fingerprints of the merge request's report with the
 * target branch's to tell new findings from fixed ones, and shows findings with
 * equal fingerprints as one: the fingerprint is SARIF's recipe (rule, path, text,
 * occurrence; no line), unique within a file and stable as lines move.
 */
import {levelOf, regionOf, replaceLoneSurrogates, reportPath, ruleIdOf, type Level} from './common.js'
import {fingerprints} from './fingerprint.js'
import type {Formatter} from './index.js'

/** GitLab's scale is info, minor, major, critical, blocker; a reqlint error blocks nothing by itself. */
const severities: Record<Level, 'major' | 'minor' | 'info'> = {error: 'major', warning: 'minor', info: 'info'}

interface Issue {
  type: 'issue'
  check_name: string
  description: string
  categories: ['Clarity']
  severity: 'major' | 'minor' | 'info'
  fingerprint: string
  location: {
    path: string
    lines?: {begin: number}
    positions?: {begin: {line: number; column: number}; end: {line: number; column: number}}
  }
}

export const gitlab: Formatter = (files, options) => {
  const issues: Issue[] = []
  for (const file of files) {
    const filePath = replaceLoneSurrogates(reportPath(file, options.cwd) ?? '')
    const fingerprintOf = fingerprints(file, options.cwd)
    for (const [index, message] of file.messages.entries()) {
      const region = regionOf(message)
      issues.push({
        type: 'issue',
        check_name: ruleIdOf(message),
        // GitLab shows an empty description as a blank row; vfile allows an empty reason.
        description: replaceLoneSurrogates(message.reason === '' ? ruleIdOf(message) : message.reason),
        categories: ['Clarity'],
        severity: severities[levelOf(message)],
        fingerprint: fingerprintOf[index]!,
        // GitLab needs a line: a problem with the whole file (unreadable, binary) is placed on line 1.
        location: region
          ? {
              path: filePath,
              positions: {
                begin: {line: region.startLine, column: region.startColumn},
                end: {line: region.endLine ?? region.startLine, column: region.endColumn ?? region.startColumn}
              }
            }
          : {path: filePath, lines: {begin: 1}}
      })
    }
  }
  return JSON.stringify(issues, null, 2) + '\n'
}
