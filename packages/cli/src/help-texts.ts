/**
 * The help of every command (`reqlint --help`, `reqlint <command> --help`) in
 * English and Russian, each written in its language: descriptions, option
 * and argument texts, group headings, the words commander prints itself
 * ("Usage:", "Arguments:") and the text after the options. Option names,
 * flags and argument names are syntax, the same in both. A text that spans
 * lines is wrapped by hand to fit 80 columns (commander wraps only the
 * descriptions it lays out itself).
 *
 * Loaded on every run, as the command line is declared with it: it imports
 * nothing at run time, so `--version` still loads nothing of @reqlint/core.
 */
import type {Locale, Texts} from '@reqlint/core/i18n'

const helpCatalog = {
  // commander's own words.
  'usage': {en: 'Usage:', ru: 'Использование:'},
  'arguments': {en: 'Arguments:', ru: 'Аргументы:'},
  'options': {en: 'Options:', ru: 'Параметры:'},
  'commands': {en: 'Commands:', ru: 'Команды:'},
  'choices': {en: 'choices', ru: 'значения'},
  'default': {en: 'default', ru: 'по умолчанию'},
  'help-option': {en: 'show this help', ru: 'показать эту справку'},
  'help-command': {en: 'display help for command', ru: 'показать справку по команде'},
  'version-option': {en: 'print the version', ru: 'показать версию'},
  'locale-option': {
    en: "language of reqlint's messages: findings, errors, summary, help (default: the configuration's locale, else each document's language; help and errors before any document: LC_ALL, LC_MESSAGES, LANG)",
    ru: 'язык сообщений reqlint: замечаний, ошибок, итоговой строки, справки (по умолчанию: locale из конфигурации, иначе язык каждого документа; справка и ошибки до чтения документов: по LC_ALL, LC_MESSAGES, LANG)'
  },

  // reqlint [options] [paths...]
  'lint-description': {
    en: 'Lint requirements documents in Markdown against a glossary: undefined abbreviations, inconsistent terms, ambiguous wording, mixed Cyrillic and Latin letters.',
    ru: 'Проверяет документы с требованиями в Markdown по глоссарию: нерасшифрованные сокращения, разные названия одного понятия, неоднозначные формулировки, смесь кириллицы и латиницы в словах.'
  },
  'lint-paths': {
    en: 'files, directories (their *.md, *.markdown, *.mdx) or globs; - reads standard input',
    ru: 'файлы, каталоги (из них берутся *.md, *.markdown, *.mdx) или шаблоны glob; стандартный ввод обозначается «-»'
  },
  'group-configuration': {en: 'Configuration:', ru: 'Конфигурация:'},
  'group-inputs': {en: 'Inputs:', ru: 'Что проверять:'},
  'group-output': {en: 'Output:', ru: 'Вывод:'},
  'group-fixing': {en: 'Fixing:', ru: 'Исправление:'},
  'group-performance': {en: 'Performance:', ru: 'Скорость:'},
  'config-option': {
    en: 'use this configuration file instead of looking for one from the current directory up',
    ru: 'взять этот файл конфигурации, а не искать его от текущего каталога вверх'
  },
  'glossary-option': {
    en: 'glossary (YAML, JSON or CSV) to use instead of the configured or built-in one; repeat to merge',
    ru: 'глоссарий (YAML, JSON или CSV) вместо заданного в конфигурации или встроенного; повторите, чтобы объединить несколько'
  },
  'rule-option': {
    en: 'set one rule to off, warn or error, over the configuration; repeatable',
    ru: 'задать правилу важность off, warn или error поверх конфигурации; можно повторять'
  },
  'print-config-option': {
    en: 'print the configuration that applies to <file> as JSON and exit',
    ru: 'вывести в JSON конфигурацию, которая действует для <file>, и завершить работу'
  },
  'unused-directives-option': {
    en: 'warn about disable comments that silence nothing (unused-directive)',
    ru: 'предупреждать о комментариях отключения, которые ничего не отключают (unused-directive)'
  },
  'ignore-pattern-option': {
    en: 'skip files matching this .gitignore-style pattern (relative to the current directory); repeatable',
    ru: 'пропускать файлы по этому шаблону в стиле .gitignore (относительно текущего каталога); можно повторять'
  },
  'no-gitignore-option': {en: 'do not skip the files .gitignore files ignore', ru: 'не пропускать файлы, исключённые в .gitignore'},
  'stdin-filename-option': {
    en: 'read standard input (when no paths are given) and report it under this name',
    ru: 'читать стандартный ввод (если пути не указаны) и называть его в отчёте этим именем'
  },
  'changed-since-option': {
    en: 'lint only the files changed since the merge base of <git-ref> and HEAD (renamed included, deleted skipped; uncommitted and untracked count)',
    ru: 'проверять только файлы, изменённые после базы слияния <git-ref> и HEAD (переименованные проверяются, удалённые пропускаются; незакоммиченные и неотслеживаемые тоже учитываются)'
  },
  'shard-option': {
    en: 'lint only part i of n of the files (by a hash of each path: stable as files are added); merge the reports with merge-reports',
    ru: 'проверять только i-ю из n частей файлов (делятся по хешу пути, так что новые файлы не перемешивают части); отчёты частей объединяет merge-reports'
  },
  'format-option': {en: 'report format', ru: 'формат отчёта'},
  'output-option': {en: 'write the report to a file instead of standard output', ru: 'записать отчёт в файл, а не в стандартный вывод'},
  'quiet-option': {en: 'report errors only, no warnings', ru: 'сообщать только об ошибках, без предупреждений'},
  'max-warnings-option': {en: 'exit with 1 when there are more than <n> warnings', ru: 'завершиться с кодом 1, если предупреждений больше <n>'},
  'no-color-option': {en: 'no ANSI colours (NO_COLOR does the same)', ru: 'без цветов ANSI (то же делает NO_COLOR)'},
  'verbose-option': {en: "stylish: show each finding's hint under its reason", ru: 'stylish: показывать под каждым замечанием совет, как его исправить'},
  'fix-option': {
    en: 'apply the safe fixes and write the files (atomically), then report what is left',
    ru: 'применить безопасные исправления и записать файлы (атомарно), затем сообщить об остальном'
  },
  'fix-dry-run-option': {
    en: 'print the fixes as a unified diff on standard output instead of writing; the report goes to standard error',
    ru: 'не записывать исправления, а вывести их в стандартный вывод как unified diff; отчёт при этом идёт в стандартный поток ошибок'
  },
  'cache-option': {
    en: 'skip files whose content, glossary and configuration have not changed since the last run',
    ru: 'пропускать файлы, у которых с прошлого запуска не изменились ни содержимое, ни глоссарий, ни конфигурация'
  },
  'cache-location-option': {
    en: 'cache file (or directory for it); default .reqlintcache in the current directory',
    ru: 'файл кэша (или каталог для него); по умолчанию .reqlintcache в текущем каталоге'
  },
  'workers-option': {
    en: 'worker threads to lint with (1 lints in the main thread); default: chosen from the cores and the number of files',
    ru: 'число рабочих потоков (при 1 проверка идёт в основном потоке); по умолчанию выбирается по числу ядер и файлов'
  },
  // Before the rule ids, which come from @reqlint/core when help is printed.
  'rules': {en: 'Rules:', ru: 'Правила:'},
  'lint-after': {
    en: [
      'Configuration: the nearest .reqlintrc.json, .reqlintrc.yaml (.yml),',
      'reqlint.config.js (.mjs) or "reqlint" key of package.json, from the current',
      'directory up; without one, the built-in CRM glossary. With a configuration',
      'and no paths, the current directory is linted. Standard input is read only',
      'for - or --stdin-filename, never just because it is a pipe.',
      '',
      'Exit codes: 0 no errors; 1 errors, a file that could not be read or written,',
      'or more warnings than --max-warnings; 2 bad usage, configuration or glossary.',
      '',
      'Examples:',
      '  reqlint docs/                              every Markdown file under docs/',
      '  reqlint --cache -f sarif -o r.sarif .      CI: SARIF, unchanged files skipped',
      '  reqlint --fix-dry-run docs/ > fix.patch    what --fix would change',
      '  cat spec.md | reqlint --stdin-filename spec.md',
      '  reqlint init                               a configuration and a glossary here',
      '  reqlint --changed-since origin/main .      the files a pull request changed',
      '  reqlint --shard 2/4 -f sarif -o 2.sarif .  part 2 of 4, for a CI matrix',
      "  reqlint merge-reports *.sarif -o a.sarif  the parts' reports as one",
      '',
      'Documentation: docs/cli.md and docs/configuration.md.'
    ].join('\n'),
    ru: [
      'Конфигурация: ближайший к текущему каталогу (он сам или выше) из файлов',
      '.reqlintrc.json, .reqlintrc.yaml (.yml), reqlint.config.js (.mjs) или ключ',
      '"reqlint" в package.json; без конфигурации берётся встроенный глоссарий CRM.',
      'Если конфигурация есть, а пути не указаны, проверяется текущий каталог.',
      'Стандартный ввод читается только при - или --stdin-filename, а не просто',
      'потому, что на входе канал.',
      '',
      'Коды завершения: 0 — ошибок нет; 1 — есть ошибки, файл не удалось прочитать',
      'или записать либо предупреждений больше, чем --max-warnings; 2 — неверный',
      'запуск, конфигурация или глоссарий.',
      '',
      'Примеры:',
      '  reqlint docs/                              все файлы Markdown в docs/',
      '  reqlint --cache -f sarif -o r.sarif .      для CI: SARIF, неизменённые',
      '                                             файлы пропускаются',
      '  reqlint --fix-dry-run docs/ > fix.patch    что изменил бы --fix',
      '  cat spec.md | reqlint --stdin-filename spec.md',
      '  reqlint init                               создать конфигурацию и глоссарий',
      '  reqlint --changed-since origin/main .      файлы, изменённые в pull request',
      '  reqlint --shard 2/4 -f sarif -o 2.sarif .  часть 2 из 4 для матрицы CI',
      '  reqlint merge-reports *.sarif -o a.sarif   отчёты частей — в один',
      '',
      'Документация: docs/cli.md и docs/configuration.md.'
    ].join('\n')
  },

  // reqlint init
  'init-summary': {en: 'write a starter configuration and glossary here', ru: 'создать здесь начальную конфигурацию и глоссарий'},
  'init-description': {
    en: 'Write a starter .reqlintrc.yaml and glossary.yaml into the current directory. Never overwrites: if either exists, or another reqlint configuration does, nothing is written (exit 2).',
    ru: 'Создаёт в текущем каталоге начальные .reqlintrc.yaml и glossary.yaml. Ничего не перезаписывает: если один из этих файлов или другая конфигурация reqlint уже есть, не записывается ничего (код завершения 2).'
  },
  'init-after': {
    en: 'Afterwards: add your terms to glossary.yaml, check it with\n`reqlint glossary check glossary.yaml`, then run `reqlint`.',
    ru: 'Дальше: добавьте свои термины в glossary.yaml, проверьте его командой\n`reqlint glossary check glossary.yaml` и запустите `reqlint`.'
  },

  // reqlint glossary
  'glossary-summary': {en: 'check glossaries, extract entries from documents', ru: 'проверить глоссарии, извлечь записи из документов'},
  'glossary-description': {en: 'Helpers for the people who keep a glossary.', ru: 'Команды для тех, кто ведёт глоссарий.'},
  'check-summary': {en: 'validate glossaries and print statistics', ru: 'проверить глоссарии и вывести статистику'},
  'check-description': {
    en: 'Validate glossary files, merged as --glossary merges them: extends followed, every name in one entry only, no abbreviation that is also a name elsewhere. Prints statistics: entries, names, abbreviations, synonyms, avoided names.',
    ru: 'Проверяет файлы глоссариев, объединённые так же, как их объединяет --glossary: с учётом extends, каждое имя только в одной записи, ни одно сокращение не служит именем в другом месте. Выводит статистику: записи, имена, сокращения, синонимы, нежелательные имена.'
  },
  'check-files': {en: 'glossary files (YAML, JSON or CSV)', ru: 'файлы глоссариев (YAML, JSON или CSV)'},
  'check-json-option': {en: 'print the statistics as JSON', ru: 'вывести статистику в формате JSON'},
  'check-after': {
    en: 'Exit codes: 0 valid; 2 a problem, printed as path:line:column: what is wrong.\n\nExample:\n  reqlint glossary check glossary.yaml extra.csv',
    ru: 'Коды завершения: 0 — ошибок нет; 2 — есть ошибка, она выводится в виде\nпуть:строка:столбец: что не так.\n\nПример:\n  reqlint glossary check glossary.yaml extra.csv'
  },
  'extract-summary': {en: 'propose glossary entries from documents, as YAML to review', ru: 'предложить записи глоссария по документам (YAML на проверку)'},
  'extract-description': {
    en: 'Propose glossary entries from documents: abbreviations with the expansions the documents give them («электронный документооборот (ЭДО)», «SLA (Service Level Agreement)», «ЭДО — электронный документооборот») and the terms their terms sections define. Prints glossary YAML to review.',
    ru: 'Предлагает записи глоссария по документам: сокращения с расшифровками, которые дают им сами документы («электронный документооборот (ЭДО)», «SLA (Service Level Agreement)», «ЭДО — электронный документооборот»), и термины, определённые в разделах терминов. Выводит глоссарий в YAML: просмотрите его, прежде чем использовать.'
  },
  'extract-paths': {en: 'files, directories or globs, as for linting', ru: 'файлы, каталоги или шаблоны glob, как при проверке'},
  'extract-glossary-option': {
    en: 'leave out names this glossary already has (default: the configured glossary, if any); repeatable',
    ru: 'не предлагать имена, которые уже есть в этом глоссарии (по умолчанию: в глоссарии из конфигурации, если он задан); можно повторять'
  },
  'extract-all-option': {en: 'keep names the glossary already has', ru: 'предлагать и те имена, что в глоссарии уже есть'},
  'extract-after': {
    en: [
      'Terms come out as the documents write them, often inflected («электронного',
      'документооборота»): put each in its dictionary form before adding it.',
      'Exit codes: 0 done; 1 a document could not be read (the others are used).',
      '',
      'Example:',
      '  reqlint glossary extract docs/ > proposed.yaml'
    ].join('\n'),
    ru: [
      'Термины выводятся так, как написаны в документах, часто не в начальной форме',
      '(«электронного документооборота»): прежде чем добавить термин, приведите его',
      'к словарной форме.',
      'Коды завершения: 0 — готово; 1 — какой-то документ не удалось прочитать',
      '(остальные использованы).',
      '',
      'Пример:',
      '  reqlint glossary extract docs/ > proposed.yaml'
    ].join('\n')
  },

  // reqlint merge-reports
  'merge-summary': {en: 'merge the reports of --shard runs into one', ru: 'объединить отчёты запусков с --shard в один'},
  'merge-description': {
    en: 'Merge reports that runs over parts of the files wrote (--shard i/n) into one report of the same format: json, sarif or gitlab, recognised by their content. Files are ordered by path; SARIF results keep one rule list.',
    ru: 'Объединяет отчёты запусков по частям файлов (--shard i/n) в один отчёт того же формата: json, sarif или gitlab (формат распознаётся по содержимому). Файлы упорядочиваются по пути; в SARIF остаётся один общий список правил.'
  },
  'merge-reports': {en: 'report files, all of one format', ru: 'файлы отчётов, все одного формата'},
  'merge-output-option': {
    en: 'write the merged report to a file instead of standard output',
    ru: 'записать объединённый отчёт в файл, а не в стандартный вывод'
  },
  'merge-after': {
    en: 'Exit codes: 0 merged; 2 a report cannot be read, is not a reqlint report,\nor the formats differ.\n\nExample:\n  reqlint merge-reports shard-*.sarif -o reqlint.sarif',
    ru: 'Коды завершения: 0 — отчёты объединены; 2 — отчёт не читается, это не отчёт\nreqlint или форматы отчётов различаются.\n\nПример:\n  reqlint merge-reports shard-*.sarif -o reqlint.sarif'
  }
} satisfies Readonly<Record<string, Texts>>

/** Which text of the help. */
export type HelpTextId = keyof typeof helpCatalog

/** The help's texts in one locale. */
export type HelpSay = (id: HelpTextId) => string

export function helpTexts(locale: Locale): HelpSay {
  return (id) => helpCatalog[id][locale]
}
