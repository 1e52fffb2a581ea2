/**
 * The README's "What a report looks like" is what the CLI prints for the example ТЗ: a change to a
 * rule's findings or a message's words that the README does not follow fails here, not in a
 * reader's terminal. The README shows the report wrapped to 80 columns, as a terminal gets it; the
 * binary here writes to a pipe, which never wraps, so both are compared with their runs of spaces
 * and line breaks made one space.
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, runBinary} from './helpers.js'

const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')

/** The first ```text block after the heading "What a report looks like". */
function shownReport(): string {
  const section = readme.slice(readme.indexOf('## What a report looks like'))
  const block = /```text\n([\s\S]*?)```/u.exec(section)
  if (!block) throw new Error('README.md: no ```text block under "What a report looks like"')
  return block[1]!
}

const oneSpace = (text: string): string => text.replace(/\s+/gu, ' ').trim()

describe('the README', () => {
  it('shows the report the CLI prints for fixtures/example-tz.md', () => {
    const shown = shownReport().trimEnd().split('\n')
    const summary = shown.pop()!
    const {code, stdout, stderr} = runBinary(['fixtures/example-tz.md'])
    expect(code).toBe(1)
    expect(oneSpace(shown.join('\n'))).toBe(oneSpace(stdout))
    // The summary line's counts; its words follow the environment's language and its time the machine.
    const counts = (line: string): string[] => line.match(/\d+(?= (?:файл|ошиб|предупрежд|file|error|warning))/gu) ?? []
    expect(counts(summary)).toEqual(counts(stderr))
  })
})
