/**
 * The messages of core's errors — bad glossary and data files ({@link DataError}),
 * documents reqlint refuses ({@link DocumentError}), bad rule settings — in
 * English and Russian. The CLI prints them in the reader's locale; an error's
 * `message` is the English text.
 */
import type {Locale} from './locale.js'
import {inSubjectRu, messagesOf, mustBeRu, names, quoteTokenIn, russianPlural, subjectEn, type Catalog, type Subject, type Token} from './texts.js'

/** What a path that is not a regular file is. */
export type FileKind = 'directory' | 'fifo' | 'character-device' | 'block-device' | 'socket' | 'unknown'

/** Why a file could not be read: a system error code, or what the path is instead of a file. */
export type ReadFailure = {readonly code: string} | {readonly kind: FileKind}

/** The role a name has in a glossary entry. */
export type NameRole = 'term' | 'synonym' | 'avoided'

export interface CoreMessages {
  'file-too-large': {readonly limit: number}
  'yaml-syntax': {readonly code: string; readonly message: string}
  'nested-too-deep': {readonly levels: number}
  'yaml-tag': {readonly tag: string}
  'yaml-alias': {readonly alias: string}
  'yaml-merge-key': Record<string, never>
  'expected-mapping': {readonly subject: Subject}
  'expected-string-key': {readonly subject: Subject}
  'unknown-key': {readonly key: Token; readonly subject: Subject; readonly allowed: readonly string[]}
  'expected-string': {readonly subject: Subject}
  'expected-non-empty-string': {readonly subject: Subject}
  'expected-boolean': {readonly subject: Subject}
  'expected-strings': {readonly subject: Subject}
  'expected-list': {readonly subject: Subject}
  'glossary-empty': Record<string, never>
  'unknown-glossary-language': {readonly value: Token}
  'term-entry-needs-term': Record<string, never>
  'entry-needs-word': Record<string, never>
  'unknown-form': {readonly form: string}
  'distinct-needs-two': Record<string, never>
  'unknown-column': {readonly column: Token; readonly expected: readonly string[]}
  'column-twice': {readonly column: string}
  'header-needs-term': Record<string, never>
  'row-too-long': {readonly cells: number; readonly header: number}
  'row-empty-term': Record<string, never>
  'unclosed-quote': Record<string, never>
  'text-after-quote': Record<string, never>
  'remove-unknown-term': {readonly term: string}
  'extends-cycle': {readonly files: readonly string[]}
  'cannot-read-glossary': {readonly file: string; readonly failure: ReadFailure}
  'name-in-two-entries': {
    readonly name: string
    readonly role: NameRole
    /** The term of the entry that has the name; undefined: the same entry. */
    readonly owner: string | undefined
    readonly where: string
    /** The term to `remove`, when the other entry comes from another file. */
    readonly removable: string | undefined
  }
  'abbreviation-is-name': {readonly abbreviation: string; readonly role: NameRole; readonly term: string; readonly where: string}
  'document-nesting': {readonly levels: number}
  'document-emphasis': Record<string, never>
  'rule-unknown-severity': {readonly rule: string; readonly severity: string}
  'rule-options-not-object': {readonly rule: string}
  'rule-unknown-option': {readonly rule: string; readonly option: string; readonly known: readonly string[]}
  'rule-bad-options': {readonly rule: string; readonly problem: Readonly<Record<Locale, string>>}
  'internal-data': {readonly text: string}
}

/** A size limit: «8 MB», «8 МБ»; a limit that is not whole megabytes in bytes. */
export function sizeIn(bytes: number, locale: Locale): string {
  const megabytes = bytes / 1024 / 1024
  if (Number.isInteger(megabytes)) return `${megabytes} ${locale === 'ru' ? 'МБ' : 'MB'}`
  return locale === 'ru' ? `${bytes} ${russianPlural(bytes, 'байт', 'байта', 'байт')}` : `${bytes} bytes`
}

const fileKindEn: Record<FileKind, string> = {
  directory: 'a directory',
  fifo: 'a FIFO',
  'character-device': 'a character device',
  'block-device': 'a block device',
  socket: 'a socket',
  unknown: 'an unknown kind of file'
}

const fileKindRu: Record<FileKind, string> = {
  directory: 'каталог',
  fifo: 'именованный канал (FIFO)',
  'character-device': 'символьное устройство',
  'block-device': 'блочное устройство',
  socket: 'сокет',
  unknown: 'файл неизвестного типа'
}

