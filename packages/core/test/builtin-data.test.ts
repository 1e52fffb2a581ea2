/**
 * The built-in data and glossary are read and validated at build time
 * (scripts/build-data.js) into a typed module. A run must see exactly what the
 * strict readers give for the YAML files as they are now (a stale build fails
 * here), and a mistake in a data file is a located error.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {DataError} from '../src/data-error.js'
import {builtinData} from '../src/data/index.js'
import {plainData, readBuiltinData, type DataSources} from '../src/data/read.js'
import {builtinGlossary, builtinGlossaryLanguage, builtinGlossaryPath, builtinGlossaryText} from '../src/glossary/builtin.js'
import {mergeGlossaryFiles} from '../src/glossary/merge.js'
import {parseGlossaryFile} from '../src/glossary/parse.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const source = (file: string) => ({path: file, text: fs.readFileSync(path.join(root, file), 'utf8')})
const sources: DataSources = {
  ambiguousRu: source('packages/core/data/ambiguous.ru.yaml'),
  ambiguousEn: source('packages/core/data/ambiguous.en.yaml'),
  knownAbbreviations: source('packages/core/data/known-abbreviations.yaml'),
  legalForms: source('packages/core/data/legal-forms.yaml'),
  units: source('packages/core/data/units.yaml'),
  capitalizedWords: source('packages/core/data/capitalized-words.yaml'),
  productNames: source('packages/core/data/product-names.yaml'),
  termsSections: source('packages/core/data/terms-sections.yaml'),
  requirements: source('packages/core/data/requirements.yaml'),
  termVariants: source('packages/core/data/term-variants.yaml'),
  morphologyRu: source('packages/core/data/morphology.ru.yaml'),
  sentences: source('packages/core/data/sentences.yaml')
}

describe('the built-in data, as built', () => {
  it('is what the strict reader gives for the YAML files now', () => {
    expect(plainData(builtinData())).toEqual(plainData(readBuiltinData(sources)))
  })

  it('holds the built-in glossary as its file reads, with its file for `extends`', () => {
    const text = fs.readFileSync(path.join(root, 'glossary/crm.ru.yaml'), 'utf8')
    expect(JSON.stringify(builtinGlossary())).toBe(JSON.stringify(mergeGlossaryFiles([parseGlossaryFile('reqlint:crm.ru', text)])))
    expect(builtinGlossary().entries.length).toBeGreaterThan(100)
    expect([builtinGlossaryPath, builtinGlossaryLanguage, builtinGlossaryText('reqlint:crm.ru')]).toEqual(['glossary/crm.ru.yaml', 'ru', text])
  })

  it('refuses a data file with a mistake, at its place', () => {
    const broken = {...sources, units: {path: 'packages/core/data/units.yaml', text: 'units: [Б, КБ]\nunit: [x]\n'}}
    expect(() => readBuiltinData(broken)).toThrow(DataError)
    expect(() => readBuiltinData(broken)).toThrow(/^packages\/core\/data\/units\.yaml:2:1: unknown key `unit`/u)
  })
})
