/**
 * What the command says besides findings — usage errors, configuration
 * errors, files it cannot read, warnings, the output of `init` and `glossary
 * check` — in English and Russian, each written in its language. A message is
 * made with its text in both ({@link cliMessage}); where it is printed, the
 * reader's locale picks one ({@link LocaleChoice}).
 */
import type {VariantProposal} from '@reqlint/core'
import type {GlossaryStatistics} from './glossary-commands.js'
import {
  alternatives,
  fileKindIn,
  inSubjectRu,
  messagesOf,
  names,
  readFailure,
  readFailureIn,
  russianPlural,
  sizeIn,
  subjectEn,
  verbatim,
  type Catalog,
  type FileKind,
  type Locale,
  type Message,
  type ReadFailure,
  type Subject,
  type Texts
} from '@reqlint/core/i18n'

export {verbatim, type Texts}

type VariantKind = VariantProposal['kind']

/** A reason that is either worded by reqlint (in every locale) or the system's code or words. */
export type Reason = Texts

/** `ru, en` joined as a list: «a and b» / «a и b». */
function and(list: readonly string[], locale: Locale): string {
  if (list.length < 2) return list.join('')
  return `${list.slice(0, -1).join(', ')} ${locale === 'ru' ? 'и' : 'and'} ${list.at(-1)}`
}

/** «16.5» / «16,5»: Russian writes a decimal comma. */
function decimal(value: number, digits: number, locale: Locale): string {
  const text = value.toFixed(digits)
  return locale === 'ru' ? text.replace('.', ',') : text
}