/** Why reading failed, from the error a reader threw: its system error code, what the path is instead of a file (`kind`), or its own words. */
export function readFailure(error: unknown): ReadFailure {
  const {code, kind} = (typeof error === 'object' && error !== null ? error : {}) as {code?: unknown; kind?: unknown}
  if (typeof kind === 'string' && kind in fileKindEn) return {kind: kind as FileKind}
  return {code: typeof code === 'string' ? code : error instanceof Error ? error.message : String(error)}
}

/** «a FIFO, not a regular file» / «это именованный канал (FIFO), а не обычный файл»; a code as it is. */
export function readFailureIn(failure: ReadFailure, locale: Locale): string {
  if ('code' in failure) return failure.code
  return locale === 'ru' ? `это ${fileKindRu[failure.kind]}, а не обычный файл` : `${fileKindEn[failure.kind]}, not a regular file`
}

/** What a path is, in a phrase: «a directory», «каталог». */
export function fileKindIn(kind: FileKind, locale: Locale): string {
  return locale === 'ru' ? fileKindRu[kind] : fileKindEn[kind]
}

const roleEn: Record<NameRole, string> = {term: 'a term', synonym: 'a synonym', avoided: 'an avoided name'}
const roleRu: Record<NameRole, string> = {term: 'термин', synonym: 'синоним', avoided: 'нежелательное имя'}

/**
 * The YAML parser's errors by their code, in Russian. In English the parser's
 * own message is printed; in Russian a sentence per kind of mistake, since the
 * parser speaks English only.
 */
const yamlSyntaxRu: Readonly<Record<string, string>> = {
  ALIAS_PROPS: 'у псевдонима YAML не может быть тега или якоря',
  BAD_ALIAS: 'неверный псевдоним YAML',
  BAD_DIRECTIVE: 'неверная директива YAML',
  BAD_DQ_ESCAPE: 'неверная escape-последовательность в строке в двойных кавычках',
  BAD_INDENT: 'неверный отступ',
  BAD_PROP_ORDER: 'якорь и тег стоят не в том порядке',
  BAD_SCALAR_START: 'значение не может начинаться с этого символа',
  BLOCK_AS_IMPLICIT_KEY: 'ключ словаря записан как блок: ключ должен быть на одной строке',
  BLOCK_IN_FLOW: 'блочная запись внутри записи в скобках',
  DUPLICATE_KEY: 'ключ повторяется: в словаре каждый ключ пишется один раз',
  IMPOSSIBLE: 'синтаксис YAML не разобран',
  KEY_OVER_1024_CHARS: 'ключ длиннее 1024 символов',
  MISSING_CHAR: 'не хватает символа: незакрытая кавычка или скобка',
  MULTILINE_IMPLICIT_KEY: 'ключ словаря занимает несколько строк: он должен быть на одной строке',
  MULTIPLE_ANCHORS: 'у узла несколько якорей',
  MULTIPLE_DOCS: 'второй документ YAML: в файле должен быть один',
  MULTIPLE_TAGS: 'у узла несколько тегов',
  NON_STRING_KEY: 'ключ словаря должен быть строкой',
  TAB_AS_INDENT: 'табуляция в отступе: YAML допускает в отступах только пробелы',
  TAG_RESOLVE_FAILED: 'тег YAML не распознан',
  UNEXPECTED_TOKEN: 'неожиданный символ'
}

