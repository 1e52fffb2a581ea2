/**
 * Fixtures are Markdown documents with the exact findings each must produce,
 * in a sibling `.findings` file, one line per finding:
 *
 *     12:5-12:11 ambiguous-wording «быстро»
 *
 * (a phrase broken across lines is written with the break as one space).
 * `valid-*.md` must produce none (and have no `.findings` file); `invalid-*.md`
 * at least one. A folder's `glossary.yaml` replaces the built-in glossary for
 * its fixtures, and its `rules.json` sets rules; a fixture's own `<name>.glossary.yaml` and
 * `<name>.rules.json` replace the folder's. Run with REQLINT_UPDATE_FIXTURES=1
 * to rewrite the `.findings` files, then read the diff before committing it.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {builtinGlossary, type Glossary, type RuleSetting} from '@reqlint/core'
import {lintFile} from './lint-file.js'
import {loadGlossaryFiles} from '@reqlint/core/node'
import {VFile} from 'vfile'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const fixturesDir = path.join(root, 'fixtures')
export const updating = process.env.REQLINT_UPDATE_FIXTURES === '1'

export interface Fixture {
  readonly name: string
  readonly file: string
  readonly findingsFile: string
  readonly glossary: Glossary
  readonly rules: Record<string, RuleSetting> | undefined
}

export function fixturesIn(folder: string): Fixture[] {
  const dir = path.join(fixturesDir, folder)
  const glossaryFile = path.join(dir, 'glossary.yaml')
  const rulesFile = path.join(dir, 'rules.json')
  const glossary = fs.existsSync(glossaryFile) ? loadGlossaryFiles([glossaryFile]) : builtinGlossary()
  const rules = fs.existsSync(rulesFile) ? readRules(rulesFile) : undefined
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort()
    .map((name) => {
      // A fixture's own glossary, `<name>.glossary.yaml`, and rules, `<name>.rules.json`, replace the folder's.
      const own = ownGlossary(path.join(dir, name))
      const ownRules = path.join(dir, name.replace(/\.md$/, '.rules.json'))
      return {
        name: `${folder}/${name}`,
        file: path.join(dir, name),
        findingsFile: path.join(dir, name.replace(/\.md$/, '.findings')),
        glossary: own === undefined ? glossary : loadGlossaryFiles([own]),
        rules: fs.existsSync(ownRules) ? readRules(ownRules) : rules
      }
    })
}

function readRules(file: string): Record<string, RuleSetting> {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, RuleSetting>
}

/** `<name>.glossary.yaml` beside a fixture `<name>.md`, when there is one. */
export function ownGlossary(file: string): string | undefined {
  const own = file.replace(/\.md$/, '.glossary.yaml')
  return fs.existsSync(own) ? own : undefined
}

export interface FixtureResult {
  readonly lines: string[]
  readonly file: VFile
  /** Messages whose `actual` is not the source text at their place. */
  readonly misplaced: string[]
}

export function runFixture(fixture: Fixture): FixtureResult {
  // As the CLI reads it: a BOM is not part of the text, so columns are what an editor shows.
  const text = fs.readFileSync(fixture.file, 'utf8').replace(/^\uFEFF/, '')
  const file = lintFile(new VFile({path: fixture.file, value: text}), {
    glossary: fixture.glossary,
    ...(fixture.rules ? {rules: fixture.rules} : {})
  })
  const misplaced: string[] = []
  const lines = file.messages.map((message) => {
    const start = message.place && 'start' in message.place ? message.place.start : undefined
    const end = message.place && 'end' in message.place ? message.place.end : undefined
    const slice = start?.offset !== undefined && end?.offset !== undefined ? text.slice(start.offset, end.offset) : undefined
    if (slice !== message.actual) misplaced.push(`${message.line}:${message.column} ${message.ruleId}: actual «${message.actual}», source «${slice}»`)
    // A phrase broken across lines is written on one line of the `.findings` file.
    const shown = (message.actual ?? '').replace(/\s*\n\s*/g, ' ')
    return `${start?.line}:${start?.column}-${end?.line}:${end?.column} ${message.ruleId} «${shown}»`
  })
  return {lines, file, misplaced}
}

export function expectedLines(fixture: Fixture): string[] {
  if (!fs.existsSync(fixture.findingsFile)) return []
  return fs
    .readFileSync(fixture.findingsFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
}

export function writeExpected(fixture: Fixture, lines: readonly string[]): void {
  if (lines.length === 0) {
    fs.rmSync(fixture.findingsFile, {force: true})
    return
  }
  fs.writeFileSync(fixture.findingsFile, lines.join('\n') + '\n')
}
