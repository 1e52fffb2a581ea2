/**
 * The configuration's problems, each at its file, line and column, worded in
 * both locales: a table written from the hand-written validator before it moved
 * onto core's schema, so that the move keeps every message byte for byte (and the
 * order in which the first problem is found). YAML and JSON name the place; a
 * JS module's value has none (1:1); package.json's `reqlint` key is read in place.
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {DataError} from '@reqlint/core/lint'
import {loadConfigFile} from '../src/config-files.js'
import {tempDir} from './helpers.js'

/** Loads `text` as `name`: the configuration, or the problem in English and Russian, with the locales `onLocale` heard. */
async function load(name: string, text: string): Promise<{config?: unknown; en?: string; ru?: string; locales: string[]}> {
  const dir = tempDir({[name]: text})
  const locales: string[] = []
  try {
    const {config} = await loadConfigFile(path.join(dir, name), (locale) => locales.push(locale))
    return {config: JSON.parse(JSON.stringify(config)) as unknown, locales}
  } catch (error) {
    if (!(error instanceof DataError)) throw error
    return {en: error.textIn('en').replace(dir, '<dir>'), ru: error.textIn('ru').replace(dir, '<dir>'), locales}
  } finally {
    fs.rmSync(dir, {recursive: true, force: true})
  }
}