export interface CliMessages {
  // The command line.
  'locale-invalid': {readonly value: string}
  'locale-missing': Record<string, never>
  'expected-count': Record<string, never>
  'expected-shard': Record<string, never>
  'expected-positive': Record<string, never>
  'help-hint': Record<string, never>
  'unknown-option': {readonly option: string; readonly suggestion: string | undefined}
  'unknown-command': {readonly command: string; readonly suggestion: string | undefined}
  'missing-argument': {readonly argument: string}
  'option-missing-argument': {readonly option: string}
  'invalid-argument': {readonly option: string; readonly value: string; readonly reason: Texts}
  'invalid-choice': {readonly option: string; readonly value: string; readonly choices: readonly string[]}
  'too-many-arguments': {readonly command: string | undefined; readonly expected: number; readonly got: number}
  'rule-flag-unknown': {readonly flag: string; readonly rule: string; readonly rules: readonly string[]}
  'rule-flag-severity': {readonly flag: string}
  'fix-and-dry-run': Record<string, never>
  'stdin-filename-without-stdin': Record<string, never>
  'fix-stdin': Record<string, never>
  'no-inputs': Record<string, never>
  'changed-since-no-git': Record<string, never>
  'changed-since-no-repository': {readonly cwd: string}
  'changed-since-no-commit': {readonly ref: string}
  'changed-since-no-base': {readonly ref: string}
  'changed-since-git-failed': {readonly command: string; readonly error: string}
  // The configuration.
  'config-expected-mapping': {readonly subject: Subject}
  'config-unknown-key': {readonly key: string; readonly subject: Subject; readonly allowed: readonly string[]}
  'config-empty-list': {readonly key: string}
  'config-unknown-language': {readonly value: string; readonly key: string}
  'config-unknown-locale': {readonly value: string}
  'config-rules-mapping': {readonly key: string}
  'config-unknown-rule': {readonly rule: string; readonly rules: readonly string[]}
  'config-rule-shape': {readonly rule: string}
  'config-rule-severity': {readonly rule: string; readonly severity: string}
  'config-overrides-list': Record<string, never>
  'config-override-needs-files': {readonly key: string}
  'config-two-files': {readonly files: ReadonlyArray<{readonly name: string; readonly manifest: boolean}>}
  'config-empty-json': Record<string, never>
  'config-package-json-no-key': Record<string, never>
  'config-cannot-read': {readonly failure: ReadFailure}
  'config-not-plain-data': {readonly error: string}
  'config-no-default-export': Record<string, never>
  'config-cannot-load': {readonly reason: Reason}
  'config-never-loads': Record<string, never>
  // Documents and paths.
  'document-too-large': {readonly bytes: number; readonly limit: number}
  'stream-too-large': {readonly stream: 'stdin' | 'stream'; readonly limit: number}
  'binary-file': Record<string, never>
  'invalid-utf8': {readonly offset: number}
  'cannot-encode': {readonly character: string; readonly encoding: string}
  'read-as-encoding': {readonly encoding: string}
  'lint-failed': {readonly error: string}
  'cannot-read': {readonly failure: ReadFailure}
  'is-directory': Record<string, never>
  'not-file-or-directory': {readonly kind: FileKind}
  'symlink-loop': Record<string, never>
  'cannot-read-directory': {readonly code: string}
  'no-markdown-files': {readonly ignored: number}
  'pattern-all-ignored': Record<string, never>
  'pattern-no-match': Record<string, never>
  'no-such-path': Record<string, never>
  'read-as-stream': Record<string, never>
  // Writing.
  'not-fixed-changed': Record<string, never>
  'cannot-write-fixes': {readonly reason: Reason}
  'not-regular-file': Record<string, never>
  'write-protected': Record<string, never>
  'cannot-write-cache': {readonly location: string; readonly reason: Reason}
  'cache-symbolic-link': Record<string, never>
  'cache-not-regular-file': Record<string, never>
  'cache-foreign-file': Record<string, never>
  'cannot-write-report': {readonly file: string; readonly reason: Reason}
  'report-directory-name': Record<string, never>
  'too-many-warnings': {readonly warnings: number; readonly maximum: number}
  'progress': {readonly done: number; readonly total: number; readonly percent: number}
  'internal-error': {readonly detail: string}
  // Subcommands.
  'init-exists': {readonly names: readonly string[]; readonly cwd: string}
  'init-cannot-write': {readonly reason: Reason; readonly written: readonly string[]}
  'init-done': {readonly config: string; readonly glossary: string; readonly builtin: string}
  'glossary-valid': {readonly named: string; readonly merged: readonly string[] | undefined}
  'glossary-statistics': Omit<GlossaryStatistics, 'language'>
  'proposal-needs-decision': {readonly reason: Texts}
  'proposal-header': {readonly documents: number}
  'proposal-nothing-found': Record<string, never>
  'proposal-other-expansion': {readonly abbreviation: string; readonly term: string; readonly places: readonly string[]}
  'proposal-variants': {readonly counts: string; readonly kind: VariantKind; readonly question: boolean}
  'merge-different-formats': {readonly formats: readonly string[]}
  'merge-cannot-read': {readonly name: string; readonly failure: ReadFailure}
  'merge-not-json': {readonly name: string; readonly error: string}
  'merge-not-report': {readonly name: string}
  'merge-other-tool': {readonly name: string; readonly tool: string; readonly expected: string}
}

/** How the name variants were found, in Russian (English shows the detector's id, as `inconsistent-term`'s `variants` option names it). */
const variantKindRu: Readonly<Record<VariantKind, string>> = {
  spelling: 'разное написание',
  'look-alike': 'похожие буквы латиницы и кириллицы',
  compound: 'сокращённое и полное название',
  transliteration: 'латиница и транслитерация',
  document: 'связаны в самом документе',
  lexicon: 'близкие по смыслу слова'
}

/** The statistics table of `glossary check`: label, value, note, per locale. */
function statisticsTable(stats: CliMessages['glossary-statistics'], locale: Locale): string {
  const ru = locale === 'ru'
  const rows: Array<[string, number, string]> = ru
    ? [
        ['записи', stats.entries, ''],
        ['имена', stats.names, 'термины, синонимы и нежелательные имена'],
        ['сокращения', stats.abbreviations, `${stats.entryAbbreviations} в записях, ${stats.knownAbbreviations} ${russianPlural(stats.knownAbbreviations, 'известно', 'известны', 'известны')} без определения`],
        ['синонимы', stats.synonyms, ''],
        ['нежелательные', stats.avoided, '']
      ]
    : [
        ['entries', stats.entries, ''],
        ['names', stats.names, 'terms, synonyms and avoided names'],
        ['abbreviations', stats.abbreviations, `${stats.entryAbbreviations} in entries, ${stats.knownAbbreviations} known without a definition`],
        ['synonyms', stats.synonyms, ''],
        ['avoided', stats.avoided, '']
      ]
  const width = Math.max(...rows.map(([, value]) => String(value).length))
  return rows.map(([label, value, note]) => `  ${(label + ':').padEnd(15)}${String(value).padStart(width)}${note ? `  (${note})` : ''}`).join('\n')
}

