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
import {problemOf} from './problem-of.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const source = (file: string) => ({path: file, text: fs.readFileSync(path.join(root, file), 'utf8')})
const sources: DataSources = {
  ambiguousRu: source('packages/core/data/ambiguous.ru.yaml'),
  ambiguousEn: source('packages/core/data/ambiguous.en.yaml'),
  knownAbbreviations: source('packages/core/data/known-abbreviations.yaml'),
  wellKnownAbbreviations: source('packages/core/data/well-known-abbreviations.yaml'),
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

  // Written from the hand-written readers of the word lists before they moved onto the schema:
  // each problem, its place and its words stay as they were. [data file, its text, English, Russian]
  it.each([
    ['units', 'units: [Б, КБ]\nunit: [x]\n', 'packages/core/data/units.yaml:2:1: unknown key `unit` in the file (expected one of: units, quantities)', 'packages/core/data/units.yaml:2:1: неизвестный ключ `unit` в файле (допустимы: units, quantities)'],
    ['units', '- a\n', 'packages/core/data/units.yaml:1:1: expected the file to be a mapping', 'packages/core/data/units.yaml:1:1: файл должен быть словарём (ключ: значение)'],
    ['units', 'units: {a: 1}\nquantities: {ru: [a]}\n', 'packages/core/data/units.yaml:1:8: expected `units` to be a string or a list of strings', 'packages/core/data/units.yaml:1:8: значение `units` должно быть строкой или списком строк'],
    ['units', 'units: [a, {b: 1}]\nquantities: {ru: [a]}\n', 'packages/core/data/units.yaml:1:12: expected each item of `units` to be a string', 'packages/core/data/units.yaml:1:12: каждый элемент `units` должен быть строкой'],
    ['units', 'units: [a, ""]\nquantities: {ru: [a]}\n', 'packages/core/data/units.yaml:1:12: expected each item of `units` to be a non-empty string', 'packages/core/data/units.yaml:1:12: каждый элемент `units` должен быть непустой строкой'],
    ['capitalizedWords', 'word: [a]\n', 'packages/core/data/capitalized-words.yaml:1:1: unknown key `word` in the file (expected one of: words)', 'packages/core/data/capitalized-words.yaml:1:1: неизвестный ключ `word` в файле (допустимы: words)'],
    ['knownAbbreviations', 'ru: [a]\nde: [b]\n', 'packages/core/data/known-abbreviations.yaml:2:1: unknown key `de` in the file (expected one of: ru, en)', 'packages/core/data/known-abbreviations.yaml:2:1: неизвестный ключ `de` в файле (допустимы: ru, en)'],
    ['knownAbbreviations', 'ru: [a]\nen: {b: 1}\n', 'packages/core/data/known-abbreviations.yaml:2:5: expected the file to be a string or a list of strings', 'packages/core/data/known-abbreviations.yaml:2:5: файл должен быть строкой или списком строк'],
    ['knownAbbreviations', 'en: [a, [b]]\nru: [1, {}]\n', 'packages/core/data/known-abbreviations.yaml:1:9: expected the file to be a string', 'packages/core/data/known-abbreviations.yaml:1:9: файл должен быть строкой'],
    ['wellKnownAbbreviations', 'abbreviation: [API]\n', 'packages/core/data/well-known-abbreviations.yaml:1:1: unknown key `abbreviation` in the file (expected one of: abbreviations)', 'packages/core/data/well-known-abbreviations.yaml:1:1: неизвестный ключ `abbreviation` в файле (допустимы: abbreviations)'],
    ['knownAbbreviations', '[a]\n', 'packages/core/data/known-abbreviations.yaml:1:1: expected the file to be a mapping', 'packages/core/data/known-abbreviations.yaml:1:1: файл должен быть словарём (ключ: значение)'],
    ['units', 'units: [a]\nquantities: [a]\n', 'packages/core/data/units.yaml:2:13: expected the file to be a mapping', 'packages/core/data/units.yaml:2:13: файл должен быть словарём (ключ: значение)'],
    ['units', 'units: [a]\n', 'packages/core/data/units.yaml:1:1: expected the file to be a mapping', 'packages/core/data/units.yaml:1:1: файл должен быть словарём (ключ: значение)'],
    ['units', 'units: [a]\nquantities:\n  ru: [a]\n  fr: [b]\n', 'packages/core/data/units.yaml:4:3: unknown key `fr` in the file (expected one of: ru, en)', 'packages/core/data/units.yaml:4:3: неизвестный ключ `fr` в файле (допустимы: ru, en)'],
    ['sentences', 'continuing:\n  ru: [a]\n  en: [""]\n', 'packages/core/data/sentences.yaml:3:8: expected the file to be a non-empty string', 'packages/core/data/sentences.yaml:3:8: файл должен быть непустой строкой'],
    ['sentences', 'continue: {}\n', 'packages/core/data/sentences.yaml:1:1: unknown key `continue` in the file (expected one of: continuing)', 'packages/core/data/sentences.yaml:1:1: неизвестный ключ `continue` в файле (допустимы: continuing)'],
    ['morphologyRu', 'adverb: [a]\n', 'packages/core/data/morphology.ru.yaml:1:1: unknown key `adverb` in the file (expected one of: functionWords, adverbs, nounsInNo, nounsInOj, nounsInNij, nounsInChie, nounsInAya, nativeNeuterE, indeclinableYe, indeclinableO, pluralOnlySoft, masculineSoft, feminineSoft, keepsVowel, qualitativeOj, qualitativeOv, notInfinitives, hyphenParticles, pronouns, obliqueStems, irregularNouns, irregularComparatives)', 'packages/core/data/morphology.ru.yaml:1:1: неизвестный ключ `adverb` в файле (допустимы: functionWords, adverbs, nounsInNo, nounsInOj, nounsInNij, nounsInChie, nounsInAya, nativeNeuterE, indeclinableYe, indeclinableO, pluralOnlySoft, masculineSoft, feminineSoft, keepsVowel, qualitativeOj, qualitativeOv, notInfinitives, hyphenParticles, pronouns, obliqueStems, irregularNouns, irregularComparatives)'],
    ['morphologyRu', 'obliqueStems: {путь: пут}\nadverbs: [быстро, быстро]\n', 'packages/core/data/morphology.ru.yaml:2:19: `adverbs`: `быстро` appears twice', 'packages/core/data/morphology.ru.yaml:2:19: `adverbs`: `быстро` appears twice'],
    ['morphologyRu', 'obliqueStems: {путь: пут}\nadverbs: [быстро, Быстро]\n', 'packages/core/data/morphology.ru.yaml:2:19: `adverbs`: `Быстро` must be a normalised Russian word (lower case, «е» for «ё»)', 'packages/core/data/morphology.ru.yaml:2:19: `adverbs`: `Быстро` must be a normalised Russian word (lower case, «е» for «ё»)'],
    ['morphologyRu', 'obliqueStems: {путь: пут}\nadverbs: [ёлка]\n', 'packages/core/data/morphology.ru.yaml:2:11: `adverbs`: `ёлка` must be a normalised Russian word (lower case, «е» for «ё»)', 'packages/core/data/morphology.ru.yaml:2:11: `adverbs`: `ёлка` must be a normalised Russian word (lower case, «е» for «ё»)'],
    ['morphologyRu', 'obliqueStems: {путь: пут}\nadverbs: {a: 1}\n', 'packages/core/data/morphology.ru.yaml:2:10: expected `adverbs` to be a string or a list of strings', 'packages/core/data/morphology.ru.yaml:2:10: значение `adverbs` должно быть строкой или списком строк'],
    ['morphologyRu', 'obliqueStems: {путь: пут}\npronouns: [a]\n', 'packages/core/data/morphology.ru.yaml:2:11: expected `pronouns` to be a mapping', 'packages/core/data/morphology.ru.yaml:2:11: expected `pronouns` to be a mapping'],
    ['morphologyRu', 'obliqueStems: {путь: пут}\npronouns: {он: [его, Ему]}\n', 'packages/core/data/morphology.ru.yaml:2:22: `pronouns.он`: `Ему` must be a normalised Russian word (lower case, «е» for «ё»)', 'packages/core/data/morphology.ru.yaml:2:22: `pronouns.он`: `Ему` must be a normalised Russian word (lower case, «е» for «ё»)'],
    ['morphologyRu', 'obliqueStems: {путь: пут}\npronouns: {он: его}\n', 'packages/core/data/morphology.ru.yaml:2:11: `pronouns.он`: expected a list of forms', 'packages/core/data/morphology.ru.yaml:2:11: `pronouns.он`: expected a list of forms'],
    ['morphologyRu', 'pronouns: {он: [его]}\nobliqueStems: {путь: [пут]}\n', 'packages/core/data/morphology.ru.yaml:2:15: `obliqueStems.путь`: expected one stem', 'packages/core/data/morphology.ru.yaml:2:15: `obliqueStems.путь`: expected one stem'],
    ['morphologyRu', 'pronouns: {он: [его]}\nobliqueStems: {Путь: пут}\n', 'packages/core/data/morphology.ru.yaml:2:16: `obliqueStems`: `Путь` must be a normalised Russian word (lower case, «е» for «ё»)', 'packages/core/data/morphology.ru.yaml:2:16: `obliqueStems`: `Путь` must be a normalised Russian word (lower case, «е» for «ё»)'],
    ['morphologyRu', 'pronouns: {он: [его]}\nobliqueStems: {путь: {a: 1}}\n', 'packages/core/data/morphology.ru.yaml:2:22: expected `obliqueStems.путь` to be a string', 'packages/core/data/morphology.ru.yaml:2:22: значение `obliqueStems.путь` должно быть строкой'],
    ['morphologyRu', 'pronouns: {он: [его]}\nobliqueStems: {путь: пут}\nirregularNouns: {a: [b]}\n', 'packages/core/data/morphology.ru.yaml:3:18: `irregularNouns`: `a` must be a normalised Russian word (lower case, «е» for «ё»)', 'packages/core/data/morphology.ru.yaml:3:18: `irregularNouns`: `a` must be a normalised Russian word (lower case, «е» for «ё»)'],
    ['morphologyRu', 'pronouns: {он: [его]}\nobliqueStems: {путь: пут}\nirregularNouns: {мать: [матери]}\nirregularComparatives: {хороший: лучше}\n', 'packages/core/data/morphology.ru.yaml:4:24: `irregularComparatives.хороший`: expected a list of forms', 'packages/core/data/morphology.ru.yaml:4:24: `irregularComparatives.хороший`: expected a list of forms'],
    ['morphologyRu', 'pronouns: {5: [его]}\nobliqueStems: {путь: пут}\n', 'packages/core/data/morphology.ru.yaml:1:12: `pronouns`: `5` must be a normalised Russian word (lower case, «е» for «ё»)', 'packages/core/data/morphology.ru.yaml:1:12: `pronouns`: `5` must be a normalised Russian word (lower case, «е» for «ё»)'],
    ['morphologyRu', 'pronouns: {он: }\nobliqueStems: {путь: пут}\n', 'packages/core/data/morphology.ru.yaml:1:16: expected `pronouns.он` to be a string', 'packages/core/data/morphology.ru.yaml:1:16: значение `pronouns.он` должно быть строкой'],
    ['morphologyRu', 'obliqueStems: {путь: пут}\npronouns:\n  ? [a]\n  : [b]\n', 'packages/core/data/morphology.ru.yaml:3:5: expected `a key of pronouns` to be a string', 'packages/core/data/morphology.ru.yaml:3:5: значение `a key of pronouns` должно быть строкой'],
    ['morphologyRu', 'obliqueStems: {путь: пут}\nadverbs: [быстро]\nadverbs: [x]\n', 'packages/core/data/morphology.ru.yaml:3:1: Map keys must be unique', 'packages/core/data/morphology.ru.yaml:3:1: ошибка в синтаксисе YAML: ключ повторяется: в словаре каждый ключ пишется один раз'],
    ['morphologyRu', 'obliqueStems: {путь: пут, путь: пу}\n', 'packages/core/data/morphology.ru.yaml:1:27: Map keys must be unique', 'packages/core/data/morphology.ru.yaml:1:27: ошибка в синтаксисе YAML: ключ повторяется: в словаре каждый ключ пишется один раз']
  ] as Array<[keyof DataSources, string, string, string]>)('refuses a mistake in %s: %j', (key, text, en, ru) => {
    expect(problemOf(() => readBuiltinData({...sources, [key]: {path: sources[key].path, text}}))).toEqual([en, ru])
  })

  it.each([
    ['capitalizedWords', 'words: 5\n'],
    ['morphologyRu', 'pronouns: {он: [его]}\nobliqueStems: {путь: пут}\nirregularNouns: {мать: [матери]}\nirregularComparatives: {хороший: [лучше]}\nadverbs: [быстро]\n'],
    ['morphologyRu', 'pronouns: {он: [его]}\nobliqueStems: {путь: пут}\nirregularNouns: {мать: [матери]}\nirregularComparatives: {хороший: [лучше]}\nadverbs: [быстро]\nfunctionWords: [и]\n']
  ] as Array<[keyof DataSources, string]>)('reads %s: %j', (key, text) => {
    expect(problemOf(() => readBuiltinData({...sources, [key]: {path: sources[key].path, text}}))).toBe('read')
  })
})
