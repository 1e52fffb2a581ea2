/**
 * The formats people and editors read: stylish, fitted to a terminal's width
 * (and not wrapped at all in a pipe), and unix, one line per finding. Exact
 * output for one real Russian document with the built-in glossary, in Russian
 * (the document's language, the default) and in English.
 */
import {describe, expect, it} from 'vitest'
import {builtinGlossary, type Locale} from '@reqlint/core'
import {lintFile} from '../../../test/lint-file.js'
import {VFile} from 'vfile'
import {stylish, wrap} from '../src/formatters/stylish.js'
import {unix} from '../src/formatters/unix.js'
import {runInProcess, tempDir} from './helpers.js'

const document = ['# ТЗ', '', 'Система должна быстро выгружать данные через SSO.', '', 'Выполнить резервное копирование. Бэкап хранится неделю.', ''].join('\n')

function linted(locale?: Locale): VFile {
  return lintFile(new VFile({path: '/project/docs/тз.md', value: document}), {glossary: builtinGlossary(), ...(locale ? {locale} : {})})
}

const cwd = '/project'

describe('stylish', () => {
  it('wraps the reason under itself at 80 columns, the rule id closing its last row, the hint with --verbose', () => {
    // A line never starts with a dash: the Russian messages bind «—» to the word before it.
    expect(stylish([linted()], {color: false, cwd, width: 80, verbose: true})).toBe(
      [
        'docs/тз.md',
        '  3:16  предупреждение  «быстро» (неизмеримое качество). Скорость, надёжность',
        '                        или эффективность без числа и условий измерения не',
        '                        задают порога, по которому можно принять или отклонить',
        '                        систему.  ambiguous-wording',
        '                        [совет]: Замените оценку метрикой с порогом и условиями:',
        '                        время отклика не более 2 с для 95 % запросов при 100',
        '                        одновременных пользователях, доступность 99,5 % в месяц,',
        '                        не более N отказов за период.',
        '  3:46  ошибка          Аббревиатура «SSO» не определена: расшифруйте её в',
        '                        разделе терминов или при первом упоминании\u00a0—',
        '                        «расшифровка (SSO)»\u00a0— либо добавьте в глоссарий',
        '                        undefined-abbreviation',
        '  5:34  ошибка          Вместо «Бэкап» пишите «резервное копирование»: глоссарий',
        '                        называет это понятие «резервное копирование», а',
        '                        «бэкап»\u00a0— его синоним; «резервное копирование»',
        '                        встречается в документе один раз  inconsistent-term',
        '                        [см. также]: Первое употребление «резервное копирование»',
        '                        (5:11)',
        ''
      ].join('\n')
    )
  })

  it('uses the room of 120 columns, and shows no hint without --verbose', () => {
    expect(stylish([linted('en')], {color: false, cwd, width: 120})).toBe(
      [
        'docs/тз.md',
        '  3:16  warning  Unexpected «быстро» (unmeasurable quality): Speed, reliability or efficiency without a number and',
        '                 measurement conditions gives no threshold at which the system can be accepted or rejected.',
        '                 ambiguous-wording',
        '  3:46  error    Undefined abbreviation «SSO»: define it in the terms section or at first use, as in “Full Name (SSO)”,',
        '                 or add it to the glossary  undefined-abbreviation',
        '  5:34  error    Unexpected «Бэкап», expected «резервное копирование»: «бэкап» names the same concept as «резервное',
        '                 копирование», the glossary’s preferred name, used once here  inconsistent-term',
        '                 [cause]: «резервное копирование» first used here (5:11)',
        ''
      ].join('\n')
    )
  })

  it('never wraps without a width (a pipe, a file): one row per finding', () => {
    const rows = stylish([linted('en')], {color: false, cwd}).split('\n')
    expect(rows).toEqual([
      'docs/тз.md',
      '  3:16  warning  Unexpected «быстро» (unmeasurable quality): Speed, reliability or efficiency without a number and measurement conditions gives no threshold at which the system can be accepted or rejected.  ambiguous-wording',
      '  3:46  error    Undefined abbreviation «SSO»: define it in the terms section or at first use, as in “Full Name (SSO)”, or add it to the glossary  undefined-abbreviation',
      '  5:34  error    Unexpected «Бэкап», expected «резервное копирование»: «бэкап» names the same concept as «резервное копирование», the glossary’s preferred name, used once here  inconsistent-term',
      '                 [cause]: «резервное копирование» first used here (5:11)',
      ''
    ])
  })

  it('counts terminal columns, not UTF-16 units, and keeps a word longer than the row whole', () => {
    expect(wrap('漢字漢字 ab cd', 10)).toEqual(['漢字漢字', 'ab cd'])
    expect(wrap('see https://example.com/a/very/long/path now', 12)).toEqual(['see', 'https://example.com/a/very/long/path', 'now'])
    expect(wrap('line\nbreak', undefined)).toEqual(['line break'])
  })
})

