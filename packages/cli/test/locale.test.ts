/**
 * The language reqlint speaks in (issue 15): `--locale ru|en`, then the
 * configuration's `locale`, then the environment (LC_ALL, LC_MESSAGES, LANG),
 * then English — for errors, warnings and the output of the subcommands.
 * Every other test runs with LANG=C (helpers.ts), so English is the default there.
 */
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadConfigFile} from '../src/config-files.js'
import {ConfigResolver} from '../src/settings.js'
import {runBinary, runInProcess, tempDir, rows} from './helpers.js'

const clean = '# Требования\n\nСистема хранит карточки клиентов.\n'
const russian = {LANG: 'ru_RU.UTF-8'}

describe('--locale', () => {
  it('words a glossary error, a configuration error and a missing file in Russian', async () => {
    const dir = tempDir({'g.yaml': 'terms:\n  - term: клиент\n    synonim: [заказчик]\n', 'a.md': clean})
    const glossary = await runInProcess(['--locale', 'ru', '-g', 'g.yaml', 'a.md'], {cwd: dir})
    expect([glossary.code, glossary.stdout, glossary.stderr]).toEqual([
      2,
      '',
      `reqlint: ${path.join(dir, 'g.yaml')}:3:5: неизвестный ключ \`synonim\` в записи термина (допустимы: term, abbreviation, definition, synonyms, avoid, context)\n`
    ])

    const config = tempDir({'.reqlintrc.json': '{\n  "rules": {"ambiguous-wording": "loud"}\n}\n', 'a.md': clean})
    const bad = await runInProcess(['--locale=ru', 'a.md'], {cwd: config})
    expect([bad.code, bad.stderr]).toEqual([
      2,
      `reqlint: ${path.join(config, '.reqlintrc.json')}:2:34: правило \`ambiguous-wording\`: неизвестная важность "loud" (допустимы off, warn и error)\n`
    ])

    const missing = await runInProcess(['--locale', 'ru', '--format', 'json', 'a.md', 'нет.md'], {cwd: dir})
    expect(missing.code).toBe(1)
    expect(rows(missing.stdout)['нет.md']).toEqual([[undefined, undefined, undefined, 'нет такого файла или каталога']])
  })

  it('words usage errors in Russian, commander’s included, with the hint to --help', async () => {
    const both = await runInProcess(['--locale', 'ru', '--fix', '--fix-dry-run', 'a.md'])
    expect([both.code, both.stderr]).toEqual([2, 'reqlint: --fix записывает исправления, а --fix-dry-run только показывает их: выберите что-то одно\n'])
    const unknown = await runInProcess(['--locale', 'ru', '--bogus'])
    expect([unknown.code, unknown.stderr]).toEqual([2, "ошибка: неизвестный параметр '--bogus'\n(справка: reqlint --help)\n"])
    const shard = await runInProcess(['--shard', '5/4', '--locale', 'ru', 'a.md'])
    expect([shard.code, shard.stderr]).toEqual([2, "ошибка: неверное значение '5/4' параметра '--shard <i/n>': нужно i/n, где 1 ≤ i ≤ n, например 2/4\n(справка: reqlint --help)\n"])
    // In English, commander's own words.
    const english = await runInProcess(['--locale', 'en', '--bogus'], {env: russian})
    expect(english.stderr).toBe("error: unknown option '--bogus'\n(run with --help for usage)\n")
  })

  it('is one line and exit 2 for a locale reqlint does not speak, or none', async () => {
    for (const args of [['--locale', 'de', 'a.md'], ['a.md', '--locale=de']]) {
      const result = await runInProcess(args)
      expect([result.code, result.stdout, result.stderr]).toEqual([2, '', 'reqlint: --locale de: expected ru or en\n'])
    }
    const none = await runInProcess(['a.md', '--locale'])
    expect([none.code, none.stderr]).toEqual([2, 'reqlint: --locale needs a value: ru or en\n'])
    // In the environment's language, the only one known then.
    const binary = runBinary(['--locale', 'de', 'a.md'], {env: russian})
    expect([binary.code, binary.stdout, binary.stderr]).toEqual([2, '', 'reqlint: --locale de: допустимы ru и en\n'])
  })

  it('applies to the subcommands: glossary check in Russian', async () => {
    const dir = tempDir({'g.yaml': 'terms:\n  - term: клиент\n    abbreviation: КЛ\n    synonyms: [заказчик]\nabbreviations: [ГОСТ]\n'})
    const result = await runInProcess(['glossary', 'check', '--locale', 'ru', 'g.yaml'], {cwd: dir})
    expect([result.code, result.stdout]).toEqual([
      0,
      [
        'g.yaml: глоссарий без ошибок',
        '  записи:        1',
        '  имена:         2  (термины, синонимы и нежелательные имена)',
        '  сокращения:    2  (1 в записях, 1 известно без определения)',
        '  синонимы:      1',
        '  нежелательные: 0',
        ''
      ].join('\n')
    ])
  })

  it('is taken as a path after --', async () => {
    const dir = tempDir({'--locale': clean})
    const result = await runInProcess(['--format', 'json', '--', '--locale'], {cwd: dir})
    expect([result.code, rows(result.stdout)]).toEqual([0, {'--locale': []}])
  })
})