// [file, text, English, Russian]
const refusals: Array<[string, string, string, string]> = [
  ['.reqlintrc.yaml', '- a\n', '<dir>/.reqlintrc.yaml:1:1: expected the configuration to be a mapping of keys to values', '<dir>/.reqlintrc.yaml:1:1: конфигурация должна быть словарём (ключ: значение)'],
  ['.reqlintrc.json', '[]\n', '<dir>/.reqlintrc.json:1:1: expected the configuration to be a mapping of keys to values', '<dir>/.reqlintrc.json:1:1: конфигурация должна быть словарём (ключ: значение)'],
  ['.reqlintrc.json', '"x"\n', '<dir>/.reqlintrc.json:1:1: expected the configuration to be a mapping of keys to values', '<dir>/.reqlintrc.json:1:1: конфигурация должна быть словарём (ключ: значение)'],
  ['.reqlintrc.yaml', 'glosary: g.yaml\n', '<dir>/.reqlintrc.yaml:1:1: unknown key `glosary` in the configuration (expected one of: glossary, rules, language, locale, sections, ignorePatterns, overrides)', '<dir>/.reqlintrc.yaml:1:1: неизвестный ключ `glosary` в конфигурации (допустимы: glossary, rules, language, locale, sections, ignorePatterns, overrides)'],
  ['.reqlintrc.json', '{"rules": {}, "1": 2}\n', '<dir>/.reqlintrc.json:1:15: unknown key `1` in the configuration (expected one of: glossary, rules, language, locale, sections, ignorePatterns, overrides)', '<dir>/.reqlintrc.json:1:15: неизвестный ключ `1` в конфигурации (допустимы: glossary, rules, language, locale, sections, ignorePatterns, overrides)'],
  ['.reqlintrc.yaml', '1: x\n', '<dir>/.reqlintrc.yaml:1:1: unknown key `1` in the configuration (expected one of: glossary, rules, language, locale, sections, ignorePatterns, overrides)', '<dir>/.reqlintrc.yaml:1:1: неизвестный ключ `1` в конфигурации (допустимы: glossary, rules, language, locale, sections, ignorePatterns, overrides)'],
  ['.reqlintrc.yaml', '<<: {rules: {}}\n', '<dir>/.reqlintrc.yaml:1:1: unknown key `<<` in the configuration (expected one of: glossary, rules, language, locale, sections, ignorePatterns, overrides)', '<dir>/.reqlintrc.yaml:1:1: неизвестный ключ `<<` в конфигурации (допустимы: glossary, rules, language, locale, sections, ignorePatterns, overrides)'],
  ['reqlint.config.mjs', 'export default [1]\n', '<dir>/reqlint.config.mjs:1:1: expected the configuration to be a mapping of keys to values', '<dir>/reqlint.config.mjs:1:1: конфигурация должна быть словарём (ключ: значение)'],
  ['reqlint.config.mjs', 'export default {glossary: 5}\n', '<dir>/reqlint.config.mjs:1:1: expected `glossary` to be a string or a list of strings', '<dir>/reqlint.config.mjs:1:1: значение `glossary` должно быть строкой или списком строк'],
  ['package.json', '{"name": "x", "reqlint": {"rules": {"mixed-script": "loud"}}}\n', '<dir>/package.json:1:53: rule `mixed-script`: unknown severity "loud" (expected off, warn or error)', '<dir>/package.json:1:53: правило `mixed-script`: неизвестная важность "loud" (допустимы off, warn и error)'],
  ['package.json', '{"name": "x", "reqlint": null}\n', '<dir>/package.json:1:26: expected the configuration to be a mapping of keys to values', '<dir>/package.json:1:26: конфигурация должна быть словарём (ключ: значение)'],
  ['package.json', '{"name": "x", "reqlint": {"langauge": "en"}}\n', '<dir>/package.json:1:27: unknown key `langauge` in the configuration (expected one of: glossary, rules, language, locale, sections, ignorePatterns, overrides)', '<dir>/package.json:1:27: неизвестный ключ `langauge` в конфигурации (допустимы: glossary, rules, language, locale, sections, ignorePatterns, overrides)'],
  ['.reqlintrc.yaml', 'glossary: 5\n', '<dir>/.reqlintrc.yaml:1:11: expected `glossary` to be a string or a list of strings', '<dir>/.reqlintrc.yaml:1:11: значение `glossary` должно быть строкой или списком строк'],
  ['.reqlintrc.yaml', 'glossary:\n', '<dir>/.reqlintrc.yaml:1:10: expected `glossary` to be a string or a list of strings', '<dir>/.reqlintrc.yaml:1:10: значение `glossary` должно быть строкой или списком строк'],
  ['.reqlintrc.yaml', 'glossary: []\n', '<dir>/.reqlintrc.yaml:1:11: `glossary` is an empty list', '<dir>/.reqlintrc.yaml:1:11: список `glossary` пуст'],
  ['.reqlintrc.yaml', 'glossary: ""\n', '<dir>/.reqlintrc.yaml:1:11: expected `glossary` to be a non-empty string', '<dir>/.reqlintrc.yaml:1:11: значение `glossary` должно быть непустой строкой'],
  ['.reqlintrc.yaml', 'glossary: "  "\n', '<dir>/.reqlintrc.yaml:1:11: expected `glossary` to be a non-empty string', '<dir>/.reqlintrc.yaml:1:11: значение `glossary` должно быть непустой строкой'],
  ['.reqlintrc.yaml', 'glossary:\n  - a.yaml\n  - 3\n', '<dir>/.reqlintrc.yaml:3:5: expected `glossary[1]` to be a non-empty string', '<dir>/.reqlintrc.yaml:3:5: значение `glossary[1]` должно быть непустой строкой'],
  ['.reqlintrc.yaml', 'glossary: [a.yaml, {b: 1}]\n', '<dir>/.reqlintrc.yaml:1:20: expected `glossary[1]` to be a non-empty string', '<dir>/.reqlintrc.yaml:1:20: значение `glossary[1]` должно быть непустой строкой'],
  ['.reqlintrc.json', '{\n  "glossary": ["a.yaml", ""]\n}\n', '<dir>/.reqlintrc.json:2:26: expected `glossary[1]` to be a non-empty string', '<dir>/.reqlintrc.json:2:26: значение `glossary[1]` должно быть непустой строкой'],
  ['.reqlintrc.yaml', 'glossary: {a: 1}\n', '<dir>/.reqlintrc.yaml:1:11: expected `glossary` to be a string or a list of strings', '<dir>/.reqlintrc.yaml:1:11: значение `glossary` должно быть строкой или списком строк'],
  ['.reqlintrc.yaml', 'sections: [a]\n', '<dir>/.reqlintrc.yaml:1:11: expected `sections` to be a mapping of keys to values', '<dir>/.reqlintrc.yaml:1:11: значение `sections` должно быть словарём (ключ: значение)'],
  ['.reqlintrc.yaml', 'sections:\n', '<dir>/.reqlintrc.yaml:1:10: expected `sections` to be a mapping of keys to values', '<dir>/.reqlintrc.yaml:1:10: значение `sections` должно быть словарём (ключ: значение)'],
  ['.reqlintrc.yaml', 'sections:\n  skip: [a]\n  requirement: [b]\n', '<dir>/.reqlintrc.yaml:3:3: unknown key `requirement` in `sections` (expected one of: requirements, skip)', '<dir>/.reqlintrc.yaml:3:3: неизвестный ключ `requirement` в `sections` (допустимы: requirements, skip)'],
  ['.reqlintrc.yaml', 'sections:\n  requirements: 5\n', '<dir>/.reqlintrc.yaml:2:17: expected `sections.requirements` to be a string or a list of strings', '<dir>/.reqlintrc.yaml:2:17: значение `sections.requirements` должно быть строкой или списком строк'],
  ['.reqlintrc.yaml', 'sections:\n  skip: [a, ""]\n', '<dir>/.reqlintrc.yaml:2:13: expected `sections.skip[1]` to be a non-empty string', '<dir>/.reqlintrc.yaml:2:13: значение `sections.skip[1]` должно быть непустой строкой'],
  ['.reqlintrc.yaml', 'sections:\n  skip:\n', '<dir>/.reqlintrc.yaml:2:8: expected `sections.skip` to be a string or a list of strings', '<dir>/.reqlintrc.yaml:2:8: значение `sections.skip` должно быть строкой или списком строк'],
  ['.reqlintrc.yaml', 'ignorePatterns: {a: 1}\n', '<dir>/.reqlintrc.yaml:1:17: expected `ignorePatterns` to be a string or a list of strings', '<dir>/.reqlintrc.yaml:1:17: значение `ignorePatterns` должно быть строкой или списком строк'],
  ['.reqlintrc.yaml', 'ignorePatterns: [a, 1]\n', '<dir>/.reqlintrc.yaml:1:21: expected `ignorePatterns[1]` to be a non-empty string', '<dir>/.reqlintrc.yaml:1:21: значение `ignorePatterns[1]` должно быть непустой строкой'],
  ['.reqlintrc.yaml', 'ignorePatterns:\n', '<dir>/.reqlintrc.yaml:1:16: expected `ignorePatterns` to be a string or a list of strings', '<dir>/.reqlintrc.yaml:1:16: значение `ignorePatterns` должно быть строкой или списком строк'],
  ['.reqlintrc.yaml', 'language: de\n', '<dir>/.reqlintrc.yaml:1:11: unknown language "de" in `language` (expected ru, en or auto)', '<dir>/.reqlintrc.yaml:1:11: неизвестный язык "de" в `language` (допустимы ru, en и auto)'],
  ['.reqlintrc.yaml', 'language: 5\n', '<dir>/.reqlintrc.yaml:1:11: unknown language 5 in `language` (expected ru, en or auto)', '<dir>/.reqlintrc.yaml:1:11: неизвестный язык 5 в `language` (допустимы ru, en и auto)'],
  ['.reqlintrc.yaml', 'language:\n', '<dir>/.reqlintrc.yaml:1:10: unknown language null in `language` (expected ru, en or auto)', '<dir>/.reqlintrc.yaml:1:10: неизвестный язык null в `language` (допустимы ru, en и auto)'],
  ['.reqlintrc.yaml', 'language: [ru]\n', '<dir>/.reqlintrc.yaml:1:11: unknown language ["ru"] in `language` (expected ru, en or auto)', '<dir>/.reqlintrc.yaml:1:11: неизвестный язык ["ru"] в `language` (допустимы ru, en и auto)'],
  ['.reqlintrc.yaml', 'locale: de\n', '<dir>/.reqlintrc.yaml:1:9: unknown locale "de" in `locale` (expected ru or en)', '<dir>/.reqlintrc.yaml:1:9: неизвестный язык сообщений "de" в `locale` (допустимы ru и en)'],
  ['.reqlintrc.yaml', 'locale:\n', '<dir>/.reqlintrc.yaml:1:8: unknown locale null in `locale` (expected ru or en)', '<dir>/.reqlintrc.yaml:1:8: неизвестный язык сообщений null в `locale` (допустимы ru и en)'],
  ['.reqlintrc.yaml', 'locale: {a: 1}\n', '<dir>/.reqlintrc.yaml:1:9: unknown locale {"a":1} in `locale` (expected ru or en)', '<dir>/.reqlintrc.yaml:1:9: неизвестный язык сообщений {"a":1} в `locale` (допустимы ru и en)'],
  ['.reqlintrc.yaml', 'rules: [a]\n', '<dir>/.reqlintrc.yaml:1:8: expected `rules` to map rule ids to off, warn, error or [severity, options]', '<dir>/.reqlintrc.yaml:1:8: значение `rules` должно сопоставлять идентификаторам правил off, warn, error или [важность, параметры]'],
  ['.reqlintrc.yaml', 'rules:\n', '<dir>/.reqlintrc.yaml:1:7: expected `rules` to map rule ids to off, warn, error or [severity, options]', '<dir>/.reqlintrc.yaml:1:7: значение `rules` должно сопоставлять идентификаторам правил off, warn, error или [важность, параметры]'],
  ['.reqlintrc.yaml', 'rules: error\n', '<dir>/.reqlintrc.yaml:1:8: expected `rules` to map rule ids to off, warn, error or [severity, options]', '<dir>/.reqlintrc.yaml:1:8: значение `rules` должно сопоставлять идентификаторам правил off, warn, error или [важность, параметры]'],
  ['.reqlintrc.yaml', 'rules:\n  mixed-script: []\n', '<dir>/.reqlintrc.yaml:2:17: rule `mixed-script`: expected a severity or [severity, options]', '<dir>/.reqlintrc.yaml:2:17: правило `mixed-script`: нужна важность или [важность, параметры]'],
  ['.reqlintrc.yaml', 'rules:\n  mixed-script: [warn, {}, 3]\n', '<dir>/.reqlintrc.yaml:2:17: rule `mixed-script`: expected a severity or [severity, options]', '<dir>/.reqlintrc.yaml:2:17: правило `mixed-script`: нужна важность или [важность, параметры]'],
  ['.reqlintrc.yaml', 'rules:\n  mixed-script: [loud]\n', '<dir>/.reqlintrc.yaml:2:18: rule `mixed-script`: unknown severity "loud" (expected off, warn or error)', '<dir>/.reqlintrc.yaml:2:18: правило `mixed-script`: неизвестная важность "loud" (допустимы off, warn и error)'],
  ['.reqlintrc.yaml', 'rules:\n  mixed-script: 2\n', '<dir>/.reqlintrc.yaml:2:17: rule `mixed-script`: unknown severity 2 (expected off, warn or error)', '<dir>/.reqlintrc.yaml:2:17: правило `mixed-script`: неизвестная важность 2 (допустимы off, warn и error)'],
  ['.reqlintrc.yaml', 'rules:\n  mixed-script:\n', '<dir>/.reqlintrc.yaml:2:16: rule `mixed-script`: unknown severity null (expected off, warn or error)', '<dir>/.reqlintrc.yaml:2:16: правило `mixed-script`: неизвестная важность null (допустимы off, warn и error)'],
  ['.reqlintrc.yaml', 'rules:\n  mixed-script: [{a: 1}]\n', '<dir>/.reqlintrc.yaml:2:18: rule `mixed-script`: unknown severity {"a":1} (expected off, warn or error)', '<dir>/.reqlintrc.yaml:2:18: правило `mixed-script`: неизвестная важность {"a":1} (допустимы off, warn и error)'],
  ['.reqlintrc.yaml', 'rules:\n  undefined-abbreviation: [warn, 5]\n', '<dir>/.reqlintrc.yaml:2:34: rule `undefined-abbreviation`: options must be an object', '<dir>/.reqlintrc.yaml:2:34: правило `undefined-abbreviation`: параметры должны быть словарём (ключ: значение)'],
  ['.reqlintrc.yaml', 'rules:\n  undefined-abbreviation: [warn, [1]]\n', '<dir>/.reqlintrc.yaml:2:34: rule `undefined-abbreviation`: options must be an object', '<dir>/.reqlintrc.yaml:2:34: правило `undefined-abbreviation`: параметры должны быть словарём (ключ: значение)'],
  ['.reqlintrc.yaml', 'rules:\n  undefined-abbreviation: [warn, {allow: 5}]\n', '<dir>/.reqlintrc.yaml:2:34: rule `undefined-abbreviation`: `allow` must be a list of strings', '<dir>/.reqlintrc.yaml:2:34: правило `undefined-abbreviation`: `allow` должен быть списком строк'],
  ['.reqlintrc.yaml', 'rules:\n  undefined-abbreviation:\n    - warn\n    - allow: [SSO]\n      alow: [API]\n', '<dir>/.reqlintrc.yaml:5:7: rule `undefined-abbreviation`: unknown option `alow` (expected one of: report, allow, allowWellKnown)', '<dir>/.reqlintrc.yaml:5:7: правило `undefined-abbreviation`: неизвестный параметр `alow` (допустимы: report, allow, allowWellKnown)'],
  ['.reqlintrc.yaml', 'rules:\n  mixed-script: [warn, {any: 1}]\n', '<dir>/.reqlintrc.yaml:2:25: rule `mixed-script`: unknown option `any` (it takes no options)', '<dir>/.reqlintrc.yaml:2:25: правило `mixed-script`: неизвестный параметр `any` (у правила нет параметров)'],
  ['.reqlintrc.yaml', 'rules:\n  undefined-abbreviation: [warn, {report: sometimes}]\n', '<dir>/.reqlintrc.yaml:2:34: rule `undefined-abbreviation`: `report` must be "first" or "all"', '<dir>/.reqlintrc.yaml:2:34: правило `undefined-abbreviation`: `report` может быть только "first" или "all"'],
  ['.reqlintrc.json', '{"rules": {"undefined-abbreviation": ["warn", {"allow": ["SSO"], "x": 1}]}}\n', '<dir>/.reqlintrc.json:1:66: rule `undefined-abbreviation`: unknown option `x` (expected one of: report, allow, allowWellKnown)', '<dir>/.reqlintrc.json:1:66: правило `undefined-abbreviation`: неизвестный параметр `x` (допустимы: report, allow, allowWellKnown)'],
  ['.reqlintrc.yaml', 'rules:\n  mixed-script: warn\n  nope: off\n', '<dir>/.reqlintrc.yaml:3:3: unknown rule `nope` (rules: undefined-abbreviation, inconsistent-term, ambiguous-wording, mixed-script)', '<dir>/.reqlintrc.yaml:3:3: неизвестное правило `nope` (правила: undefined-abbreviation, inconsistent-term, ambiguous-wording, mixed-script)'],
  ['reqlint.config.mjs', 'export default {rules: {\'mixed-script\': [\'warn\', {x: 1}]}}\n', '<dir>/reqlint.config.mjs:1:1: rule `mixed-script`: unknown option `x` (it takes no options)', '<dir>/reqlint.config.mjs:1:1: правило `mixed-script`: неизвестный параметр `x` (у правила нет параметров)'],
  ['.reqlintrc.yaml', 'overrides: {files: a}\n', '<dir>/.reqlintrc.yaml:1:12: expected `overrides` to be a list of {files, rules, glossary, language}', '<dir>/.reqlintrc.yaml:1:12: значение `overrides` должно быть списком из {files, rules, glossary, language}'],
  ['.reqlintrc.yaml', 'overrides:\n', '<dir>/.reqlintrc.yaml:1:11: expected `overrides` to be a list of {files, rules, glossary, language}', '<dir>/.reqlintrc.yaml:1:11: значение `overrides` должно быть списком из {files, rules, glossary, language}'],
  ['.reqlintrc.yaml', 'overrides:\n  - files: a\n  - 5\n', '<dir>/.reqlintrc.yaml:3:5: expected `overrides[1]` to be a mapping of keys to values', '<dir>/.reqlintrc.yaml:3:5: значение `overrides[1]` должно быть словарём (ключ: значение)'],
  ['.reqlintrc.yaml', 'overrides:\n  - files: a\n    rule: {}\n', '<dir>/.reqlintrc.yaml:3:5: unknown key `rule` in `overrides[0]` (expected one of: files, rules, glossary, language)', '<dir>/.reqlintrc.yaml:3:5: неизвестный ключ `rule` в `overrides[0]` (допустимы: files, rules, glossary, language)'],
  ['.reqlintrc.yaml', 'overrides:\n  - rules: {}\n', '<dir>/.reqlintrc.yaml:2:5: `overrides[0]` needs `files`: the globs of the files it applies to', '<dir>/.reqlintrc.yaml:2:5: в `overrides[0]` нет ключа `files` — шаблонов файлов, к которым относятся эти настройки'],
  ['.reqlintrc.yaml', 'overrides:\n  - files: []\n', '<dir>/.reqlintrc.yaml:2:12: `overrides[0].files` is an empty list', '<dir>/.reqlintrc.yaml:2:12: список `overrides[0].files` пуст'],
  ['.reqlintrc.yaml', 'overrides:\n  - files:\n', '<dir>/.reqlintrc.yaml:2:11: expected `overrides[0].files` to be a string or a list of strings', '<dir>/.reqlintrc.yaml:2:11: значение `overrides[0].files` должно быть строкой или списком строк'],
  ['.reqlintrc.yaml', 'overrides:\n  - files: [a, ""]\n', '<dir>/.reqlintrc.yaml:2:16: expected `overrides[0].files[1]` to be a non-empty string', '<dir>/.reqlintrc.yaml:2:16: значение `overrides[0].files[1]` должно быть непустой строкой'],
  ['.reqlintrc.yaml', 'overrides:\n  - files: a\n    glossary: []\n', '<dir>/.reqlintrc.yaml:3:15: `overrides[0].glossary` is an empty list', '<dir>/.reqlintrc.yaml:3:15: список `overrides[0].glossary` пуст'],
  ['.reqlintrc.yaml', 'overrides:\n  - files: a\n    glossary: [g.yaml, 2]\n', '<dir>/.reqlintrc.yaml:3:24: expected `overrides[0].glossary[1]` to be a non-empty string', '<dir>/.reqlintrc.yaml:3:24: значение `overrides[0].glossary[1]` должно быть непустой строкой'],
  ['.reqlintrc.yaml', 'overrides:\n  - files: a\n    language: fr\n', '<dir>/.reqlintrc.yaml:3:15: unknown language "fr" in `overrides[0].language` (expected ru, en or auto)', '<dir>/.reqlintrc.yaml:3:15: неизвестный язык "fr" в `overrides[0].language` (допустимы ru, en и auto)'],
  ['.reqlintrc.yaml', 'overrides:\n  - files: a\n    rules:\n      mixed-script: loud\n', '<dir>/.reqlintrc.yaml:4:21: rule `mixed-script`: unknown severity "loud" (expected off, warn or error)', '<dir>/.reqlintrc.yaml:4:21: правило `mixed-script`: неизвестная важность "loud" (допустимы off, warn и error)'],
  ['.reqlintrc.yaml', 'overrides:\n  - files: a\n    rules: [x]\n', '<dir>/.reqlintrc.yaml:3:12: expected `overrides[0].rules` to map rule ids to off, warn, error or [severity, options]', '<dir>/.reqlintrc.yaml:3:12: значение `overrides[0].rules` должно сопоставлять идентификаторам правил off, warn, error или [важность, параметры]'],
  ['reqlint.config.mjs', 'export default {overrides: [{files: \'a\'}, {files: \'b\', language: \'x\'}]}\n', '<dir>/reqlint.config.mjs:1:1: unknown language "x" in `overrides[1].language` (expected ru, en or auto)', '<dir>/reqlint.config.mjs:1:1: неизвестный язык "x" в `overrides[1].language` (допустимы ru, en и auto)'],
  ['.reqlintrc.yaml', 'locale: de\nlanguage: fr\nrules: 5\nglossary: 5\nsections: 5\noverrides: 5\nignorePatterns: 5\n', '<dir>/.reqlintrc.yaml:6:12: expected `overrides` to be a list of {files, rules, glossary, language}', '<dir>/.reqlintrc.yaml:6:12: значение `overrides` должно быть списком из {files, rules, glossary, language}'],
  ['.reqlintrc.yaml', 'locale: de\nlanguage: fr\nrules: 5\nglossary: 5\nsections: 5\nignorePatterns: 5\n', '<dir>/.reqlintrc.yaml:5:11: expected `sections` to be a mapping of keys to values', '<dir>/.reqlintrc.yaml:5:11: значение `sections` должно быть словарём (ключ: значение)'],
  ['.reqlintrc.yaml', 'locale: de\nlanguage: fr\nrules: 5\nglossary: 5\nignorePatterns: 5\n', '<dir>/.reqlintrc.yaml:4:11: expected `glossary` to be a string or a list of strings', '<dir>/.reqlintrc.yaml:4:11: значение `glossary` должно быть строкой или списком строк'],
  ['.reqlintrc.yaml', 'locale: de\nlanguage: fr\nrules: 5\nignorePatterns: 5\n', '<dir>/.reqlintrc.yaml:3:8: expected `rules` to map rule ids to off, warn, error or [severity, options]', '<dir>/.reqlintrc.yaml:3:8: значение `rules` должно сопоставлять идентификаторам правил off, warn, error или [важность, параметры]'],
  ['.reqlintrc.yaml', 'locale: de\nlanguage: fr\nignorePatterns: 5\n', '<dir>/.reqlintrc.yaml:2:11: unknown language "fr" in `language` (expected ru, en or auto)', '<dir>/.reqlintrc.yaml:2:11: неизвестный язык "fr" в `language` (допустимы ru, en и auto)'],
  ['.reqlintrc.yaml', 'locale: de\nignorePatterns: 5\n', '<dir>/.reqlintrc.yaml:1:9: unknown locale "de" in `locale` (expected ru or en)', '<dir>/.reqlintrc.yaml:1:9: неизвестный язык сообщений "de" в `locale` (допустимы ru и en)'],
  ['.reqlintrc.yaml', 'ignorePatterns: 5\nnope: 1\n', '<dir>/.reqlintrc.yaml:2:1: unknown key `nope` in the configuration (expected one of: glossary, rules, language, locale, sections, ignorePatterns, overrides)', '<dir>/.reqlintrc.yaml:2:1: неизвестный ключ `nope` в конфигурации (допустимы: glossary, rules, language, locale, sections, ignorePatterns, overrides)'],
  ['.reqlintrc.yaml', 'overrides:\n  - language: fr\n    rules: 5\n    glossary: 5\n    files: 5\n    nope: 1\n', '<dir>/.reqlintrc.yaml:6:5: unknown key `nope` in `overrides[0]` (expected one of: files, rules, glossary, language)', '<dir>/.reqlintrc.yaml:6:5: неизвестный ключ `nope` в `overrides[0]` (допустимы: files, rules, glossary, language)'],
  ['.reqlintrc.yaml', 'overrides:\n  - language: fr\n    rules: 5\n    glossary: 5\n    files: 5\n', '<dir>/.reqlintrc.yaml:5:12: expected `overrides[0].files` to be a string or a list of strings', '<dir>/.reqlintrc.yaml:5:12: значение `overrides[0].files` должно быть строкой или списком строк'],
  ['.reqlintrc.yaml', 'overrides:\n  - language: fr\n    rules: 5\n    glossary: 5\n    files: a\n', '<dir>/.reqlintrc.yaml:3:12: expected `overrides[0].rules` to map rule ids to off, warn, error or [severity, options]', '<dir>/.reqlintrc.yaml:3:12: значение `overrides[0].rules` должно сопоставлять идентификаторам правил off, warn, error или [важность, параметры]'],
  ['.reqlintrc.yaml', 'overrides:\n  - language: fr\n    rules: 5\n    files: a\n', '<dir>/.reqlintrc.yaml:3:12: expected `overrides[0].rules` to map rule ids to off, warn, error or [severity, options]', '<dir>/.reqlintrc.yaml:3:12: значение `overrides[0].rules` должно сопоставлять идентификаторам правил off, warn, error или [важность, параметры]'],
  ['.reqlintrc.yaml', 'sections:\n  skip: 5\n  requirements: 5\n', '<dir>/.reqlintrc.yaml:3:17: expected `sections.requirements` to be a string or a list of strings', '<dir>/.reqlintrc.yaml:3:17: значение `sections.requirements` должно быть строкой или списком строк'],
  ['.reqlintrc.yaml', 'rules:\n  mixed-script: loud\n  nope: off\n', '<dir>/.reqlintrc.yaml:2:17: rule `mixed-script`: unknown severity "loud" (expected off, warn or error)', '<dir>/.reqlintrc.yaml:2:17: правило `mixed-script`: неизвестная важность "loud" (допустимы off, warn и error)'],
  ['reqlint.config.mjs', 'export default {overrides: [{files: undefined, rules: {}}]}\n', '<dir>/reqlint.config.mjs:1:1: `overrides[0]` needs `files`: the globs of the files it applies to', '<dir>/reqlint.config.mjs:1:1: в `overrides[0]` нет ключа `files` — шаблонов файлов, к которым относятся эти настройки'],
  ['reqlint.config.mjs', 'export default {rules: {\'mixed-script\': undefined}}\n', '<dir>/reqlint.config.mjs:1:1: rule `mixed-script`: unknown severity undefined (expected off, warn or error)', '<dir>/reqlint.config.mjs:1:1: правило `mixed-script`: неизвестная важность undefined (допустимы off, warn и error)'],
  ['reqlint.config.mjs', 'export default {glossary: [undefined]}\n', '<dir>/reqlint.config.mjs:1:1: expected `glossary[0]` to be a non-empty string', '<dir>/reqlint.config.mjs:1:1: значение `glossary[0]` должно быть непустой строкой'],
  ['reqlint.config.mjs', 'export default {glossary: undefined, langauge: undefined}\n', '<dir>/reqlint.config.mjs:1:1: unknown key `langauge` in the configuration (expected one of: glossary, rules, language, locale, sections, ignorePatterns, overrides)', '<dir>/reqlint.config.mjs:1:1: неизвестный ключ `langauge` в конфигурации (допустимы: glossary, rules, language, locale, sections, ignorePatterns, overrides)'],
  ['reqlint.config.mjs', 'export default {rules: {\'mixed-script\': [\'warn\', null]}}\n', '<dir>/reqlint.config.mjs:1:1: rule `mixed-script`: options must be an object', '<dir>/reqlint.config.mjs:1:1: правило `mixed-script`: параметры должны быть словарём (ключ: значение)'],
  ['reqlint.config.mjs', 'export default {rules: {\'undefined-abbreviation\': [\'warn\', {allow: undefined, x: undefined}]}}\n', '<dir>/reqlint.config.mjs:1:1: rule `undefined-abbreviation`: unknown option `x` (expected one of: report, allow, allowWellKnown)', '<dir>/reqlint.config.mjs:1:1: правило `undefined-abbreviation`: неизвестный параметр `x` (допустимы: report, allow, allowWellKnown)'],
  ['.reqlintrc.yaml', 'rules:\n  mixed-script: [warn, null]\n', '<dir>/.reqlintrc.yaml:2:24: rule `mixed-script`: options must be an object', '<dir>/.reqlintrc.yaml:2:24: правило `mixed-script`: параметры должны быть словарём (ключ: значение)']
]