describe('unix', () => {
  it('prints path:line:column: severity: reason [rule], one line per finding', () => {
    const file = linted('en')
    const problem = file.message('binary file (it contains NUL bytes),\nnot Markdown')
    problem.fatal = true
    // The severity stays a keyword in every locale: the line is for problem matchers and grep.
    expect(unix([file], {color: false, cwd})).toBe(
      [
        'docs/тз.md:3:16: warning: Unexpected «быстро» (unmeasurable quality): Speed, reliability or efficiency without a number and measurement conditions gives no threshold at which the system can be accepted or rejected. [ambiguous-wording]',
        'docs/тз.md:3:46: error: Undefined abbreviation «SSO»: define it in the terms section or at first use, as in “Full Name (SSO)”, or add it to the glossary [undefined-abbreviation]',
        'docs/тз.md:5:34: error: Unexpected «Бэкап», expected «резервное копирование»: «бэкап» names the same concept as «резервное копирование», the glossary’s preferred name, used once here [inconsistent-term]',
        'docs/тз.md:0:0: error: binary file (it contains NUL bytes), not Markdown [file-error]',
        ''
      ].join('\n')
    )
  })
})

describe('the command', () => {
  it('fits a terminal that does not say its width to 80 columns, and prints one summary line', async () => {
    const dir = tempDir({'docs/тз.md': document})
    const result = await runInProcess(['docs'], {cwd: dir, stdoutTTY: true})
    expect(result.code).toBe(1)
    expect(result.stdout.split('\n').slice(0, 5)).toEqual([
      'docs/тз.md',
      '  3:16  предупреждение  «быстро» (неизмеримое качество). Скорость, надёжность',
      '                        или эффективность без числа и условий измерения не',
      '                        задают порога, по которому можно принять или отклонить',
      '                        систему.  ambiguous-wording'
    ])
    expect(result.stdout).not.toMatch(/\d+ (?:messages|errors|ошиб)/u)
    expect(result.stderr).toMatch(/^reqlint: 1 файл, 2 ошибки, 1 предупреждение \(\d+,\d\d с\)\n$/u)
  })

  it('shows the hint with --verbose, and -f unix prints no summary', async () => {
    const dir = tempDir({'a.md': 'Система должна работать быстро.\n'})
    const verbose = await runInProcess(['--verbose', 'a.md'], {cwd: dir})
    expect(verbose.stdout).toContain('\n                        [совет]: Замените оценку метрикой с порогом и условиями')
    const compact = await runInProcess(['-f', 'unix', 'a.md'], {cwd: dir})
    expect(compact.stdout).toMatch(/^a\.md:1:25: warning: «быстро» \(неизмеримое качество\)\. .* \[ambiguous-wording\]\n$/u)
    expect(compact.stderr).toBe('')
  })
})

describe('control comments', () => {
  const document = [
    '# Вход',
    '',
    '<!-- reqlint-disable-next-line undefined-abbrevation -->',
    'Вход через SSO.',
    '',
    '<!-- reqlint-disable-next-line undefined-abbreviation, ambiguous-wording -->',
    'Вход через SAML.',
    '',
    '<!-- lint disable no-html -->',
    ''
  ].join('\n')

  // The comments' rule ids are most of the letters: the document reads as English, and so do its messages.
  it('reports a misspelt rule id, and with --report-unused-disable-directives the ids that silenced nothing', async () => {
    const dir = tempDir({'a.md': document})
    // The document is Russian (its comments are not counted): English asked for, as the test is about the directives.
    const plain = await runInProcess(['-f', 'unix', '--locale', 'en', 'a.md'], {cwd: dir})
    expect(plain.stdout).toBe(
      [
        'a.md:3:32: warning: Unknown rule «undefined-abbrevation» in «reqlint-disable-next-line», expected «undefined-abbreviation»: the comment silences nothing for it [unknown-rule]',
        'a.md:4:12: error: Undefined abbreviation «SSO»: define it in the terms section or at first use, as in “Full Name (SSO)”, or add it to the glossary [undefined-abbreviation]',
        ''
      ].join('\n')
    )
    const unused = await runInProcess(['-f', 'unix', '--locale', 'en', '--report-unused-disable-directives', 'a.md'], {cwd: dir})
    expect(unused.stdout.split('\n')).toEqual([
      'a.md:3:32: warning: Unknown rule «undefined-abbrevation» in «reqlint-disable-next-line», expected «undefined-abbreviation»: the comment silences nothing for it [unknown-rule]',
      'a.md:4:12: error: Undefined abbreviation «SSO»: define it in the terms section or at first use, as in “Full Name (SSO)”, or add it to the glossary [undefined-abbreviation]',
      'a.md:6:56: warning: Unused «reqlint-disable-next-line ambiguous-wording»: no «ambiguous-wording» finding here to silence [unused-directive]',
      ''
    ])
  })
})
