/**
 * The one line that closes a stylish report, on standard error so that the
 * report on standard output (or in `--output`) stays exactly the formatter's,
 * like markdownlint-cli2's summary: files, errors, warnings, time, and what
 * the cache and `--fix` did. Written in the report's locale, with each
 * language's plural forms («1 файл», «3 файла», «5 файлов»).
 */
import {formatTemplate, type Locale, type Template} from '@reqlint/core/lint'

export interface RunCounts {
  readonly files: number
  readonly errors: number
  readonly warnings: number
  readonly cached: number
  /** Fixes applied (`--fix`) or that would be (`--fix-dry-run`), and in how many files. */
  readonly fixes: number
  readonly fixedFiles: number
  readonly dryRun: boolean
  readonly milliseconds: number
}

const templates = {
  files: {en: '{count, plural, one {# file} other {# files}}', ru: '{count, plural, one {# файл} few {# файла} other {# файлов}}'},
  errors: {en: '{count, plural, one {# error} other {# errors}}', ru: '{count, plural, one {# ошибка} few {# ошибки} other {# ошибок}}'},
  warnings: {
    en: '{count, plural, one {# warning} other {# warnings}}',
    ru: '{count, plural, one {# предупреждение} few {# предупреждения} other {# предупреждений}}'
  },
  applied: {
    en: '{count, plural, one {# fix} other {# fixes}} applied in {files, plural, one {# file} other {# files}}',
    ru: 'применено {count, plural, one {# исправление} few {# исправления} other {# исправлений}} в {files, plural, one {# файле} other {# файлах}}'
  },
  toApply: {
    en: '{count, plural, one {# fix} other {# fixes}} to apply in {files, plural, one {# file} other {# files}}',
    ru: 'можно применить {count, plural, one {# исправление} few {# исправления} other {# исправлений}} в {files, plural, one {# файле} other {# файлах}}'
  },
  time: {en: '{seconds} s', ru: '{seconds} с'},
  cached: {en: '{count} from cache', ru: '{count} из кэша'}
} satisfies Record<string, Template>

export function summaryLine(counts: RunCounts, locale: Locale = 'en'): string {
  const say = (template: Template, data: Record<string, string | number>) => formatTemplate(template, data, locale)
  const parts = [say(templates.files, {count: counts.files}), say(templates.errors, {count: counts.errors}), say(templates.warnings, {count: counts.warnings})]
  if (counts.fixes > 0) parts.push(say(counts.dryRun ? templates.toApply : templates.applied, {count: counts.fixes, files: counts.fixedFiles}))
  const seconds = (counts.milliseconds / 1000).toFixed(counts.milliseconds < 10_000 ? 2 : 1)
  const time = [say(templates.time, {seconds: locale === 'ru' ? seconds.replace('.', ',') : seconds})]
  if (counts.cached > 0) time.push(say(templates.cached, {count: counts.cached}))
  return `reqlint: ${parts.join(', ')} (${time.join(', ')})\n`
}
