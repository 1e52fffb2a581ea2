/**
 * A glossary file's problems, each at its line and column, in English and in
 * Russian: a table written from the readers before the configuration joined
 * them on one schema, so that the move keeps every message byte for byte, and
 * which problem is found first.
 */
import {describe, expect, it} from 'vitest'
import {parseGlossaryFile} from '../src/glossary/parse.js'
import {problemOf} from './problem-of.js'

// [file, text, English, Russian]
const problems: Array<[string, string, string, string]> = [
  ['g.yaml', '', 'g.yaml:1:1: the glossary is empty', 'g.yaml:1:1: глоссарий пуст'],
  ['g.yaml', '- a\n', 'g.yaml:1:1: expected the glossary to be a mapping', 'g.yaml:1:1: глоссарий должен быть словарём (ключ: значение)'],
  ['g.yaml', 'term: x\n', 'g.yaml:1:1: unknown key `term` in the glossary (expected one of: language, extends, remove, terms, abbreviations, builtinAbbreviations, ambiguous, distinct)', 'g.yaml:1:1: неизвестный ключ `term` в глоссарии (допустимы: language, extends, remove, terms, abbreviations, builtinAbbreviations, ambiguous, distinct)'],
  ['g.yaml', '5: x\n', 'g.yaml:1:1: expected a string key in the glossary', 'g.yaml:1:1: в глоссарии ключ должен быть строкой'],
  ['g.yaml', '<<: {terms: []}\n', 'g.yaml:1:1: YAML merge keys (`<<`) are not supported: write the keys out', 'g.yaml:1:1: ключи слияния YAML (`<<`) не поддерживаются: напишите ключи полностью'],
  ['g.yaml', 'terms: x\n', 'g.yaml:1:8: expected `terms` to be a list', 'g.yaml:1:8: значение `terms` должно быть списком'],
  ['g.yaml', 'terms:\n', 'g.yaml:1:7: expected `terms` to be a list', 'g.yaml:1:7: значение `terms` должно быть списком'],
  ['g.yaml', 'terms:\n  - 5\n', 'g.yaml:2:5: expected a term entry to be a mapping', 'g.yaml:2:5: запись термина должна быть словарём (ключ: значение)'],
  ['g.yaml', 'terms:\n  - definition: x\n', 'g.yaml:2:5: a term entry needs a `term`', 'g.yaml:2:5: в записи термина нет ключа `term`'],
  ['g.yaml', 'terms:\n  - term: x\n    synonim: y\n', 'g.yaml:3:5: unknown key `synonim` in a term entry (expected one of: term, abbreviation, definition, synonyms, avoid, context)', 'g.yaml:3:5: неизвестный ключ `synonim` в записи термина (допустимы: term, abbreviation, definition, synonyms, avoid, context)'],
  ['g.yaml', 'terms:\n  - term: [x]\n', 'g.yaml:2:11: expected `term` to be a string', 'g.yaml:2:11: значение `term` должно быть строкой'],
  ['g.yaml', 'terms:\n  - term: " "\n', 'g.yaml:2:11: expected `term` to be a non-empty string', 'g.yaml:2:11: значение `term` должно быть непустой строкой'],
  ['g.yaml', 'terms:\n  - term: x\n    abbreviation: [A, {b: 1}]\n', 'g.yaml:3:23: expected each item of `abbreviation` to be a string', 'g.yaml:3:23: каждый элемент `abbreviation` должен быть строкой'],
  ['g.yaml', 'terms:\n  - term: x\n    abbreviation: {b: 1}\n', 'g.yaml:3:19: expected `abbreviation` to be a string or a list of strings', 'g.yaml:3:19: значение `abbreviation` должно быть строкой или списком строк'],
  ['g.yaml', 'terms:\n  - term: x\n    abbreviation:\n', 'g.yaml:3:18: expected `abbreviation` to be a string', 'g.yaml:3:18: значение `abbreviation` должно быть строкой'],
  ['g.yaml', 'terms:\n  - term: x\n    definition:\n', 'g.yaml:3:16: expected `definition` to be a string', 'g.yaml:3:16: значение `definition` должно быть строкой'],
  ['g.yaml', 'terms:\n  - term: x\n    definition: [a]\n', 'g.yaml:3:17: expected `definition` to be a string', 'g.yaml:3:17: значение `definition` должно быть строкой'],
  ['g.yaml', 'terms:\n  - term: x\n    context: [a, ""]\n', 'g.yaml:3:18: expected each item of `context` to be a non-empty string', 'g.yaml:3:18: каждый элемент `context` должен быть непустой строкой'],
  ['g.yaml', 'terms:\n  - term: x\n    context:\n', 'g.yaml:3:13: expected `context` to be a string', 'g.yaml:3:13: значение `context` должно быть строкой'],
  ['g.yaml', 'language: de\n', 'g.yaml:1:11: unknown language `de` (expected ru or en)', 'g.yaml:1:11: неизвестный язык `de` (допустимы ru и en)'],
  ['g.yaml', 'language: [ru]\n', 'g.yaml:1:11: expected `language` to be a string', 'g.yaml:1:11: значение `language` должно быть строкой'],
  ['g.yaml', 'language:\n', 'g.yaml:1:10: expected `language` to be a string', 'g.yaml:1:10: значение `language` должно быть строкой'],
  ['g.yaml', 'builtinAbbreviations: yes\n', 'g.yaml:1:23: expected `builtinAbbreviations` to be true or false', 'g.yaml:1:23: значение `builtinAbbreviations` должно быть true или false'],
  ['g.yaml', 'builtinAbbreviations:\n', 'g.yaml:1:22: expected `builtinAbbreviations` to be true or false', 'g.yaml:1:22: значение `builtinAbbreviations` должно быть true или false'],
  ['g.yaml', 'extends: {a: 1}\n', 'g.yaml:1:10: expected `extends` to be a string or a list of strings', 'g.yaml:1:10: значение `extends` должно быть строкой или списком строк'],
  ['g.yaml', 'remove: [a, [b]]\n', 'g.yaml:1:13: expected each item of `remove` to be a string', 'g.yaml:1:13: каждый элемент `remove` должен быть строкой'],
  ['g.yaml', 'abbreviations: [5, true]\n', 'g.yaml:1:20: expected each item of `abbreviations` to be a string', 'g.yaml:1:20: каждый элемент `abbreviations` должен быть строкой'],
  ['g.yaml', 'ambiguous: [a]\n', 'g.yaml:1:12: expected `ambiguous` to be a mapping', 'g.yaml:1:12: значение `ambiguous` должно быть словарём (ключ: значение)'],
  ['g.yaml', 'ambiguous:\n  add: {a: 1}\n', 'g.yaml:2:8: expected `ambiguous.add` to be a list', 'g.yaml:2:8: значение `ambiguous.add` должно быть списком'],
  ['g.yaml', 'ambiguous:\n  add:\n    - word: мощный\n      forms: [adverb, plural]\n', 'g.yaml:4:23: unknown form `plural` (expected adverb or comparative)', 'g.yaml:4:23: неизвестная форма `plural` (допустимы adverb и comparative)'],
  ['g.yaml', 'ambiguous:\n  add:\n    - forms: [adverb]\n', 'g.yaml:3:7: an `ambiguous.add` entry needs a `word`', 'g.yaml:3:7: в записи `ambiguous.add` нет ключа `word`'],
  ['g.yaml', 'ambiguous:\n  add:\n    - word: x\n      form: [adverb]\n', 'g.yaml:4:7: unknown key `form` in an `ambiguous.add` entry (expected one of: word, forms)', 'g.yaml:4:7: неизвестный ключ `form` в записи `ambiguous.add` (допустимы: word, forms)'],
  ['g.yaml', 'ambiguous:\n  add: [[a]]\n', 'g.yaml:2:9: expected each item of `ambiguous.add` to be a string', 'g.yaml:2:9: каждый элемент `ambiguous.add` должен быть строкой'],
  ['g.yaml', 'ambiguous:\n  remove: {a: 1}\n', 'g.yaml:2:11: expected `ambiguous.remove` to be a string or a list of strings', 'g.yaml:2:11: значение `ambiguous.remove` должно быть строкой или списком строк'],
  ['g.yaml', 'ambiguous:\n  other: 1\n', 'g.yaml:2:3: unknown key `other` in `ambiguous` (expected one of: add, remove)', 'g.yaml:2:3: неизвестный ключ `other` в `ambiguous` (допустимы: add, remove)'],
  ['g.yaml', 'ambiguous: 5\n', 'g.yaml:1:12: expected `ambiguous` to be a mapping', 'g.yaml:1:12: значение `ambiguous` должно быть словарём (ключ: значение)'],
  ['g.yaml', 'distinct: [a]\n', 'g.yaml:1:11: `distinct` needs two names or more: the names of different concepts', 'g.yaml:1:11: в `distinct` нужно не меньше двух имён — имён разных понятий'],
  ['g.yaml', 'distinct: [[a, b], [c]]\n', 'g.yaml:1:20: `distinct` needs two names or more: the names of different concepts', 'g.yaml:1:20: в `distinct` нужно не меньше двух имён — имён разных понятий'],
  ['g.yaml', 'distinct: a\n', 'g.yaml:1:11: expected `distinct` to be a list', 'g.yaml:1:11: значение `distinct` должно быть списком'],
  ['g.yaml', 'distinct: [[a, b], c]\n', 'g.yaml:1:12: expected each item of `distinct` to be a string', 'g.yaml:1:12: каждый элемент `distinct` должен быть строкой'],
  ['g.yaml', 'terms:\n  - term: &t x\n  - term: *t\n', 'g.yaml:3:11: YAML aliases are not supported (`*t`): write the value out', 'g.yaml:3:11: псевдонимы YAML не поддерживаются (`*t`): напишите значение полностью'],
  ['g.yaml', 'terms: !!set {a}\n', 'g.yaml:1:8: YAML tag `!!set` is not supported (the file is plain data: strings, numbers, lists and mappings)', 'g.yaml:1:8: тег YAML `!!set` не поддерживается: в файле только данные — строки, числа, списки и словари'],
  ['g.json', '{"terms": [{"term": 5}], "language": "xx"}', 'g.json:1:38: unknown language `xx` (expected ru or en)', 'g.json:1:38: неизвестный язык `xx` (допустимы ru и en)'],
  ['g.yaml', 'language: xx\nterms: 5\n', 'g.yaml:1:11: unknown language `xx` (expected ru or en)', 'g.yaml:1:11: неизвестный язык `xx` (допустимы ru и en)'],
  ['g.yaml', 'terms: 5\nambiguous: 5\n', 'g.yaml:1:8: expected `terms` to be a list', 'g.yaml:1:8: значение `terms` должно быть списком'],
  ['g.yaml', 'ambiguous: 5\ndistinct: 5\n', 'g.yaml:1:12: expected `ambiguous` to be a mapping', 'g.yaml:1:12: значение `ambiguous` должно быть словарём (ключ: значение)'],
  ['g.yaml', 'distinct: 5\nextends: 5\n', 'g.yaml:1:11: expected `distinct` to be a list', 'g.yaml:1:11: значение `distinct` должно быть списком'],
  ['g.yaml', 'remove: 5\nabbreviations: {}\n', 'g.yaml:2:16: expected `abbreviations` to be a string or a list of strings', 'g.yaml:2:16: значение `abbreviations` должно быть строкой или списком строк'],
  ['g.yaml', 'abbreviations: {}\nbuiltinAbbreviations: 5\n', 'g.yaml:1:16: expected `abbreviations` to be a string or a list of strings', 'g.yaml:1:16: значение `abbreviations` должно быть строкой или списком строк'],
  ['g.csv', '', 'g.csv:1:1: the glossary is empty', 'g.csv:1:1: глоссарий пуст'],
  ['g.csv', 'term,abbr\n', 'g.csv:1:6: unknown column `abbr` (expected: term, abbreviation, definition, synonyms, avoid)', 'g.csv:1:6: неизвестный столбец `abbr` (допустимы: term, abbreviation, definition, synonyms, avoid)'],
  ['g.csv', 'term,term\n', 'g.csv:1:6: column `term` appears twice', 'g.csv:1:6: столбец `term` встречается дважды'],
  ['g.csv', 'definition\nx\n', 'g.csv:1:1: the header row needs a `term` column', 'g.csv:1:1: в строке заголовков нет столбца `term`'],
  ['g.csv', 'term,definition\nx,y,z\n', 'g.csv:2:5: row has 3 cells, the header 2', 'g.csv:2:5: в строке 3 ячейки, а в строке заголовков 2'],
  ['g.csv', 'term,definition\n,y\n', 'g.csv:2:1: row has an empty `term`', 'g.csv:2:1: в строке пустой `term`'],
  ['g.csv', 'term\n"x\n', 'g.csv:2:1: unclosed quote in CSV cell', 'g.csv:2:1: в ячейке CSV не закрыта кавычка'],
  ['g.csv', 'term\n"x"y\n', 'g.csv:2:4: unexpected text after a closing quote in CSV cell', 'g.csv:2:4: в ячейке CSV после закрывающей кавычки идёт текст']
]

describe('a glossary file’s problems', () => {
  it.each(problems)('%s %j', (file, text, en, ru) => {
    expect(problemOf(() => parseGlossaryFile(file, text))).toEqual([en, ru])
  })

  it.each([
    ['g.json', '{"terms": [{"term": "x", "abbreviation": 5}]}'],
    ['g.yaml', 'extends: 5\nremove: 5\n']
  ])('reads %s %j', (file, text) => {
    expect(problemOf(() => parseGlossaryFile(file, text))).toBe('read')
  })
})