// [file, text, the configuration as JSON holds it]
const readings: Array<[string, string, unknown]> = [
  ['.reqlintrc.yaml', 'locale: ru\n', {"locale":"ru","ignorePatterns":[],"overrides":[]}],
  ['.reqlintrc.yaml', '', {"ignorePatterns":[],"overrides":[]}],
  ['.reqlintrc.yaml', 'glossary: " a.yaml "\nsections:\n  skip: []\nignorePatterns: x\nrules:\n  mixed-script: [warn]\n  ambiguous-wording: off\nlanguage: auto\nlocale: en\noverrides:\n  - files: ["*.md"]\n    glossary: g.yaml\n    rules: {mixed-script: error}\n  - files: b\n    language: ru\n', {"glossary":[" a.yaml "],"sections":{"requirements":[],"skip":[]},"rules":{"mixed-script":"warn","ambiguous-wording":"off"},"language":"auto","locale":"en","ignorePatterns":["x"],"overrides":[{"files":["*.md"],"rules":{"mixed-script":"error"},"glossary":["g.yaml"]},{"files":["b"],"language":"ru"}]}],
  ['.reqlintrc.json', '{"sections": {"requirements": "Требования"}, "rules": {"undefined-abbreviation": ["error", {"allow": ["SSO"]}]}}\n', {"sections":{"requirements":["Требования"],"skip":[]},"rules":{"undefined-abbreviation":["error",{"allow":["SSO"]}]},"ignorePatterns":[],"overrides":[]}],
  ['reqlint.config.mjs', 'export default {glossary: [\'a.yaml\', \'b.yaml\'], sections: {}}\n', {"glossary":["a.yaml","b.yaml"],"sections":{"requirements":[],"skip":[]},"ignorePatterns":[],"overrides":[]}],
  ['reqlint.config.mjs', 'export default {rules: {\'mixed-script\': [\'warn\', undefined]}}\n', {"rules":{"mixed-script":"warn"},"ignorePatterns":[],"overrides":[]}],
  ['reqlint.config.mjs', 'export default {sections: {skip: undefined}, ignorePatterns: undefined, overrides: undefined}\n', {"sections":{"requirements":[],"skip":[]},"ignorePatterns":[],"overrides":[]}],
  ['reqlint.config.mjs', 'export default {language: undefined, locale: undefined, rules: undefined}\n', {"ignorePatterns":[],"overrides":[]}],
  ['reqlint.config.mjs', 'export default {overrides: [{files: \'a\', language: undefined, glossary: undefined, rules: undefined}]}\n', {"ignorePatterns":[],"overrides":[{"files":["a"]}]}],
  ['.reqlintrc.json', '{"rules": {"mixed-script": ["warn", {}]}, "overrides": [{"files": ["a"], "rules": {"undefined-abbreviation": ["error", {"report": "all"}]}}]}', {"rules":{"mixed-script":["warn",{}]},"ignorePatterns":[],"overrides":[{"files":["a"],"rules":{"undefined-abbreviation":["error",{"report":"all"}]}}]}]
]

describe('the configuration’s problems', () => {
  it.each(refusals)('%s %j', async (name, text, en, ru) => {
    expect(await load(name, text)).toEqual({en, ru, locales: []})
  })

  it('tells its valid locale before any other problem is found', async () => {
    expect(await load('.reqlintrc.yaml', 'locale: ru\nnope: 1\n')).toEqual({
      en: '<dir>/.reqlintrc.yaml:2:1: unknown key `nope` in the configuration (expected one of: glossary, rules, language, locale, sections, ignorePatterns, overrides)',
      ru: '<dir>/.reqlintrc.yaml:2:1: неизвестный ключ `nope` в конфигурации (допустимы: glossary, rules, language, locale, sections, ignorePatterns, overrides)',
      locales: ["ru"]
    })
    expect((await load('.reqlintrc.yaml', 'locale: ru\n')).locales).toEqual(['ru'])
  })
})

describe('the configuration, read', () => {
  it.each(readings)('%s %j', async (name, text, config) => {
    expect((await load(name, text)).config).toEqual(config)
  })
})