describe('the configuration’s locale', () => {
  it('words the configuration’s own errors once it is known, and the run’s after it', async () => {
    const dir = tempDir({'.reqlintrc.yaml': 'locale: ru\nrules:\n  ambiguous-wordng: warn\n', 'a.md': clean})
    const result = await runInProcess(['a.md'], {cwd: dir})
    expect([result.code, result.stderr]).toEqual([
      2,
      `reqlint: ${path.join(dir, '.reqlintrc.yaml')}:3:3: неизвестное правило \`ambiguous-wordng\` (правила: undefined-abbreviation, inconsistent-term, ambiguous-wording, mixed-script)\n`
    ])

    const run = tempDir({'.reqlintrc.yaml': 'locale: ru\n', 'a.md': clean})
    const stdin = await runInProcess(['--stdin-filename', 'x.md', 'a.md'], {cwd: run})
    expect([stdin.code, stdin.stderr]).toEqual([2, 'reqlint: --stdin-filename задаёт имя стандартного ввода: укажите - среди путей или не указывайте путей вовсе\n'])
    const missing = await runInProcess(['--format', 'json', 'a.md', 'docs/'], {cwd: run})
    expect(rows(missing.stdout)['docs/']).toEqual([[undefined, undefined, undefined, 'нет такого файла или каталога']])
    // --locale comes first.
    const english = await runInProcess(['--locale', 'en', '--format', 'json', 'a.md', 'docs/'], {cwd: run})
    expect(rows(english.stdout)['docs/']).toEqual([[undefined, undefined, undefined, 'no such file or directory']])
  })

  it('is validated at its place, in the environment’s language', async () => {
    const dir = tempDir({'.reqlintrc.yaml': 'glossary: reqlint:crm.ru\nlocale: de\n', 'a.md': clean})
    const english = await runInProcess(['a.md'], {cwd: dir})
    expect([english.code, english.stderr]).toEqual([2, `reqlint: ${path.join(dir, '.reqlintrc.yaml')}:2:9: unknown locale "de" in \`locale\` (expected ru or en)\n`])
    const russianRun = await runInProcess(['a.md'], {cwd: dir, env: russian})
    expect(russianRun.stderr).toBe(`reqlint: ${path.join(dir, '.reqlintrc.yaml')}:2:9: неизвестный язык сообщений "de" в \`locale\` (допустимы ru и en)\n`)
  })

  it('is the resolved settings’ locale, which --locale overrides, and --print-config shows it', async () => {
    const dir = tempDir({'.reqlintrc.yaml': 'locale: ru\n', 'a.md': clean})
    const loaded = await loadConfigFile(path.join(dir, '.reqlintrc.yaml'))
    const configured = await ConfigResolver.create(loaded, {glossary: [], rules: {}, environmentLocale: 'en'})
    expect(configured.resolve(path.join(dir, 'a.md')).settings).toMatchObject({locale: 'ru', problemLocale: 'ru'})
    const flagged = await ConfigResolver.create(loaded, {glossary: [], rules: {}, locale: 'en'})
    expect(flagged.resolve(path.join(dir, 'a.md')).settings).toMatchObject({locale: 'en', problemLocale: 'en'})
    // Neither: findings in each document's language (locale unset); problems in the environment's.
    const none = await ConfigResolver.create(undefined, {glossary: [], rules: {}, environmentLocale: 'ru'})
    const settings = none.resolve(path.join(dir, 'a.md')).settings
    expect([settings.locale, settings.problemLocale]).toEqual([undefined, 'ru'])

    const printed = (args: string[]): unknown => (JSON.parse(runBinary(args, {cwd: dir}).stdout) as {locale: unknown}).locale
    expect(printed(['--print-config', 'a.md'])).toBe('ru')
    expect(printed(['--print-config', 'a.md', '--locale', 'en'])).toBe('en')
  })
})