const catalog: Catalog<CliMessages> = {
  'locale-invalid': {
    en: ({value}) => `--locale ${value}: expected ru or en`,
    ru: ({value}) => `--locale ${value}: допустимы ru и en`
  },
  'locale-missing': {en: () => '--locale needs a value: ru or en', ru: () => 'после --locale укажите ru или en'},
  'expected-count': {en: () => 'expected a whole number', ru: () => 'нужно целое неотрицательное число'},
  'expected-shard': {en: () => 'expected i/n with 1 ≤ i ≤ n, such as 2/4', ru: () => 'нужно i/n, где 1 ≤ i ≤ n, например 2/4'},
  'expected-positive': {en: () => 'expected 1 or more', ru: () => 'нужно число от 1'},
  'help-hint': {en: () => '(run with --help for usage)', ru: () => '(справка: reqlint --help)'},
  'unknown-option': {
    en: ({option, suggestion}) => `error: unknown option '${option}'${suggestion === undefined ? '' : `\n(Did you mean ${suggestion}?)`}`,
    ru: ({option, suggestion}) => `ошибка: неизвестный параметр '${option}'${suggestion === undefined ? '' : `\n(Может быть, ${suggestion}?)`}`
  },
  'unknown-command': {
    en: ({command, suggestion}) => `error: unknown command '${command}'${suggestion === undefined ? '' : `\n(Did you mean ${suggestion}?)`}`,
    ru: ({command, suggestion}) => `ошибка: неизвестная команда '${command}'${suggestion === undefined ? '' : `\n(Может быть, ${suggestion}?)`}`
  },
  'missing-argument': {
    en: ({argument}) => `error: missing required argument '${argument}'`,
    ru: ({argument}) => `ошибка: не указан обязательный аргумент '${argument}'`
  },
  'option-missing-argument': {
    en: ({option}) => `error: option '${option}' argument missing`,
    ru: ({option}) => `ошибка: у параметра '${option}' нет значения`
  },
  'invalid-argument': {
    en: ({option, value, reason}) => `error: option '${option}' argument '${value}' is invalid. ${reason.en}`,
    ru: ({option, value, reason}) => `ошибка: неверное значение '${value}' параметра '${option}': ${reason.ru}`
  },
  'invalid-choice': {
    en: ({option, value, choices}) => `error: option '${option}' argument '${value}' is invalid. Allowed choices are ${choices.join(', ')}.`,
    ru: ({option, value, choices}) => `ошибка: неверное значение '${value}' параметра '${option}': допустимы ${names(choices)}.`
  },
  'too-many-arguments': {
    en: ({command, expected, got}) => `error: too many arguments${command === undefined ? '' : ` for '${command}'`}. Expected ${expected} argument${expected === 1 ? '' : 's'} but got ${got}.`,
    ru: ({command, expected, got}) =>
      `ошибка: слишком много аргументов${command === undefined ? '' : ` для '${command}'`}: ${russianPlural(expected, 'нужен', 'нужно', 'нужно')} ${expected} ${russianPlural(expected, 'аргумент', 'аргумента', 'аргументов')}, а ${russianPlural(got, 'указан', 'указано', 'указано')} ${got}.`
  },
  'rule-flag-unknown': {
    en: ({flag, rule, rules}) => `--rule ${flag}: unknown rule \`${rule}\` (rules: ${names(rules)})`,
    ru: ({flag, rule, rules}) => `--rule ${flag}: неизвестное правило \`${rule}\` (правила: ${names(rules)})`
  },
  'rule-flag-severity': {
    en: ({flag}) => `--rule ${flag}: expected id:off, id:warn or id:error`,
    ru: ({flag}) => `--rule ${flag}: нужно id:off, id:warn или id:error`
  },
  'fix-and-dry-run': {
    en: () => '--fix writes the fixes and --fix-dry-run only shows them: choose one',
    ru: () => '--fix записывает исправления, а --fix-dry-run только показывает их: выберите что-то одно'
  },
  'stdin-filename-without-stdin': {
    en: () => '--stdin-filename names standard input: give - among the paths, or no paths',
    ru: () => '--stdin-filename задаёт имя стандартного ввода: укажите - среди путей или не указывайте путей вовсе'
  },
  'fix-stdin': {
    en: () => '--fix cannot write standard input back; --fix-dry-run shows the fixes as a diff',
    ru: () => '--fix не может записать исправления обратно в стандартный ввод; --fix-dry-run покажет их в виде diff'
  },
  'no-inputs': {
    en: () => 'no files given and no configuration found. Usage: reqlint [options] <paths...> (see reqlint --help)',
    ru: () => 'не указаны файлы и не найдена конфигурация. Запуск: reqlint [параметры] <пути...> (справка: reqlint --help)'
  },
  'changed-since-no-git': {
    en: () => '--changed-since needs git, and there is no git command here',
    ru: () => 'для --changed-since нужен git, а команды git здесь нет'
  },
  'changed-since-no-repository': {
    en: ({cwd}) => `--changed-since needs a git repository, and ${cwd} is not in one`,
    ru: ({cwd}) => `для --changed-since нужен репозиторий git, а ${cwd} не входит ни в один`
  },
  'changed-since-no-commit': {
    en: ({ref}) => `--changed-since: git knows no commit "${ref}" (in CI, fetch the branch: git fetch origin ${ref})`,
    ru: ({ref}) => `--changed-since: git не знает коммита "${ref}" (в CI сначала загрузите ветку: git fetch origin ${ref})`
  },
  'changed-since-no-base': {
    en: ({ref}) => `--changed-since: "${ref}" and HEAD have no common commit in this clone (a shallow clone? fetch more history, e.g. actions/checkout with fetch-depth: 0)`,
    ru: ({ref}) => `--changed-since: у "${ref}" и HEAD нет общего коммита в этом клоне (неполный клон? загрузите больше истории, например actions/checkout с fetch-depth: 0)`
  },
  'changed-since-git-failed': {
    en: ({command, error}) => `--changed-since: ${command} failed: ${error}`,
    ru: ({command, error}) => `--changed-since: ${command} завершился с ошибкой: ${error}`
  },
  'config-expected-mapping': {
    en: ({subject}) => `expected ${subjectEn(subject)} to be a mapping of keys to values`,
    ru: ({subject}) => `${subject.kind === 'configuration' ? 'конфигурация должна' : `значение ${subjectEn(subject)} должно`} быть словарём (ключ: значение)`
  },
  'config-unknown-key': {
    en: ({key, subject, allowed}) => `unknown key \`${key}\` in ${subjectEn(subject)} (expected one of: ${names(allowed)})`,
    ru: ({key, subject, allowed}) => `неизвестный ключ \`${key}\` ${inSubjectRu(subject)} (допустимы: ${names(allowed)})`
  },
  'config-empty-list': {en: ({key}) => `\`${key}\` is an empty list`, ru: ({key}) => `список \`${key}\` пуст`},
  'config-unknown-language': {
    en: ({value, key}) => `unknown language ${value} in \`${key}\` (expected ru, en or auto)`,
    ru: ({value, key}) => `неизвестный язык ${value} в \`${key}\` (допустимы ru, en и auto)`
  },
  'config-unknown-locale': {
    en: ({value}) => `unknown locale ${value} in \`locale\` (expected ${alternatives(['ru', 'en'], 'en')})`,
    ru: ({value}) => `неизвестный язык сообщений ${value} в \`locale\` (допустимы ru и en)`
  },
  'config-rules-mapping': {
    en: ({key}) => `expected \`${key}\` to map rule ids to off, warn, error or [severity, options]`,
    ru: ({key}) => `значение \`${key}\` должно сопоставлять идентификаторам правил off, warn, error или [важность, параметры]`
  },
  'config-unknown-rule': {
    en: ({rule, rules}) => `unknown rule \`${rule}\` (rules: ${names(rules)})`,
    ru: ({rule, rules}) => `неизвестное правило \`${rule}\` (правила: ${names(rules)})`
  },
  'config-rule-shape': {
    en: ({rule}) => `rule \`${rule}\`: expected a severity or [severity, options]`,
    ru: ({rule}) => `правило \`${rule}\`: нужна важность или [важность, параметры]`
  },
  'config-rule-severity': {
    en: ({rule, severity}) => `rule \`${rule}\`: unknown severity ${severity} (expected off, warn or error)`,
    ru: ({rule, severity}) => `правило \`${rule}\`: неизвестная важность ${severity} (допустимы off, warn и error)`
  },
  'config-overrides-list': {
    en: () => 'expected `overrides` to be a list of {files, rules, glossary, language}',
    ru: () => 'значение `overrides` должно быть списком из {files, rules, glossary, language}'
  },
  'config-override-needs-files': {
    en: ({key}) => `\`${key}\` needs \`files\`: the globs of the files it applies to`,
    ru: ({key}) => `в \`${key}\` нет ключа \`files\` — шаблонов файлов, к которым относятся эти настройки`
  },
  'config-two-files': {
    en: ({files}) => `two reqlint configurations in one directory: ${and(files.map((file) => file.name + (file.manifest ? ' ("reqlint" key)' : '')), 'en')}; keep one`,
    ru: ({files}) => `в одном каталоге две конфигурации reqlint: ${and(files.map((file) => file.name + (file.manifest ? ' (ключ "reqlint")' : '')), 'ru')}; оставьте одну`
  },
  'config-empty-json': {
    en: () => 'the configuration is empty (write {} for every default)',
    ru: () => 'конфигурация пуста (напишите {}, чтобы принять все значения по умолчанию)'
  },
  'config-package-json-no-key': {
    en: () => 'package.json has no "reqlint" key to read the configuration from',
    ru: () => 'в package.json нет ключа "reqlint", из которого читается конфигурация'
  },
  'config-cannot-read': {
    en: ({failure}) => `cannot read the configuration: ${readFailureIn(failure, 'en')}`,
    ru: ({failure}) => `не удалось прочитать конфигурацию: ${readFailureIn(failure, 'ru')}`
  },
  'config-not-plain-data': {
    en: ({error}) => `the configuration's default export is not plain data: ${error}`,
    ru: ({error}) => `экспорт по умолчанию модуля конфигурации — не простые данные: ${error}`
  },
  'config-no-default-export': {en: () => 'the configuration module has no default export', ru: () => 'у модуля конфигурации нет экспорта по умолчанию'},
  'config-cannot-load': {
    en: ({reason}) => `cannot load the configuration: ${reason.en}`,
    ru: ({reason}) => `не удалось загрузить конфигурацию: ${reason.ru}`
  },
  'config-never-loads': {
    en: () => 'it never finishes loading (a top-level await that never settles)',
    ru: () => 'загрузка модуля не заканчивается (await верхнего уровня, который никогда не завершится)'
  },
  'document-too-large': {
    en: ({bytes, limit}) => `file is ${decimal(bytes / 1024 / 1024, 1, 'en')} MB; reqlint reads documents up to ${sizeIn(limit, 'en')}`,
    ru: ({bytes, limit}) => `файл занимает ${decimal(bytes / 1024 / 1024, 1, 'ru')} МБ; reqlint читает документы размером до ${sizeIn(limit, 'ru')}`
  },
  'stream-too-large': {
    en: ({stream, limit}) => `${stream === 'stdin' ? 'standard input' : 'the stream'} sent more than ${sizeIn(limit, 'en')}; reqlint reads documents up to ${sizeIn(limit, 'en')}`,
    ru: ({stream, limit}) => `${stream === 'stdin' ? 'стандартный ввод передал' : 'поток передал'} больше ${sizeIn(limit, 'ru')}; reqlint читает документы размером до ${sizeIn(limit, 'ru')}`
  },
  'binary-file': {en: () => 'binary file (it contains NUL bytes), not Markdown', ru: () => 'двоичный файл (в нём есть байты NUL), а не Markdown'},
  'invalid-utf8': {
    en: ({offset}) => `invalid UTF-8 at byte ${offset}; save the file as UTF-8`,
    ru: ({offset}) => `неверная последовательность UTF-8 в байте ${offset}; сохраните файл в кодировке UTF-8`
  },
  'cannot-encode': {
    en: ({character, encoding}) => `cannot write «${character}» in ${encoding}`,
    ru: ({character, encoding}) => `символ «${character}» нельзя записать в кодировке ${encoding}`
  },
  'read-as-encoding': {
    en: ({encoding}) => `read as ${encoding}; reqlint expects UTF-8`,
    ru: ({encoding}) => `файл прочитан в кодировке ${encoding}; reqlint ожидает UTF-8`
  },
  'lint-failed': {en: ({error}) => `reqlint failed on this file: ${error}`, ru: ({error}) => `reqlint не смог проверить этот файл: ${error}`},
  'cannot-read': {
    en: ({failure}) => `cannot read: ${readFailureIn(failure, 'en')}`,
    ru: ({failure}) => `не удалось прочитать: ${readFailureIn(failure, 'ru')}`
  },
  'is-directory': {en: () => 'a directory, not a file', ru: () => 'это каталог, а не файл'},
  'not-file-or-directory': {
    en: ({kind}) => `not a file or a directory (${fileKindIn(kind, 'en')})`,
    ru: ({kind}) => `не файл и не каталог (${fileKindIn(kind, 'ru')})`
  },
  'symlink-loop': {en: () => 'a loop of symbolic links (ELOOP)', ru: () => 'символические ссылки замыкаются в цикл (ELOOP)'},
  'cannot-read-directory': {
    en: ({code}) => `cannot read this directory: ${code}`,
    ru: ({code}) => `не удалось прочитать этот каталог: ${code}`
  },
  'no-markdown-files': {
    en: ({ignored}) => `no Markdown files (*.md, *.markdown, *.mdx) in this directory${ignored > 0 ? ` (${ignored} ignored by .gitignore or ignore patterns)` : ''}`,
    ru: ({ignored}) => `в этом каталоге нет файлов Markdown (*.md, *.markdown, *.mdx)${ignored > 0 ? ` (исключено по .gitignore или шаблонам исключения: ${ignored})` : ''}`
  },
  'pattern-all-ignored': {en: () => 'every file matching this pattern is ignored', ru: () => 'все файлы, подходящие под этот шаблон, исключены'},
  'pattern-no-match': {en: () => 'no files match this pattern', ru: () => 'под этот шаблон не подходит ни один файл'},
  'no-such-path': {en: () => 'no such file or directory', ru: () => 'нет такого файла или каталога'},
  'read-as-stream': {en: () => 'read as a stream, not a regular file', ru: () => 'документ прочитан как поток, а не как обычный файл'},
  'not-fixed-changed': {
    en: () => 'not fixed: the file changed since it was read; run reqlint again',
    ru: () => 'не исправлено: файл изменился после того, как был прочитан; запустите reqlint ещё раз'
  },
  'cannot-write-fixes': {
    en: ({reason}) => `cannot write the fixes: ${reason.en}`,
    ru: ({reason}) => `не удалось записать исправления: ${reason.ru}`
  },
  'not-regular-file': {en: () => 'not a regular file', ru: () => 'это не обычный файл'},
  'write-protected': {en: () => 'write-protected (no write permission bit)', ru: () => 'файл защищён от записи (нет права на запись)'},
  'cannot-write-cache': {
    en: ({location, reason}) => `cannot write the cache ${location}: ${reason.en}`,
    ru: ({location, reason}) => `не удалось записать кэш ${location}: ${reason.ru}`
  },
  'cache-symbolic-link': {
    en: () => 'it is a symbolic link; reqlint writes its cache only as a file of its own',
    ru: () => 'это символическая ссылка; reqlint записывает кэш только в собственный файл'
  },
  'cache-not-regular-file': {
    en: () => 'it is not a regular file (a device, FIFO, socket or directory)',
    ru: () => 'это не обычный файл (устройство, FIFO, сокет или каталог)'
  },
  'cache-foreign-file': {
    en: () => 'the file there is not a reqlint cache (it has no reqlint-cache stamp); remove it or choose another --cache-location',
    ru: () => 'этот файл — не кэш reqlint (в нём нет отметки reqlint-cache); удалите его или укажите другой --cache-location'
  },
  'cannot-write-report': {
    en: ({file, reason}) => `cannot write the report to ${file}: ${reason.en}`,
    ru: ({file, reason}) => `не удалось записать отчёт в ${file}: ${reason.ru}`
  },
  'report-directory-name': {en: () => 'a directory name; -o takes the name of a file', ru: () => 'это имя каталога, а -o ждёт имя файла'},
  'too-many-warnings': {
    en: ({warnings, maximum}) => `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${maximum}`,
    ru: ({warnings, maximum}) => `${warnings} ${russianPlural(warnings, 'предупреждение', 'предупреждения', 'предупреждений')} — больше, чем --max-warnings ${maximum}`
  },
  progress: {
    en: ({done, total, percent}) => `${done}/${total} files (${percent}%)`,
    ru: ({done, total, percent}) => `${done} из ${total} ${russianPlural(total, 'файла', 'файлов', 'файлов')} (${percent}%)`
  },
  'internal-error': {
    en: ({detail}) => `internal error, please report it: ${detail}`,
    ru: ({detail}) => `внутренняя ошибка reqlint, сообщите о ней разработчикам: ${detail}`
  },
  'init-exists': {
    en: ({names: files, cwd}) => `${and(files, 'en')} already ${files.length === 1 ? 'exists' : 'exist'} in ${cwd}; nothing was written`,
    ru: ({names: files, cwd}) => `${and(files, 'ru')} уже есть в ${cwd}; ничего не записано`
  },
  'init-cannot-write': {
    en: ({reason, written}) => `cannot write: ${reason.en}${written.length > 0 ? ` (${written.join(', ')} written)` : ''}`,
    ru: ({reason, written}) => `не удалось записать: ${reason.ru}${written.length > 0 ? ` (уже записано: ${written.join(', ')})` : ''}`
  },
  'init-done': {
    en: ({config, glossary, builtin}) =>
      `Created ${config} and ${glossary}.\n` +
      `${glossary} extends reqlint's built-in CRM glossary (${builtin}): its terms and abbreviations stay known.\n` +
      'Override an entry by writing its term again, drop one with `remove`, or delete the `extends` line to start empty.\n' +
      `Next: add your project's terms to ${glossary}, check it with \`reqlint glossary check ${glossary}\`,\n` +
      'then run `reqlint` here to lint the Markdown files under this directory.\n',
    ru: ({config, glossary, builtin}) =>
      `Созданы ${config} и ${glossary}.\n` +
      `${glossary} расширяет встроенный CRM-глоссарий reqlint (${builtin}): его термины и сокращения остаются известны.\n` +
      'Чтобы изменить запись, напишите её термин ещё раз; чтобы убрать — перечислите в `remove`; чтобы начать с пустого глоссария, удалите строку `extends`.\n' +
      `Дальше: добавьте термины проекта в ${glossary}, проверьте его командой \`reqlint glossary check ${glossary}\`,\n` +
      'затем запустите здесь `reqlint`, чтобы проверить файлы Markdown в этом каталоге.\n'
  },
  'glossary-valid': {
    en: ({named, merged}) => `${named}: a valid glossary${merged === undefined ? '' : ` (merged from ${merged.length} files: ${merged.join(', ')})`}`,
    ru: ({named, merged}) =>
      `${named}: глоссарий без ошибок${merged === undefined ? '' : ` (объединён из ${merged.length} ${russianPlural(merged.length, 'файла', 'файлов', 'файлов')}: ${merged.join(', ')})`}`
  },
  'glossary-statistics': {en: (stats) => statisticsTable(stats, 'en'), ru: (stats) => statisticsTable(stats, 'ru')},
  'proposal-needs-decision': {
    en: ({reason}) => `note: the proposal needs a decision before use: ${reason.en}`,
    ru: ({reason}) => `примечание: прежде чем брать предложение в работу, нужно решить: ${reason.ru}`
  },
  // YAML comments: each line starts with a space, after the `#`.
  'proposal-header': {
    en: ({documents}) =>
      [
        ` Glossary entries proposed by \`reqlint glossary extract\` from ${documents} ${documents === 1 ? 'document' : 'documents'}.`,
        ' Review each one before use: write every term in its dictionary form («электронный',
        ' документооборот», not «электронного документооборота»), drop what is not a term,',
        ' and move the rest into the project glossary (`reqlint glossary check` validates it).'
      ].join('\n'),
    ru: ({documents}) =>
      [
        ` Записи глоссария, которые \`reqlint glossary extract\` предлагает по ${documents} ${russianPlural(documents, 'документу', 'документам', 'документам')}.`,
        ' Проверьте каждую: запишите термин в словарной форме («электронный документооборот»,',
        ' а не «электронного документооборота»), уберите то, что не термин, а остальное',
        ' перенесите в глоссарий проекта (проверить его: `reqlint glossary check`).'
      ].join('\n')
  },
  'proposal-nothing-found': {
    en: () => ' nothing found: no abbreviation expansions, no terms section, no names given one concept twice',
    ru: () => ' ничего не найдено: ни расшифровок сокращений, ни раздела терминов, ни двух имён одного понятия'
  },
  'proposal-other-expansion': {
    en: ({abbreviation, term, places}) => `${abbreviation} is also expanded as «${term}» (${places.join(', ')})`,
    ru: ({abbreviation, term, places}) => `${abbreviation} расшифровывается и как «${term}» (${places.join(', ')})`
  },
  'proposal-variants': {
    en: ({counts, kind, question}) => `${counts} (${kind}${question ? ': one concept or two? if two, list them under `distinct`' : ''})`,
    ru: ({counts, kind, question}) => `${counts} (${variantKindRu[kind]}${question ? ': одно понятие или два? если два, перечислите их в `distinct`' : ''})`
  },
  'merge-different-formats': {
    en: ({formats}) => `merge-reports: the reports are of different formats (${formats.join(', ')}); merge one format at a time`,
    ru: ({formats}) => `merge-reports: отчёты в разных форматах (${formats.join(', ')}); объединяйте отчёты одного формата`
  },
  'merge-cannot-read': {
    en: ({name, failure}) => `merge-reports: ${name}: cannot read: ${readFailureIn(failure, 'en')}`,
    ru: ({name, failure}) => `merge-reports: ${name}: не удалось прочитать: ${readFailureIn(failure, 'ru')}`
  },
  'merge-not-json': {
    en: ({name, error}) => `merge-reports: ${name}: not JSON: ${error}`,
    ru: ({name, error}) => `merge-reports: ${name}: это не JSON: ${error}`
  },
  'merge-not-report': {
    en: ({name}) => `merge-reports: ${name}: not a reqlint report in the json, sarif or gitlab format`,
    ru: ({name}) => `merge-reports: ${name}: это не отчёт reqlint в формате json, sarif или gitlab`
  },
  'merge-other-tool': {
    en: ({name, tool, expected}) => `merge-reports: ${name}: a SARIF run of ${tool}, not ${expected}`,
    ru: ({name, tool, expected}) => `merge-reports: ${name}: запуск SARIF от ${tool}, а не от ${expected}`
  }
}

export const cliMessage = messagesOf(catalog)

/**
 * An error whose reason reqlint words itself, in every locale; `message` is the
 * English text, for a caller that knows nothing of locales.
 */
export class WordedError extends Error {
  readonly problem: Message

  constructor(problem: Message, code?: string) {
    super(problem.text.en)
    this.problem = problem
    if (code !== undefined) Object.assign(this, {code})
  }
}

/**
 * Why an operation failed, in every locale: reqlint's own wording if the error
 * has one, else the system's code (`ENOENT`, the same in any language), else
 * what the path is instead of a file, else the error's first line as it is.
 */
export function reasonOf(error: unknown): Texts {
  if (error instanceof WordedError) return error.problem.text
  const failure = readFailure(error)
  return {en: readFailureIn(failure, 'en'), ru: readFailureIn(failure, 'ru')}
}
