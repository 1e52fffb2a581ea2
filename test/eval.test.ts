/**
 * Precision and recall on real requirements documents (fixtures/eval/), against a
 * reviewer's annotations. Every finding must carry a verdict, so a rule change
 * that makes new findings fails here until someone has read them; each
 * `rule/lang` (and `rule/lang/kind`) listed in thresholds.json must keep its
 * minimum precision and recall. The table is printed so that a trade of one for
 * the other shows in the log. Documents from ../shared/corpus are skipped where
 * that folder is absent (a machine with this repository alone), and the floors are
 * then those of the documents the repository holds, `thresholds.repository.json`:
 * the shared corpus's 23 documents move every figure.
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
// @ts-expect-error -- a plain ES module script without types
import {evaluate, precision, recall, root} from '../scripts/eval.js'

interface Count {
  findings: number
  true: number
  false: number
  debatable: number
  unreviewed: number
  missed: number
}
interface Listed {
  document: string
  line: number
  column: number
  rule: string
  text: string
}
interface Evaluation {
  documents: number
  available: number
  counts: Map<string, Count>
  listed: {false: Listed[]; unreviewed: Listed[]; missed: Listed[]}
}

const result = (await evaluate()) as Evaluation

const thresholdsFile = result.available === result.documents ? 'thresholds.json' : 'thresholds.repository.json'
const thresholds = JSON.parse(fs.readFileSync(path.join(root as string, 'fixtures/eval', thresholdsFile), 'utf8')) as Record<
  string,
  {precision?: number; recall?: number}
>

describe('precision and recall on real documents', () => {
  const show = (entry: Listed) => `${entry.document}:${entry.line}:${entry.column} ${entry.rule} «${entry.text}»`

  it('every finding has a reviewer’s verdict', () => {
    expect(result.listed.unreviewed.map(show)).toEqual([])
  })

  for (const [name, minimum] of Object.entries(thresholds)) {
    it(`${name}: precision ≥ ${minimum.precision ?? 0}, recall ≥ ${minimum.recall ?? 0}`, () => {
      const count = result.counts.get(name)
      if (count === undefined) {
        // Nothing found and nothing annotated: only possible when the documents are absent.
        expect(result.available).toBe(0)
        return
      }
      const measured = {precision: precision(count) as number, recall: recall(count) as number}
      console.log(`${name}: precision ${measured.precision.toFixed(3)}, recall ${measured.recall.toFixed(3)}`, count)
      expect(measured.precision).toBeGreaterThanOrEqual(minimum.precision ?? 0)
      expect(measured.recall).toBeGreaterThanOrEqual(minimum.recall ?? 0)
    })
  }
})