describe('the environment', () => {
  it('LANG=ru_RU.UTF-8 gives Russian errors; LC_ALL and LC_MESSAGES come before it', async () => {
    const dir = tempDir({'g.csv': 'term,abbr\nклиент,КЛ\n', 'a.md': clean})
    const csv = `${path.join(dir, 'g.csv')}:1:6`
    const ru = await runInProcess(['-g', 'g.csv', 'a.md'], {cwd: dir, env: russian})
    expect([ru.code, ru.stderr]).toEqual([2, `reqlint: ${csv}: неизвестный столбец \`abbr\` (допустимы: term, abbreviation, definition, synonyms, avoid)\n`])
    const messages = await runInProcess(['-g', 'g.csv', 'a.md'], {cwd: dir, env: {LANG: 'C', LC_MESSAGES: 'ru_RU.UTF-8'}})
    expect(messages.stderr).toBe(`reqlint: ${csv}: неизвестный столбец \`abbr\` (допустимы: term, abbreviation, definition, synonyms, avoid)\n`)
    const all = await runInProcess(['-g', 'g.csv', 'a.md'], {cwd: dir, env: {...russian, LC_ALL: 'C.UTF-8'}})
    expect(all.stderr).toBe(`reqlint: ${csv}: unknown column \`abbr\` (expected: term, abbreviation, definition, synonyms, avoid)\n`)
  })

  it('words the problems of files that could not be read, through the real binary', () => {
    const dir = tempDir({'bin.md': new Uint8Array([0x23, 0x00, 0x41]), 'a.md': clean})
    const result = runBinary(['--format', 'json', 'a.md', 'bin.md', 'нет'], {cwd: dir, env: russian})
    expect(result.code).toBe(1)
    expect(rows(result.stdout)).toEqual({
      'a.md': [],
      'bin.md': [[undefined, undefined, undefined, 'двоичный файл (в нём есть байты NUL), а не Markdown']],
      нет: [[undefined, undefined, undefined, 'нет такого файла или каталога']]
    })
  })

  it('words init’s refusal and merge-reports’ errors', async () => {
    const dir = tempDir({'glossary.yaml': 'terms: []\n', 'r.json': '{}'})
    const init = await runInProcess(['init'], {cwd: dir, env: russian})
    expect([init.code, init.stderr]).toEqual([2, `reqlint init: glossary.yaml уже есть в ${dir}; ничего не записано\n`])
    const merge = await runInProcess(['merge-reports', 'r.json'], {cwd: dir, env: russian})
    expect([merge.code, merge.stderr]).toEqual([2, 'reqlint: merge-reports: r.json: это не отчёт reqlint в формате json, sarif или gitlab\n'])
  })
})

