import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {findingText, locales, templateOf, type ReqlintMessage} from '@reqlint/core'
import {describe, expect, it} from 'vitest'
import {expectedLines, fixturesDir, fixturesIn, root, runFixture, updating, writeExpected} from './fixture-runner.js'

// `annotated/` holds whole documents measured for precision and recall (annotated.test.ts),
// `eval/` real documents with a reviewer's verdicts (eval.test.ts): neither is a rule's fixtures.
const measured = new Set(['annotated', 'eval'])
const folders = fs
  .readdirSync(fixturesDir, {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && !measured.has(entry.name) && fs.readdirSync(path.join(fixturesDir, entry.name)).some((name) => name.endsWith('.md') && name !== 'README.md'))
  .map((entry) => entry.name)
  .sort()

for (const folder of folders) {
  describe(`fixtures/${folder}`, () => {
    for (const fixture of fixturesIn(folder)) {
      it(path.basename(fixture.file), () => {
        const {lines, misplaced, file} = runFixture(fixture)
        expect(misplaced, 'every message points at its actual text').toEqual([])
        for (const message of file.messages as ReqlintMessage[]) {
          expect(message.source).toBe('reqlint')
          // The rule's page in the installed @reqlint/core, and the page is there.
          expect(message.url).toBe(pathToFileURL(path.join(root, 'packages/core/docs/rules', `${message.ruleId}.md`)).href)
          expect(fs.existsSync(new URL(message.url!)), message.url).toBe(true)
          expect(typeof message.fatal).toBe('boolean')
          // A message of its rule's, whose text in either locale leaves no placeholder unfilled.
          expect(templateOf(message.ruleId!, message.messageId!), `${message.ruleId}/${message.messageId}`).toBeDefined()
          for (const locale of locales) expect(findingText({ruleId: message.ruleId!, messageId: message.messageId!, data: message.data ?? {}}, locale)).not.toMatch(/[{}]/u)
        }
        if (updating) writeExpected(fixture, lines)
        expect(lines).toEqual(expectedLines(fixture))
        const base = path.basename(fixture.file)
        if (base.startsWith('valid-')) expect(lines, 'a valid fixture stays clean').toEqual([])
        if (base.startsWith('invalid-')) expect(lines.length, 'an invalid fixture fires').toBeGreaterThan(0)
      })
    }
  })
}