const catalog: Catalog<CoreMessages> = {
  'file-too-large': {
    en: ({limit}) => `file is larger than ${sizeIn(limit, 'en')}`,
    ru: ({limit}) => `файл больше ${sizeIn(limit, 'ru')}`
  },
  'yaml-syntax': {
    en: ({message}) => message,
    ru: ({code}) => `ошибка в синтаксисе YAML: ${yamlSyntaxRu[code] ?? code}`
  },
  'nested-too-deep': {
    en: ({levels}) => `lists and mappings nested more than ${levels} levels deep`,
    ru: ({levels}) => `списки и словари вложены глубже ${levels} ${russianPlural(levels, 'уровня', 'уровней', 'уровней')}`
  },
  'yaml-tag': {
    en: ({tag}) => `YAML tag \`${tag}\` is not supported (the file is plain data: strings, numbers, lists and mappings)`,
    ru: ({tag}) => `тег YAML \`${tag}\` не поддерживается: в файле только данные — строки, числа, списки и словари`
  },
  'yaml-alias': {
    en: ({alias}) => `YAML aliases are not supported (\`*${alias}\`): write the value out`,
    ru: ({alias}) => `псевдонимы YAML не поддерживаются (\`*${alias}\`): напишите значение полностью`
  },
  'yaml-merge-key': {
    en: () => 'YAML merge keys (`<<`) are not supported: write the keys out',
    ru: () => 'ключи слияния YAML (`<<`) не поддерживаются: напишите ключи полностью'
  },
  'expected-mapping': {
    en: ({subject}) => `expected ${subjectEn(subject)} to be a mapping`,
    ru: ({subject}) => mustBeRu(subject, 'словарём (ключ: значение)')
  },
  'expected-string-key': {
    en: ({subject}) => `expected a string key in ${subjectEn(subject)}`,
    ru: ({subject}) => `${inSubjectRu(subject)} ключ должен быть строкой`
  },
  'unknown-key': {
    en: ({key, subject, allowed}) => `unknown key ${quoteTokenIn(key, 'en')} in ${subjectEn(subject)} (expected one of: ${names(allowed)})`,
    ru: ({key, subject, allowed}) => `неизвестный ключ ${quoteTokenIn(key, 'ru')} ${inSubjectRu(subject)} (допустимы: ${names(allowed)})`
  },
  'expected-string': {
    en: ({subject}) => `expected ${subjectEn(subject)} to be a string`,
    ru: ({subject}) => mustBeRu(subject, 'строкой')
  },
  'expected-non-empty-string': {
    en: ({subject}) => `expected ${subjectEn(subject)} to be a non-empty string`,
    ru: ({subject}) => mustBeRu(subject, 'непустой строкой')
  },
  'expected-boolean': {
    en: ({subject}) => `expected ${subjectEn(subject)} to be true or false`,
    ru: ({subject}) => mustBeRu(subject, 'true или false')
  },
  'expected-strings': {
    en: ({subject}) => `expected ${subjectEn(subject)} to be a string or a list of strings`,
    ru: ({subject}) => mustBeRu(subject, 'строкой или списком строк')
  },
  'expected-list': {
    en: ({subject}) => `expected ${subjectEn(subject)} to be a list`,
    ru: ({subject}) => mustBeRu(subject, 'списком')
  },
  'glossary-empty': {en: () => 'the glossary is empty', ru: () => 'глоссарий пуст'},
  'unknown-glossary-language': {
    en: ({value}) => `unknown language ${quoteTokenIn(value, 'en')} (expected ru or en)`,
    ru: ({value}) => `неизвестный язык ${quoteTokenIn(value, 'ru')} (допустимы ru и en)`
  },
  'term-entry-needs-term': {en: () => 'a term entry needs a `term`', ru: () => 'в записи термина нет ключа `term`'},
  'entry-needs-word': {en: () => 'an `ambiguous.add` entry needs a `word`', ru: () => 'в записи `ambiguous.add` нет ключа `word`'},
  'unknown-form': {
    en: ({form}) => `unknown form \`${form}\` (expected adverb or comparative)`,
    ru: ({form}) => `неизвестная форма \`${form}\` (допустимы adverb и comparative)`
  },
  'distinct-needs-two': {
    en: () => '`distinct` needs two names or more: the names of different concepts',
    ru: () => 'в `distinct` нужно не меньше двух имён — имён разных понятий'
  },
  'unknown-column': {
    en: ({column, expected}) => `unknown column ${quoteTokenIn(column, 'en')} (expected: ${names(expected)})`,
    ru: ({column, expected}) => `неизвестный столбец ${quoteTokenIn(column, 'ru')} (допустимы: ${names(expected)})`
  },
  'column-twice': {
    en: ({column}) => `column \`${column}\` appears twice`,
    ru: ({column}) => `столбец \`${column}\` встречается дважды`
  },
  'header-needs-term': {en: () => 'the header row needs a `term` column', ru: () => 'в строке заголовков нет столбца `term`'},
  'row-too-long': {
    en: ({cells, header}) => `row has ${cells} cells, the header ${header}`,
    ru: ({cells, header}) => `в строке ${cells} ${russianPlural(cells, 'ячейка', 'ячейки', 'ячеек')}, а в строке заголовков ${header}`
  },
  'row-empty-term': {en: () => 'row has an empty `term`', ru: () => 'в строке пустой `term`'},
  'unclosed-quote': {en: () => 'unclosed quote in CSV cell', ru: () => 'в ячейке CSV не закрыта кавычка'},
  'text-after-quote': {
    en: () => 'unexpected text after a closing quote in CSV cell',
    ru: () => 'в ячейке CSV после закрывающей кавычки идёт текст'
  },
  'remove-unknown-term': {
    en: ({term}) => `\`remove\`: no glossary merged before this one has an entry with the term «${term}»`,
    ru: ({term}) => `\`remove\`: ни в одном глоссарии, подключённом раньше этого, нет записи с термином «${term}»`
  },
  'extends-cycle': {
    en: ({files}) => `\`extends\` makes a cycle: ${files.join(' → ')}`,
    ru: ({files}) => `\`extends\` замыкается в цикл: ${files.join(' → ')}`
  },
  'cannot-read-glossary': {
    en: ({file, failure}) => `cannot read glossary ${file}: ${readFailureIn(failure, 'en')}`,
    ru: ({file, failure}) => `не удалось прочитать глоссарий ${file}: ${readFailureIn(failure, 'ru')}`
  },
  'name-in-two-entries': {
    en: ({name, role, owner, where, removable}) =>
      `«${name}» is already ${roleEn[role]} of ${owner === undefined ? 'this entry' : `the entry «${owner}»`} (${where}); a name may belong to one entry only` +
      (removable === undefined ? '' : ` (a later glossary can \`remove: [${removable}]\` or update that entry by its term)`),
    ru: ({name, role, owner, where, removable}) =>
      `«${name}» — уже ${roleRu[role]} ${owner === undefined ? 'этой записи' : `записи «${owner}»`} (${where}); имя может принадлежать только одной записи` +
      (removable === undefined ? '' : ` (глоссарий, подключённый позже, может написать \`remove: [${removable}]\` или обновить ту запись по её термину)`)
  },
  'abbreviation-is-name': {
    en: ({abbreviation, role, term, where}) => `abbreviation «${abbreviation}» is also ${roleEn[role]} of the entry «${term}» (${where})`,
    ru: ({abbreviation, role, term, where}) => `сокращение «${abbreviation}» — также ${roleRu[role]} записи «${term}» (${where})`
  },
  'document-nesting': {
    en: ({levels}) => `block quotes and lists nest deeper than ${levels} levels; reqlint does not lint such documents`,
    ru: ({levels}) => `цитаты и списки вложены глубже ${levels} ${russianPlural(levels, 'уровня', 'уровней', 'уровней')}; такие документы reqlint не проверяет`
  },
  'document-emphasis': {
    en: () =>
      'emphasis markers (`*`, `_`) in a paragraph that the Markdown parser cannot match in bounded time (runs that never close, or long runs matched against each other); reqlint does not lint such documents',
    ru: () =>
      'в абзаце маркеры выделения (`*`, `_`), которые парсер Markdown не может сопоставить за разумное время (незакрытые серии маркеров или длинные серии друг против друга); такие документы reqlint не проверяет'
  },
  'rule-unknown-severity': {
    en: ({rule, severity}) => `rule \`${rule}\`: unknown severity \`${severity}\` (expected off, warn or error)`,
    ru: ({rule, severity}) => `правило \`${rule}\`: неизвестная важность \`${severity}\` (допустимы off, warn и error)`
  },
  'rule-options-not-object': {
    en: ({rule}) => `rule \`${rule}\`: options must be an object`,
    ru: ({rule}) => `правило \`${rule}\`: параметры должны быть словарём (ключ: значение)`
  },
  'rule-unknown-option': {
    en: ({rule, option, known}) => `rule \`${rule}\`: unknown option \`${option}\`${known.length > 0 ? ` (expected one of: ${names(known)})` : ' (it takes no options)'}`,
    ru: ({rule, option, known}) => `правило \`${rule}\`: неизвестный параметр \`${option}\`${known.length > 0 ? ` (допустимы: ${names(known)})` : ' (у правила нет параметров)'}`
  },
  'rule-bad-options': {
    // The rule's own option check says what is wrong, in both languages.
    en: ({rule, problem}) => `rule \`${rule}\`: ${problem.en}`,
    ru: ({rule, problem}) => `правило \`${rule}\`: ${problem.ru}`
  },
  // reqlint's own word lists, read at build time: a problem there is a bug of reqlint, for its developers.
  'internal-data': {en: ({text}) => text, ru: ({text}) => text}
}

export const coreMessage = messagesOf(catalog)

