/**
 * The subcommands and the help: `reqlint init`, `reqlint glossary check`,
 * `reqlint glossary extract`, `--help` of each, `--version`.
 */
import fs from 'node:fs'
import path from 'node:path'
import {mergeGlossaryFiles, parseGlossaryFile, rules} from '@reqlint/core'
import {describe, expect, it} from 'vitest'
import {version} from '../src/formatters/version.js'
import {root, runBinary, runInProcess, tempDir} from './helpers.js'

describe('reqlint init', () => {
  it('writes a starter configuration and glossary that work as they are, the built-in glossary kept', async () => {
    const dir = tempDir({'docs/spec.md': 'Вход через SSO и API. Система должна работать быстро.\n\nРезервное копирование ночью, бэкап хранится неделю.\n'})
    const result = await runInProcess(['init'], {cwd: dir})
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(
      [
        'Created .reqlintrc.yaml and glossary.yaml.',
        "glossary.yaml extends reqlint's built-in CRM glossary (reqlint:crm.ru): its terms and abbreviations stay known.",
        'Override an entry by writing its term again, drop one with `remove`, or delete the `extends` line to start empty.',
        "Next: add your project's terms to glossary.yaml, check it with `reqlint glossary check glossary.yaml`,",
        'then run `reqlint` here to lint the Markdown files under this directory.',
        ''
      ].join('\n')
    )
    expect(fs.readdirSync(dir).sort()).toEqual(['.reqlintrc.yaml', 'docs', 'glossary.yaml'])
    const config = fs.readFileSync(path.join(dir, '.reqlintrc.yaml'), 'utf8')
    for (const rule of rules) expect(config).toMatch(new RegExp(`^  ${rule.id}: +${rule.defaultSeverity} +# `, 'mu'))
    expect(fs.readFileSync(path.join(dir, 'glossary.yaml'), 'utf8')).toContain('#   abbreviation: ТЗ')

    expect((await runInProcess(['glossary', 'check', 'glossary.yaml'], {cwd: dir})).code).toBe(0)
    const printed = JSON.parse((await runInProcess(['--print-config', 'docs/spec.md'], {cwd: dir})).stdout) as {glossary: string[]; glossaryMergeOrder: string[]}
    expect(printed.glossary).toEqual(['glossary.yaml'])
    expect(printed.glossaryMergeOrder).toEqual(['reqlint:crm.ru', 'glossary.yaml'])
    // The built-in CRM glossary is still there: «API» is known, «бэкап» beside «резервное копирование» is caught.
    // The configuration makes `reqlint` lint the directory.
    const linted = await runInProcess(['-f', 'unix'], {cwd: dir})
    expect(linted.code).toBe(1)
    expect(linted.stdout.replace(/: «быстро» .*\[/u, ': «быстро» … [')).toBe(
      [
        'docs/spec.md:1:12: error: Аббревиатура «SSO» не определена: расшифруйте её в разделе терминов или при первом упоминании\u00a0— «расшифровка (SSO)»\u00a0— либо добавьте в глоссарий [undefined-abbreviation]',
        'docs/spec.md:1:47: warning: «быстро» … [ambiguous-wording]',
        'docs/spec.md:3:30: error: Вместо «бэкап» пишите «резервное копирование»: глоссарий называет это понятие «резервное копирование», а «бэкап»\u00a0— его синоним; «резервное копирование» встречается в документе один раз [inconsistent-term]',
        ''
      ].join('\n')
    )
  })

  it('never overwrites: exit 2 and nothing written when either file, or another configuration, exists', async () => {
    const dir = tempDir({'glossary.yaml': 'terms: []\n'})
    const result = await runInProcess(['init'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`reqlint init: glossary.yaml already exists in ${dir}; nothing was written\n`)
    expect(fs.readdirSync(dir)).toEqual(['glossary.yaml'])
    expect(fs.readFileSync(path.join(dir, 'glossary.yaml'), 'utf8')).toBe('terms: []\n')

    const other = tempDir({'.reqlintrc.json': '{}'})
    expect((await runInProcess(['init'], {cwd: other})).stderr).toContain('.reqlintrc.json already exists')
    expect(fs.readdirSync(other)).toEqual(['.reqlintrc.json'])
  })

  it('from the real binary', () => {
    const dir = tempDir()
    expect(runBinary(['init'], {cwd: dir}).code).toBe(0)
    const again = runBinary(['init'], {cwd: dir})
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('.reqlintrc.yaml and glossary.yaml already exist')
  })
})

describe('reqlint glossary check', () => {
  it('prints file names with their control characters escaped (issue 14, item 15)', async () => {
    const dir = tempDir({'base\n::error::x.yaml': 'terms:\n  - term: лид\n', 'main.yaml': 'extends: ["base\\n::error::x.yaml"]\n'})
    const result = await runInProcess(['glossary', 'check', 'main.yaml'], {cwd: dir})
    expect(result.code).toBe(0)
    expect(result.stdout.split('\n')[0]).toBe('main.yaml: a valid glossary (merged from 2 files: base\\n::error::x.yaml, main.yaml)')
  })

  it('prints statistics of the merged glossaries, extends included', async () => {
    const dir = tempDir({
      'base.yaml': 'terms:\n  - term: лид\n    synonyms: [потенциальный клиент]\n    avoid: [лидак]\nabbreviations: [ГОСТ]\n',
      'main.yaml': 'extends: [base.yaml]\nterms:\n  - term: электронный документооборот\n    abbreviation: ЭДО\n',
      'extra.csv': 'term,abbreviation,synonyms\nличный кабинет,ЛК,кабинет\n'
    })
    const result = await runInProcess(['glossary', 'check', 'main.yaml', 'extra.csv'], {cwd: dir})
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(
      [
        'main.yaml, extra.csv: a valid glossary (merged from 3 files: base.yaml, main.yaml, extra.csv)',
        '  entries:       3',
        '  names:         6  (terms, synonyms and avoided names)',
        '  abbreviations: 3  (2 in entries, 1 known without a definition)',
        '  synonyms:      2',
        '  avoided:       1',
        ''
      ].join('\n')
    )
    const json = JSON.parse((await runInProcess(['glossary', 'check', '--json', 'main.yaml'], {cwd: dir})).stdout) as Record<string, unknown>
    expect(json).toEqual({
      valid: true,
      files: ['base.yaml', 'main.yaml'],
      language: 'ru',
      entries: 2,
      names: 4,
      abbreviations: 2,
      entryAbbreviations: 1,
      knownAbbreviations: 1,
      synonyms: 1,
      avoided: 1
    })
  })

  it('fails with path:line:column on a name in two entries across files, and on an abbreviation used as a term', async () => {
    const dir = tempDir({
      'a.yaml': 'terms:\n  - term: лид\n',
      'b.yaml': 'terms:\n  - term: клиент\n    synonyms: [лид]\n',
      'c.yaml': 'terms:\n  - term: ЛК\n  - term: личный кабинет\n    abbreviation: ЛК\n'
    })
    const duplicate = await runInProcess(['glossary', 'check', 'a.yaml', 'b.yaml'], {cwd: dir})
    expect(duplicate.code).toBe(2)
    expect(duplicate.stderr).toBe(
      `reqlint: ${dir}/b.yaml:3:16: «лид» is already a term of the entry «лид» (${dir}/a.yaml:2:11); a name may belong to one entry only (a later glossary can \`remove: [лид]\` or update that entry by its term)\n`
    )
    const clash = await runInProcess(['glossary', 'check', 'c.yaml'], {cwd: dir})
    expect(clash.code).toBe(2)
    expect(clash.stderr).toContain(`${dir}/c.yaml:4:19: abbreviation «ЛК» is also a term of the entry «ЛК»`)
  })

  it('checks the built-in glossary from the real binary', () => {
    const result = runBinary(['glossary', 'check', 'glossary/crm.ru.yaml'], {cwd: root})
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^glossary\/crm\.ru\.yaml: a valid glossary\n {2}entries: +\d+\n/u)
  })
})

describe('reqlint glossary extract', () => {
  const spec = [
    '# Техническое задание',
    '',
    '## 1. Термины и сокращения',
    '',
    '| Термин | Определение |',
    '| --- | --- |',
    '| ЭДО | Электронный документооборот |',
    '| Лид | Потенциальный клиент, оставивший контакты. |',
    '| Личный кабинет (ЛК) | Раздел портала для клиента. |',
    '',
    '- **SLA** — соглашение об уровне сервиса.',
    '- Коробочная версия: версия, которая ставится на серверы заказчика.',
    '',
    '## 2. Требования',
    '',
    'Система обменивается данными с системой электронного документооборота (СЭД).',
    'Вход через SSO (Single Sign-On). Данные хранятся в хранилище данных (далее — ХД).',
    'Система быстро отвечает (не более 2 с). Код `ABC (not this)` не читается.',
    ''
  ].join('\n')

  it('proposes abbreviations with their expansions and the terms section’s terms, as a glossary that loads', async () => {
    const dir = tempDir({'docs/spec.md': spec, 'docs/other.md': 'Документы идут через ЭДО (электронный документооборот).\n'})
    const result = await runInProcess(['glossary', 'extract', 'docs'], {cwd: dir})
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain('# Записи глоссария, которые `reqlint glossary extract` предлагает по 2 документам.\n')
    const entries = result.stdout.split('\n').filter((line) => /^ {2}- term: |^ {4}(abbreviation|definition): /u.test(line))
    expect(entries).toEqual([
      '  - term: коробочная версия',
      '    definition: версия, которая ставится на серверы заказчика.',
      '  - term: лид',
      '    definition: Потенциальный клиент, оставивший контакты.',
      '  - term: личный кабинет',
      '    abbreviation: ЛК',
      '    definition: Раздел портала для клиента.',
      '  - term: системой электронного документооборота',
      '    abbreviation: СЭД',
      '  - term: соглашение об уровне сервиса',
      '    abbreviation: SLA',
      '  - term: хранилище данных',
      '    abbreviation: ХД',
      '  - term: электронный документооборот',
      '    abbreviation: ЭДО',
      '  - term: Single Sign-On',
      '    abbreviation: SSO'
    ])
    expect(result.stdout).toContain('  # docs/other.md:1, docs/spec.md:7\n  - term: электронный документооборот')
    const glossary = mergeGlossaryFiles([parseGlossaryFile('proposed.yaml', result.stdout)])
    expect(glossary.entries).toHaveLength(8)
    expect(glossary.language).toBe('ru')
  })

  it('leaves out what the glossary already has, notes other expansions, and goes on past a bad file with exit 1', async () => {
    const dir = tempDir({
      'g.yaml': 'terms:\n  - term: единый вход\n    abbreviation: SSO\n',
      'a.md': 'Вход через SSO (Single Sign-On). Хранение в ХД (хранилище данных).\n',
      'b.md': 'Выгрузка в ХД (хранилище документов). Отчёты из ХД (хранилище данных).\n',
      'bad.md': new Uint8Array([0, 1])
    })
    const result = await runInProcess(['glossary', 'extract', '--glossary', 'g.yaml', 'a.md', 'b.md', 'bad.md'], {cwd: dir})
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('reqlint: bad.md: binary file (it contains NUL bytes), not Markdown\n')
    expect(result.stdout).not.toContain('SSO')
    // The comments are in the documents' language; --locale chooses another.
    expect(result.stdout).toContain('  # a.md:1, b.md:1\n  # ХД расшифровывается и как «хранилище документов» (b.md:1)\n  - term: хранилище данных\n    abbreviation: ХД\n')
    const english = await runInProcess(['glossary', 'extract', '--locale', 'en', '--glossary', 'g.yaml', 'a.md', 'b.md'], {cwd: dir})
    expect(english.stdout).toContain('  # a.md:1, b.md:1\n  # ХД is also expanded as «хранилище документов» (b.md:1)\n  - term: хранилище данных\n    abbreviation: ХД\n')
    expect((await runInProcess(['glossary', 'extract', '--all', '--glossary', 'g.yaml', 'a.md'], {cwd: dir})).stdout).toContain('abbreviation: SSO')
  })

  it('says when it finds nothing', async () => {
    const dir = tempDir({'a.md': 'Просто текст.\n'})
    const result = await runInProcess(['glossary', 'extract', 'a.md'], {cwd: dir})
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('terms: [] # ничего не найдено')
    expect((await runInProcess(['glossary', 'extract', '--locale', 'en', 'a.md'], {cwd: dir})).stdout).toContain('terms: [] # nothing found')
  })

  it('quotes every scalar that would read back as another type (issue 14: `term: 0x1F` read as 31)', async () => {
    const dir = tempDir({
      'a.md': ['## Термины', '', '| Термин | Определение |', '| --- | --- |', '| 0x1F | Разделитель полей записи. |', '| true | Значение флага. |', ''].join('\n')
    })
    const result = await runInProcess(['glossary', 'extract', 'a.md'], {cwd: dir})
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('  - term: "0x1F"\n')
    const glossary = mergeGlossaryFiles([parseGlossaryFile('proposed.yaml', result.stdout)])
    expect(glossary.entries.map((entry) => entry.term.value)).toEqual(['0x1F', 'true'])
  })

  it('proposes the names a document gives one concept, dominant name first, with counts, as a glossary `glossary check` loads', async () => {
    const dir = tempDir({
      'a.md': [
        '# Вход',
        '',
        'Сеанс пользователя начинается после входа. Сеанс завершается через 30 минут бездействия.',
        'Сеанс продлевается при каждом действии. Сессия пользователя хранится на сервере.',
        'Сессия может быть прервана администратором.',
        '',
        'Пин-код выдаётся при регистрации, пин-код можно сменить в профиле. Пинкод из одной цифры',
        'не принимается.',
        '',
        'Новая версия выходит через деплой. Деплой идёт ночью, а deploy в выходные запрещён.',
        ''
      ].join('\n')
    })
    const result = await runInProcess(['glossary', 'extract', 'a.md'], {cwd: dir})
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain(
      '  # «сеанс» ×3, «сессия» ×2 (близкие по смыслу слова: одно понятие или два? если два, перечислите их в `distinct`)\n  - term: сеанс\n    synonyms:\n      - сессия\n'
    )
    expect(result.stdout).toContain('  # «пин-код» ×2, «пинкод» ×1 (разное написание)\n  - term: пин-код\n    avoid:\n      - пинкод\n')
    expect(result.stdout).toContain('  # «деплой» ×2, «deploy» ×1 (латиница и транслитерация)\n  - term: деплой\n    avoid:\n      - deploy\n')
    const english = (await runInProcess(['glossary', 'extract', '--locale', 'en', 'a.md'], {cwd: dir})).stdout
    expect(english).toContain('  # «сеанс» ×3, «сессия» ×2 (lexicon: one concept or two? if two, list them under `distinct`)\n  - term: сеанс\n    synonyms:\n      - сессия\n')
    expect(english).toContain('  # «пин-код» ×2, «пинкод» ×1 (spelling)\n  - term: пин-код\n    avoid:\n      - пинкод\n')
    fs.writeFileSync(path.join(dir, 'proposed.yaml'), result.stdout)
    const check = await runInProcess(['glossary', 'check', 'proposed.yaml'], {cwd: dir})
    expect(check.code).toBe(0)
    expect(check.stdout).toContain('proposed.yaml: a valid glossary')
  })
})

describe('help and version', () => {
  it('reqlint --help lists the options by group, the commands, every rule and the exit codes', () => {
    const result = runBinary(['--help'])
    expect(result.code).toBe(0)
    for (const heading of ['Usage: reqlint [options] [paths...]', 'Configuration:', 'Inputs:', 'Output:', 'Fixing:', 'Performance:', 'Commands:', 'Exit codes:', 'Examples:']) {
      expect(result.stdout).toContain(heading)
    }
    for (const option of ['--config', '--glossary', '--rule', '--print-config', '--ignore-pattern', '--stdin-filename', '--format', '--output', '--quiet', '--max-warnings', '--locale', '--fix', '--fix-dry-run', '--cache', '--cache-location', '--workers']) {
      expect(result.stdout).toMatch(new RegExp(`^ +(-\\w, )?${option}\\b`, 'mu'))
    }
    for (const rule of rules) expect(result.stdout).toContain(rule.id)
    expect(result.stdout).not.toContain('(default: [])')
    expect(result.stdout).not.toContain('(default: false)')
    // Readable in an 80-column terminal.
    for (const line of result.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80)
  })

  it('each subcommand has its own help', async () => {
    for (const [args, expected] of [
      [['init', '--help'], 'Usage: reqlint init [options]'],
      [['glossary', '--help'], 'Usage: reqlint glossary <command> [options]'],
      [['glossary', 'check', '--help'], 'Usage: reqlint glossary check [options] <files...>'],
      [['glossary', 'extract', '--help'], 'Usage: reqlint glossary extract [options] <paths...>']
    ] as const) {
      const result = await runInProcess(args)
      expect(result.code).toBe(0)
      expect(result.stdout).toContain(expected)
      for (const line of result.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80)
    }
  })

  it('a command without its subcommand, or without its arguments, is bad usage', async () => {
    const bare = await runInProcess(['glossary'])
    expect(bare.code).toBe(2)
    expect(bare.stderr).toContain('Usage: reqlint glossary')
    const check = await runInProcess(['glossary', 'check'])
    expect(check.code).toBe(2)
    expect(check.stderr).toContain("missing required argument 'files'")
  })

  it('prints the version of package.json', async () => {
    expect(await runInProcess(['--version'])).toEqual({code: 0, stdout: `${version}\n`, stderr: ''})
  })
})
