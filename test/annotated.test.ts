/**
 * Precision and recall on whole documents with planted problems
 * (`fixtures/annotated/*.md`, expected findings in `*.annotations`).
 *
 * Every finding not annotated is a false positive and every annotation not
 * reported is a miss; both fail the test, and the figures are printed so a
 * change that trades one for the other is visible in the log.
 */
import fs from 'node:fs'
import path from 'node:path'
import {builtinGlossary} from '@reqlint/core'
import {lintFile} from './lint-file.js'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {fixturesDir} from './fixture-runner.js'

const dir = path.join(fixturesDir, 'annotated')
const documents = fs
  .readdirSync(dir)
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .sort()

/** `<line> <rule-id> «<text>»`, line breaks inside the text written as one space. */
function key(line: number, ruleId: string, text: string): string {
  return `${line} ${ruleId} «${text.replace(/\s*\n\s*/g, ' ')}»`
}

function annotations(file: string): string[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}

describe('annotated documents', () => {
  for (const name of documents) {
    it(`${name}: every planted problem found, nothing else reported`, () => {
      const text = fs.readFileSync(path.join(dir, name), 'utf8')
      const file = lintFile(new VFile({path: name, value: text}), {glossary: builtinGlossary()})
      const actual = file.messages.map((message) => key(message.line ?? 0, message.ruleId ?? '', message.actual ?? ''))
      const expected = annotations(path.join(dir, name.replace(/\.md$/, '.annotations')))
      const expectedSet = new Set(expected)
      const actualSet = new Set(actual)
      const truePositives = actual.filter((finding) => expectedSet.has(finding)).length
      const falsePositives = actual.filter((finding) => !expectedSet.has(finding))
      const misses = expected.filter((finding) => !actualSet.has(finding))
      const precision = actual.length === 0 ? 1 : truePositives / actual.length
      const recall = expected.length === 0 ? 1 : truePositives / expected.length
      console.log(
        `${name}: precision ${(precision * 100).toFixed(1)}% (${truePositives}/${actual.length}), ` +
          `recall ${(recall * 100).toFixed(1)}% (${truePositives}/${expected.length})`
      )
      expect({falsePositives, misses}).toEqual({falsePositives: [], misses: []})
    })
  }
})