describe('the help', () => {
  const glossaryHelp = {
    en: [
      'Usage: reqlint glossary <command> [options]',
      '',
      'Helpers for the people who keep a glossary.',
      '',
      'Options:',
      '  -h, --help                    show this help',
      '',
      'Commands:',
      '  check [options] <files...>    validate glossaries and print statistics',
      '  extract [options] <paths...>  propose glossary entries from documents, as YAML',
      '                                to review',
      '  help [command]                display help for command',
      ''
    ].join('\n'),
    ru: [
      'Использование: reqlint glossary <command> [options]',
      '',
      'Команды для тех, кто ведёт глоссарий.',
      '',
      'Параметры:',
      '  -h, --help                    показать эту справку',
      '',
      'Команды:',
      '  check [options] <files...>    проверить глоссарии и вывести статистику',
      '  extract [options] <paths...>  предложить записи глоссария по документам (YAML',
      '                                на проверку)',
      '  help [command]                показать справку по команде',
      ''
    ].join('\n')
  }

  it('is in Russian under --locale ru: commander’s words, headings, options, rules, the text after', async () => {
    const result = await runInProcess(['--locale', 'ru', '--help'])
    expect([result.code, result.stderr]).toEqual([0, ''])
    const lines = result.stdout.split('\n')
    expect(lines.slice(0, 2)).toEqual(['Использование: reqlint [options] [paths...]', '               reqlint <command> [options]'])
    for (const line of [
      'Аргументы:',
      'Параметры:',
      '  -v, --version                         показать версию',
      '  -h, --help                            показать эту справку',
      'Конфигурация:',
      '  -c, --config <file>                   взять этот файл конфигурации, а не',
      'Что проверять:',
      'Вывод:',
      '  -f, --format <name>                   формат отчёта (значения: "stylish",',
      '                                        "junit", "unix", по умолчанию:',
      '  --no-color                            без цветов ANSI (то же делает NO_COLOR)',
      'Исправление:',
      'Скорость:',
      'Команды:',
      '  merge-reports [options] <reports...>  объединить отчёты запусков с --shard в',
      'Правила: undefined-abbreviation, inconsistent-term, ambiguous-wording,',
      'Коды завершения: 0 — ошибок нет; 1 — есть ошибки, файл не удалось прочитать',
      'Примеры:',
      'Документация: docs/cli.md и docs/configuration.md.'
    ]) {
      expect(lines, line).toContain(line)
    }
    for (const english of ['Usage:', 'Arguments:', 'Options:', 'Commands:', 'Rules:', 'Exit codes:', 'default:', 'choices:']) {
      expect(result.stdout, english).not.toMatch(new RegExp(`(^|\\s)${english}(\\s|$)`, 'mu'))
    }
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(80)
  })

  it('follows LANG=ru_RU.UTF-8 without --locale, and --locale en over it', async () => {
    const flagged = await runInProcess(['--locale', 'ru', '--help'])
    expect(await runInProcess(['--help'], {env: russian})).toEqual(flagged)
    const english = await runInProcess(['-h'])
    expect(english.stdout.split('\n').slice(0, 2)).toEqual(['Usage: reqlint [options] [paths...]', '       reqlint <command> [options]'])
    expect(english.stdout).toContain('\n  -f, --format <name>                   report format (choices: "stylish",\n')
    expect(english.stdout).toContain('\nRules: undefined-abbreviation, inconsistent-term, ambiguous-wording,\n')
    expect(await runInProcess(['--locale', 'en', '-h'], {env: russian})).toEqual(english)
  })

  it('of a command with subcommands, in each language, by --help and by the help command', async () => {
    for (const locale of ['en', 'ru'] as const) {
      expect(await runInProcess(['--locale', locale, 'glossary', '--help'])).toEqual({code: 0, stdout: glossaryHelp[locale], stderr: ''})
      expect(await runInProcess(['glossary', 'help', '--locale', locale])).toEqual({code: 0, stdout: glossaryHelp[locale], stderr: ''})
    }
    // Without its subcommand, the help is the usage error, on standard error.
    expect(await runInProcess(['glossary'], {env: russian})).toEqual({code: 2, stdout: '', stderr: glossaryHelp.ru})
  })

  it('of every subcommand, in Russian, fitting 80 columns', async () => {
    for (const [args, usage, line] of [
      [['init', '-h'], 'Использование: reqlint init [options]', 'Дальше: добавьте свои термины в glossary.yaml, проверьте его командой'],
      [['glossary', 'check', '--help'], 'Использование: reqlint glossary check [options] <files...>', '  --json            вывести статистику в формате JSON'],
      [['glossary', 'help', 'check'], 'Использование: reqlint glossary check [options] <files...>', '  files             файлы глоссариев (YAML, JSON или CSV)'],
      [['glossary', 'extract', '--help'], 'Использование: reqlint glossary extract [options] <paths...>', '  --all                  предлагать и те имена, что в глоссарии уже есть'],
      [['merge-reports', '--help'], 'Использование: reqlint merge-reports [options] <reports...>', 'Коды завершения: 0 — отчёты объединены; 2 — отчёт не читается, это не отчёт']
    ] as const) {
      const result = await runInProcess(['--locale', 'ru', ...args])
      expect([result.code, result.stderr], args.join(' ')).toEqual([0, ''])
      const lines = result.stdout.split('\n')
      expect(lines[0]).toBe(usage)
      expect(lines, args.join(' ')).toContain(line)
      expect(lines.find((text) => text.startsWith('  -h, --help')), args.join(' ')).toMatch(/^ {2}-h, --help +показать эту справку$/u)
      for (const text of lines) expect(text.length, text).toBeLessThanOrEqual(80)
    }
  })
})
