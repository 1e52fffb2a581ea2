/**
 * The CLI's behaviour as one table: files, arguments, expected exit code and
 * output. cases.test.ts runs every case in-process and the ones marked
 * `spawn` through the real binary too, with the same expectations.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {expect} from 'vitest'
import {runBinary, runInProcess, type Files, type Result} from './helpers.js'

export interface CliCase {
  readonly name: string
  readonly files?: Files
  readonly args: readonly string[]
  /** Relative to the case's temporary directory. */
  readonly cwd?: string
  readonly stdin?: string
  /** Also run the real binary. */
  readonly spawn?: boolean
  readonly code: 0 | 1 | 2
  /** Each must occur (a string, `<dir>` standing for the temporary directory) or match. */
  readonly stdout?: ReadonlyArray<string | RegExp>
  readonly stderr?: ReadonlyArray<string | RegExp>
  readonly notStdout?: ReadonlyArray<string | RegExp>
  readonly notStderr?: ReadonlyArray<string | RegExp>
  readonly check?: (result: Result, dir: string) => void | Promise<void>
  /** Prepares what `files` cannot say (a 17 MB file). */
  readonly setup?: (dir: string) => void
}

const clean = '# Требования\n\nСистема хранит карточки клиентов.\n'
const vague = 'Система должна работать быстро.\n'
const sso = 'Вход через SSO.\n'

export const cases: readonly CliCase[] = [
  // Exit codes and the summary.
  {
    name: 'a clean file: exit 0, the summary on standard error',
    files: {'clean.md': clean},
    args: ['clean.md'],
    spawn: true,
    code: 0,
    stdout: ['clean.md: замечаний нет'],
    stderr: [/^reqlint: 1 файл, 0 ошибок, 0 предупреждений \(\d+,\d+ с\)\n$/u]
  },
  {
    name: 'errors: exit 1',
    files: {'a.md': sso},
    args: ['a.md'],
    code: 1,
    stdout: [/ {2}1:12 +ошибка +Аббревиатура «SSO» не определена/u],
    stderr: ['reqlint: 1 файл, 1 ошибка, 0 предупреждений']
  },
  {
    name: 'warnings only: exit 0',
    files: {'w.md': vague},
    args: ['w.md'],
    code: 0,
    stdout: ['предупреждение', 'быстро'],
    stderr: ['0 ошибок, 1 предупреждение']
  },
  {
    name: 'more warnings than --max-warnings: exit 1, and says why',
    files: {'w.md': vague},
    args: ['--max-warnings', '0', 'w.md'],
    code: 1,
    stderr: ['reqlint: 1 warning, more than --max-warnings 0']
  },
  {
    name: '--quiet reports errors only',
    files: {'w.md': vague, 'a.md': sso},
    args: ['--quiet', 'w.md', 'a.md'],
    code: 1,
    stdout: ['SSO'],
    notStdout: ['быстро'],
    stderr: ['2 файла, 1 ошибка, 0 предупреждений']
  },
  {
    name: '--quiet does not hide warnings from --max-warnings',
    files: {'w.md': vague},
    args: ['--quiet', '--max-warnings', '0', 'w.md'],
    code: 1,
    notStdout: ['быстро']
  },
  {name: 'an unknown option: exit 2', args: ['--frobnicate', 'a.md'], spawn: true, code: 2, stderr: ["unknown option '--frobnicate'", 'run with --help']},
  {name: 'no paths and no configuration: exit 2', files: {'a.md': sso}, args: [], code: 2, stderr: ['no files given and no configuration found']},
  {name: '--workers 0: exit 2', args: ['--workers', '0', 'a.md'], code: 2, stderr: ['expected 1 or more']},
  {name: '--fix with --fix-dry-run: exit 2', files: {'a.md': sso}, args: ['--fix', '--fix-dry-run', 'a.md'], code: 2, stderr: ['choose one']},
  {name: 'an unknown format: exit 2', args: ['--format', 'xml', 'a.md'], code: 2, stderr: ['Allowed choices are stylish, json, sarif, github, gitlab, junit, unix']},
  {
    name: 'machine formats print no summary',
    files: {'a.md': sso},
    args: ['--format', 'json', 'a.md'],
    code: 1,
    check: (result) => {
      if (result.stderr !== '') throw new Error(`stderr: ${result.stderr}`)
    }
  },

  // --output.
  {
    name: '--output keeps a failing run failing, and standard output empty',
    files: {'a.md': sso},
    args: ['--format', 'json', '--output', 'out/report.json', 'a.md'],
    spawn: true,
    code: 1,
    check: (result, dir) => {
      if (result.stdout !== '') throw new Error('stdout is not empty')
      const report = JSON.parse(readText(dir, 'out/report.json')) as Array<{path: string}>
      if (report[0]?.path !== 'a.md') throw new Error('report not written')
    }
  },
  {
    name: 'an --output that cannot be written: exit 2 even for a clean run',
    files: {'clean.md': clean, 'file': 'x'},
    args: ['--output', 'file/report.txt', 'clean.md'],
    code: 2,
    stderr: [/^reqlint: cannot write the report to file\/report\.txt: (ENOTDIR|EEXIST)$/mu]
  },

  // Standard input.
  {
    name: '- reads standard input, named by --stdin-filename',
    args: ['--format', 'json', '--stdin-filename', 'spec.md', '-'],
    stdin: sso,
    spawn: true,
    code: 1,
    stdout: ['"path": "spec.md"', '"actual": "SSO"']
  },
  {name: '--stdin-filename alone reads standard input', args: ['--stdin-filename', 'spec.md'], stdin: sso, code: 1, stdout: ['spec.md', 'SSO']},
  {name: '- without a name reports <stdin>', args: ['-'], stdin: sso, code: 1, stdout: ['<stdin>']},
  {
    name: 'piped standard input is not read without - or --stdin-filename',
    files: {'.reqlintrc.json': '{}', 'docs/clean.md': clean},
    args: [],
    stdin: sso,
    code: 0,
    stdout: ['docs/clean.md: замечаний нет'],
    notStdout: ['stdin', 'SSO']
  },
  {name: '--stdin-filename with paths but no -: exit 2', files: {'a.md': sso}, args: ['--stdin-filename', 's.md', 'a.md'], code: 2, stderr: ['give - among the paths']},
  {name: '--fix cannot write standard input: exit 2', args: ['--fix', '-'], stdin: sso, code: 2, stderr: ['--fix cannot write standard input']},
  {
    name: 'standard input gets the overrides of its name',
    files: {'.reqlintrc.yaml': 'overrides:\n  - files: legacy/**\n    rules:\n      undefined-abbreviation: off\n'},
    args: ['--stdin-filename', 'legacy/old.md'],
    stdin: sso,
    code: 0,
    notStdout: ['SSO']
  },

  // Inline control comments.
  {
    name: 'inline disable comments silence what they name, and nothing else',
    files: {
      'spec.md': [
        '<!-- reqlint-disable-next-line undefined-abbreviation -->',
        'Вход через SSO.',
        '',
        '<!-- reqlint-disable ambiguous-wording -->',
        'Система должна работать быстро.',
        '<!-- reqlint-enable ambiguous-wording -->',
        '',
        '<!-- lint disable undefined-abbreviation -->',
        'Обмен через ЭДО.',
        '<!-- lint enable undefined-abbreviation -->',
        '',
        'Интерфейс должен быть удобным. Выгрузка в КЦР.',
        ''
      ].join('\n')
    },
    args: ['--format', 'json', 'spec.md'],
    spawn: true,
    code: 1,
    check: (result) => {
      const report = JSON.parse(result.stdout) as Array<{messages: Array<{line: number; actual: string}>}>
      const found = report[0]!.messages.map((message) => `${message.line}:${message.actual}`)
      if (JSON.stringify(found) !== JSON.stringify(['12:удобным', '12:КЦР'])) throw new Error(`found ${found.join(', ')}`)
    }
  },

  // Configuration: discovery, precedence, overrides.
  {
    name: 'the nearest configuration wins',
    files: {
      '.reqlintrc.yaml': 'rules:\n  ambiguous-wording: error\n',
      'sub/.reqlintrc.json': '{"rules": {"ambiguous-wording": "off"}}',
      'sub/w.md': vague
    },
    args: ['w.md'],
    cwd: 'sub',
    code: 0,
    stdout: ['w.md: замечаний нет']
  },
  {
    name: 'a configuration in a parent directory applies',
    files: {'.reqlintrc.yaml': 'rules:\n  ambiguous-wording: error\n', 'sub/deeper/w.md': vague},
    args: ['w.md'],
    cwd: 'sub/deeper',
    code: 1,
    stdout: [/ошибка +«быстро» \(неизмеримое качество\)/u]
  },
  {
    name: 'the "reqlint" key of package.json is a configuration',
    files: {'package.json': '{"name": "specs", "reqlint": {"rules": {"ambiguous-wording": "error"}}}', 'w.md': vague},
    args: ['w.md'],
    spawn: true,
    code: 1,
    stdout: ['ошибка']
  },
  {
    name: 'a package.json without the key is passed over for the next directory up',
    files: {'.reqlintrc.yml': 'rules:\n  ambiguous-wording: error\n', 'pkg/package.json': '{"name": "x"}', 'pkg/w.md': vague},
    args: ['w.md'],
    cwd: 'pkg',
    code: 1
  },
  {
    name: 'reqlint.config.mjs: its default export',
    files: {'reqlint.config.mjs': "export default {rules: {'undefined-abbreviation': 'off'}}\n", 'a.md': sso},
    args: ['a.md'],
    spawn: true,
    code: 0
  },
  {
    name: 'reqlint.config.js in an ESM package',
    files: {'package.json': '{"type": "module"}', 'reqlint.config.js': "export default {rules: {'undefined-abbreviation': 'warn'}}\n", 'a.md': sso},
    args: ['a.md'],
    code: 0,
    stdout: ['предупреждение']
  },
  {
    name: '--config overrides discovery',
    files: {'.reqlintrc.json': '{"rules": {"ambiguous-wording": "off"}}', 'strict.yaml': 'rules:\n  ambiguous-wording: error\n', 'w.md': vague},
    args: ['--config', 'strict.yaml', 'w.md'],
    code: 1
  },
  {
    name: 'overrides apply per path, globs relative to the configuration file, later ones winning',
    files: {
      '.reqlintrc.yaml': [
        'rules:',
        '  ambiguous-wording: error',
        'overrides:',
        '  - files: docs/legacy/**',
        '    rules:',
        '      ambiguous-wording: off',
        '  - files: "*.draft.md"',
        '    rules:',
        '      ambiguous-wording: warn',
        ''
      ].join('\n'),
      'docs/new.md': vague,
      'docs/legacy/old.md': vague,
      'docs/legacy/deep/older.md': vague,
      'docs/x.draft.md': vague
    },
    args: ['--format', 'json', 'docs'],
    cwd: '.',
    code: 1,
    check: (result) => {
      const report = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{severity: string}>}>
      const severities = Object.fromEntries(report.map((file) => [file.path, file.messages.map((message) => message.severity).join(',')]))
      const expected = {'docs/legacy/deep/older.md': '', 'docs/legacy/old.md': '', 'docs/new.md': 'error', 'docs/x.draft.md': 'warning'}
      if (JSON.stringify(severities) !== JSON.stringify(expected)) throw new Error(JSON.stringify(severities))
    }
  },
  {
    name: 'glossaries in a configuration are relative to it; --glossary replaces them',
    files: {
      '.reqlintrc.yaml': 'glossary: terms/glossary.yaml\n',
      'terms/glossary.yaml': 'terms:\n  - term: единый вход\n    abbreviation: SSO\n',
      'other.yaml': 'terms:\n  - term: лид\n',
      'docs/a.md': sso
    },
    args: ['a.md'],
    cwd: 'docs',
    code: 0
  },
  {
    name: '--glossary replaces the configured glossary',
    files: {'.reqlintrc.yaml': 'glossary: g.yaml\n', 'g.yaml': 'terms:\n  - term: единый вход\n    abbreviation: SSO\n', 'other.yaml': 'terms:\n  - term: лид\n', 'a.md': sso},
    args: ['--glossary', 'other.yaml', 'a.md'],
    code: 1,
    stdout: ['SSO']
  },
  {
    name: '--rule adjusts one rule over the configuration',
    files: {'.reqlintrc.yaml': 'rules:\n  ambiguous-wording: error\n', 'w.md': vague},
    args: ['--rule', 'ambiguous-wording:off', 'w.md'],
    code: 0,
    notStdout: ['быстро']
  },
  {
    name: 'with a configuration and no paths, the current directory is linted',
    files: {'.reqlintrc.json': '{"ignorePatterns": ["drafts/"]}', 'a.md': sso, 'docs/b.md': clean, 'drafts/c.md': sso},
    args: ['--format', 'json'],
    code: 1,
    check: (result) => {
      const paths = (JSON.parse(result.stdout) as Array<{path: string}>).map((file) => file.path)
      if (JSON.stringify(paths) !== JSON.stringify(['a.md', 'docs/b.md'])) throw new Error(paths.join(', '))
    }
  },
  {
    name: 'two configurations in one directory: exit 2',
    files: {'.reqlintrc.json': '{}', '.reqlintrc.yaml': '{}', 'a.md': clean},
    args: ['a.md'],
    code: 2,
    stderr: ['two reqlint configurations in one directory: .reqlintrc.json and .reqlintrc.yaml; keep one']
  },
  {
    name: '--print-config shows what applies to a file, and lints nothing',
    files: {
      '.reqlintrc.yaml': 'glossary: g.yaml\nlanguage: ru\nrules:\n  undefined-abbreviation: [warn, {allow: [SSO]}]\noverrides:\n  - files: "*.en.md"\n    language: en\n',
      'g.yaml': 'terms: []\n'
    },
    args: ['--print-config', 'docs/spec.en.md', '--rule', 'undefined-abbreviation:error', '--rule', 'mixed-script:off'],
    code: 0,
    check: (result) => {
      const printed = JSON.parse(result.stdout) as Record<string, unknown>
      const expected = {
        file: 'docs/spec.en.md',
        configFile: '.reqlintrc.yaml',
        overrides: [['*.en.md']],
        glossary: ['g.yaml'],
        glossaryMergeOrder: ['g.yaml'],
        language: 'en',
        locale: null,
        rules: {
          'undefined-abbreviation': ['error', {report: 'first', allow: ['SSO'], allowWellKnown: true}],
          'inconsistent-term': ['error', {abbreviationCase: true, variants: ['spelling', 'look-alike', 'compound', 'transliteration', 'lexicon']}],
          'ambiguous-wording': ['warn', {ignoreCategories: [], enableCategories: []}],
          'mixed-script': 'off'
        }
      }
      if (JSON.stringify(printed) !== JSON.stringify(expected)) throw new Error(result.stdout)
    }
  },
  {
    name: '--print-config without a configuration: the built-in glossary and the defaults',
    args: ['--print-config', 'a.md'],
    code: 0,
    stdout: ['"configFile": null', '"glossary": [\n    "reqlint:crm.ru"\n  ]', '"glossaryMergeOrder": [\n    "reqlint:crm.ru"\n  ]', '"language": "auto"']
  },

  // Bad configurations: exit 2 with path:line:column.
  {
    name: 'YAML: a bad severity, at its place',
    files: {'.reqlintrc.yaml': 'rules:\n  mixed-script: error\n  ambiguous-wording: loud\n', 'a.md': clean},
    args: ['a.md'],
    spawn: true,
    code: 2,
    stderr: ['reqlint: <dir>/.reqlintrc.yaml:3:22: rule `ambiguous-wording`: unknown severity "loud" (expected off, warn or error)\n'],
    check: (result) => {
      if (result.stdout !== '') throw new Error('a report was printed')
    }
  },
  {
    name: 'JSON: an unknown key, at the key',
    files: {'.reqlintrc.json': '{\n  "rules": {},\n  "glosary": "g.yaml"\n}\n', 'a.md': clean},
    args: ['a.md'],
    code: 2,
    stderr: ['reqlint: <dir>/.reqlintrc.json:3:3: unknown key `glosary` in the configuration (expected one of: glossary, rules, language, locale, sections, ignorePatterns, overrides)\n']
  },
  {
    name: 'an unknown rule id, at the key',
    files: {'.reqlintrc.yaml': 'rules:\n  no-such-rule: off\n', 'a.md': clean},
    args: ['a.md'],
    code: 2,
    stderr: ['<dir>/.reqlintrc.yaml:2:3: unknown rule `no-such-rule` (rules: undefined-abbreviation, inconsistent-term, ambiguous-wording, mixed-script)']
  },
  {
    name: 'an unknown rule option, at the option',
    files: {'.reqlintrc.yaml': 'rules:\n  undefined-abbreviation:\n    - warn\n    - allow: [SSO]\n      alow: [API]\n', 'a.md': clean},
    args: ['a.md'],
    code: 2,
    stderr: ['<dir>/.reqlintrc.yaml:5:7: rule `undefined-abbreviation`: unknown option `alow` (expected one of: report, allow, allowWellKnown)']
  },
  {
    name: 'a bad option value, at the options',
    files: {'.reqlintrc.yaml': 'rules:\n  undefined-abbreviation: [warn, {report: sometimes}]\n', 'a.md': clean},
    args: ['a.md'],
    code: 2,
    stderr: [/<dir>\/\.reqlintrc\.yaml:2:34: rule `undefined-abbreviation`: /u]
  },
  {
    name: 'package.json: the place inside package.json',
    files: {'package.json': '{\n  "name": "x",\n  "reqlint": {\n    "language": "de"\n  }\n}\n', 'a.md': clean},
    args: ['a.md'],
    code: 2,
    stderr: ['<dir>/package.json:4:17: unknown language "de" in `language` (expected ru, en or auto)']
  },
  {
    name: 'YAML syntax errors have places too',
    files: {'.reqlintrc.yaml': 'rules:\n  mixed-script: [error\n', 'a.md': clean},
    args: ['a.md'],
    code: 2,
    stderr: [/<dir>\/\.reqlintrc\.yaml:\d+:\d+: /u]
  },
  {
    name: 'a duplicate key is an error',
    files: {'.reqlintrc.yaml': 'language: ru\nlanguage: en\n', 'a.md': clean},
    args: ['a.md'],
    code: 2,
    stderr: [/<dir>\/\.reqlintrc\.yaml:2:1: Map keys must be unique/u]
  },
  {
    name: 'an override needs files',
    files: {'.reqlintrc.yaml': 'overrides:\n  - rules:\n      mixed-script: off\n', 'a.md': clean},
    args: ['a.md'],
    code: 2,
    stderr: ['<dir>/.reqlintrc.yaml:2:5: `overrides[0]` needs `files`: the globs of the files it applies to']
  },
  {
    name: 'a JS configuration names the key (it has no positions)',
    files: {'reqlint.config.mjs': 'export default {overrides: [{files: ["x"], langauge: "en"}]}\n', 'a.md': clean},
    args: ['a.md'],
    code: 2,
    stderr: ['<dir>/reqlint.config.mjs:1:1: unknown key `langauge` in `overrides[0]` (expected one of: files, rules, glossary, language)']
  },
  {
    name: 'a JS configuration that does not load',
    files: {'reqlint.config.mjs': 'export default {\n', 'a.md': clean},
    args: ['a.md'],
    code: 2,
    stderr: ['<dir>/reqlint.config.mjs:1:1: cannot load the configuration: ']
  },
  // A JS configuration is code that can fail in any way: one line and exit 2 each time, never a stack trace (issue 14, item 14).
  {
    name: 'a JS configuration whose value throws from a getter',
    files: {'reqlint.config.mjs': 'export default {get rules() { throw new Error("boom") }}\n', 'a.md': clean},
    args: ['a.md'],
    spawn: true,
    code: 2,
    stderr: ["reqlint: <dir>/reqlint.config.mjs:1:1: the configuration's default export is not plain data: boom\n"],
    notStderr: ['internal error', /\n\s+at /u]
  },
  {
    name: 'a JS configuration that exports a rejected promise, or a function',
    files: {'reqlint.config.mjs': 'export default Promise.reject(new Error("nope"))\n', 'fn/reqlint.config.mjs': 'export default {rules: () => ({})}\n', 'a.md': clean, 'fn/a.md': clean},
    args: ['a.md'],
    spawn: true,
    code: 2,
    stderr: ['reqlint: <dir>/reqlint.config.mjs:1:1: cannot load the configuration: nope\n'],
    async check(_result, dir) {
      const fn = await runInProcess(['a.md'], {cwd: path.join(dir, 'fn')})
      expect(fn.code).toBe(2)
      expect(fn.stderr).toMatch(/^reqlint: .*\/fn\/reqlint\.config\.mjs:1:1: the configuration's default export is not plain data: .*could not be cloned\.?\n$/u)
    }
  },
  {
    name: 'a JS configuration whose top-level await never settles (Node would exit 13)',
    files: {'a.md': clean, 'tla/reqlint.config.mjs': 'await new Promise(() => {})\nexport default {}\n', 'tla/a.md': clean},
    args: ['a.md'],
    code: 0,
    check(_result, dir) {
      // Through the binary only: in-process, the test runner keeps the event loop busy for ever.
      const stalled = runBinary(['a.md'], {cwd: path.join(dir, 'tla')})
      expect(stalled.code).toBe(2)
      expect(stalled.stderr).toBe(`reqlint: ${path.join(dir, 'tla')}/reqlint.config.mjs:1:1: cannot load the configuration: it never finishes loading (a top-level await that never settles)\n`)
    }
  },
  // Nothing is not a configuration (issue 14, item 18); an empty YAML file is every default, as YAML reads it.
  {
    name: 'export default null',
    files: {'reqlint.config.mjs': 'export default null\n', 'a.md': clean},
    args: ['a.md'],
    code: 2,
    stderr: ['reqlint: <dir>/reqlint.config.mjs:1:1: expected the configuration to be a mapping of keys to values\n']
  },
  {
    name: 'an empty .reqlintrc.json, or one that says null',
    files: {'.reqlintrc.json': '\n', 'null/.reqlintrc.json': 'null\n', 'yaml/.reqlintrc.yaml': '', 'a.md': clean, 'null/a.md': clean, 'yaml/a.md': clean},
    args: ['a.md'],
    code: 2,
    stderr: ['reqlint: <dir>/.reqlintrc.json:1:1: the configuration is empty (write {} for every default)\n'],
    async check(_result, dir) {
      const nul = await runInProcess(['a.md'], {cwd: path.join(dir, 'null')})
      expect([nul.code, nul.stderr]).toEqual([2, `reqlint: ${path.join(dir, 'null')}/.reqlintrc.json:1:1: expected the configuration to be a mapping of keys to values\n`])
      expect((await runInProcess(['a.md'], {cwd: path.join(dir, 'yaml')})).code).toBe(0)
    }
  },
  // package.json is read as `-c package.json` reads it (issue 14, item 17).
  {
    name: 'package.json with a BOM: its "reqlint" key is the configuration',
    files: {'package.json': '\ufeff{"name": "specs", "reqlint": {"rules": {"ambiguous-wording": "error"}}}', 'w.md': vague},
    args: ['--print-config', 'w.md'],
    code: 0,
    stdout: ['"configFile": "package.json"', /"ambiguous-wording": \[\s+"error"/u]
  },
  {
    name: 'package.json with a trailing comma: its "reqlint" key is the configuration',
    files: {'package.json': '{"name": "specs", "reqlint": {"rules": {"ambiguous-wording": "error"}},}\n', 'w.md': vague},
    args: ['w.md'],
    code: 1,
    stdout: [/ошибка +«быстро» \(неизмеримое качество\)/u]
  },
  {
    name: 'package.json that mentions "reqlint" and does not parse: its error, not silence',
    files: {'package.json': '{"name": "x",,}\n', 'a.md': clean, 'specs/package.json': '{"name": "specs",, "reqlint": {}}\n', 'specs/a.md': clean},
    // Without "reqlint" in it, a broken manifest is npm's problem.
    args: ['a.md'],
    code: 0,
    async check(_result, dir) {
      const broken = await runInProcess(['a.md'], {cwd: path.join(dir, 'specs')})
      expect(broken.code).toBe(2)
      expect(broken.stderr).toMatch(new RegExp(`^reqlint: ${path.join(dir, 'specs')}/package\\.json:1:\\d+: [^\\n]+\\n$`, 'u'))
    }
  },
  // A configuration is read bounded, and a device or FIFO is refused by its type (issue 14, item 5).
  {
    name: 'a configuration that is a FIFO or a device, or over 8 MB: refused, never read',
    files: {'a.md': clean},
    args: ['--config', 'fifo.yaml', 'a.md'],
    setup(dir) {
      execFileSync('mkfifo', [path.join(dir, 'fifo.yaml')])
      fs.symlinkSync('/dev/zero', path.join(dir, 'zero.json'))
      fs.symlinkSync('/dev/urandom', path.join(dir, 'reqlint.config.mjs'))
      fs.writeFileSync(path.join(dir, 'big.yaml'), '')
      fs.truncateSync(path.join(dir, 'big.yaml'), 100 * 1024 * 1024)
    },
    code: 2,
    stderr: ['reqlint: <dir>/fifo.yaml:1:1: cannot read the configuration: a FIFO, not a regular file\n'],
    async check(_result, dir) {
      const run = async (config: string): Promise<[number, string]> => {
        const result = await runInProcess(['--config', config, 'a.md'], {cwd: dir})
        return [result.code, result.stderr]
      }
      expect(await run('zero.json')).toEqual([2, `reqlint: ${dir}/zero.json:1:1: cannot read the configuration: a character device, not a regular file\n`])
      expect(await run('reqlint.config.mjs')).toEqual([2, `reqlint: ${dir}/reqlint.config.mjs:1:1: cannot read the configuration: a character device, not a regular file\n`])
      expect(await run('big.yaml')).toEqual([2, `reqlint: ${dir}/big.yaml:1:1: file is larger than 8 MB\n`])
    }
  },
  {
    name: 'a YAML configuration with a tag, or nested 20,000 deep: refused at its place',
    files: {'.reqlintrc.yaml': 'rules:\n  x: !foo bar\n', 'deep/.reqlintrc.yaml': `${'['.repeat(20_000)}${']'.repeat(20_000)}`, 'a.md': clean, 'deep/a.md': clean},
    args: ['a.md'],
    code: 2,
    stderr: ['reqlint: <dir>/.reqlintrc.yaml:2:6: YAML tag `!foo` is not supported (the file is plain data: strings, numbers, lists and mappings)'],
    check(_result, dir) {
      const deep = runBinary(['a.md'], {cwd: path.join(dir, 'deep')})
      if (deep.code !== 2 || deep.stderr !== `reqlint: ${path.join(dir, 'deep')}/.reqlintrc.yaml:1:101: lists and mappings nested more than 100 levels deep\n`) {
        throw new Error(`deep config: ${deep.code} ${deep.stderr}`)
      }
    }
  },
  {name: '--config that does not exist', files: {'a.md': clean}, args: ['--config', 'nope.yaml', 'a.md'], code: 2, stderr: ['<dir>/nope.yaml:1:1: cannot read the configuration: ENOENT']},
  {
    name: 'a bad glossary named by the configuration',
    files: {'.reqlintrc.yaml': 'glossary: g.yaml\n', 'g.yaml': 'terms:\n  - term: лид\n    synonim: [lead]\n', 'a.md': clean},
    args: ['a.md'],
    code: 2,
    stderr: ['reqlint: <dir>/g.yaml:3:5: unknown key `synonim` in a term entry']
  },
  {name: '--rule with an unknown rule', args: ['--rule', 'nope:off', 'a.md'], code: 2, stderr: ['--rule nope:off: unknown rule `nope`']},

  // What is linted: .gitignore, ignore patterns, explicit files.
  {
    name: '.gitignore files (nested ones too) and ignore patterns are respected when walking',
    files: {
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'build/\n*.tmp.md\n!keep.tmp.md\n',
      '.reqlintrc.yaml': 'ignorePatterns: ["vendor/"]\n',
      'docs/.gitignore': 'private/\n',
      'docs/a.md': clean,
      'docs/b.tmp.md': clean,
      'docs/keep.tmp.md': clean,
      'docs/private/c.md': clean,
      'build/d.md': clean,
      'vendor/e.md': clean,
      'node_modules/pkg/readme.md': clean,
      'notes/f.md': clean,
      'notes/g.md': clean
    },
    args: ['--format', 'json', '--ignore-pattern', 'notes/g.md', '.'],
    code: 0,
    check: (result) => {
      const paths = (JSON.parse(result.stdout) as Array<{path: string}>).map((file) => file.path)
      if (JSON.stringify(paths) !== JSON.stringify(['docs/a.md', 'docs/keep.tmp.md', 'notes/f.md'])) throw new Error(paths.join(', '))
    }
  },
  {
    name: '--no-gitignore lints what .gitignore ignores',
    files: {'.git/HEAD': 'x', '.gitignore': 'build/\n', 'build/d.md': clean, 'a.md': clean},
    args: ['--format', 'json', '--no-gitignore', '.'],
    code: 0,
    stdout: ['"path": "build/d.md"']
  },
  {
    name: 'a file named on the command line is linted even when ignored',
    files: {'.git/HEAD': 'x', '.gitignore': 'build/\n', 'build/d.md': sso},
    args: ['build/d.md'],
    code: 1
  },
  {
    name: 'globs expand, minus ignored files',
    files: {'.git/HEAD': 'x', '.gitignore': 'b.md\n', 'a.md': clean, 'b.md': clean, 'sub/c.md': clean},
    args: ['--format', 'json', '**/*.md'],
    code: 0,
    check: (result) => {
      const paths = (JSON.parse(result.stdout) as Array<{path: string}>).map((file) => file.path)
      if (JSON.stringify(paths) !== JSON.stringify(['a.md', 'sub/c.md'])) throw new Error(paths.join(', '))
    }
  },

  // Bad input: one line per file, the others linted, exit 1.
  {
    name: 'the bad-input matrix',
    files: {
      'good.md': sso,
      'binary.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      'latin1.md': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b, 0x0a]),
      'empty/readme.txt': 'x',
      'docs/ok.md': clean
    },
    args: ['--format', 'json', 'good.md', 'binary.md', 'latin1.md', 'missing.md', 'empty', 'docs', 'nothing-*.md', 'huge.md'],
    // A sparse file: its size is checked before it is read, so it costs no disk and no memory.
    setup: (dir) => {
      fs.writeFileSync(path.join(dir, 'huge.md'), '')
      fs.truncateSync(path.join(dir, 'huge.md'), 17 * 1024 * 1024)
    },
    spawn: true,
    code: 1,
    check: (result) => {
      const report = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{reason: string; ruleId?: string}>}>
      const byPath = Object.fromEntries(report.map((file) => [file.path, file.messages.map((message) => message.ruleId ?? message.reason)]))
      const expected = {
        'binary.md': ['binary file (it contains NUL bytes), not Markdown'],
        'docs/ok.md': [],
        'empty': ['no Markdown files (*.md, *.markdown, *.mdx) in this directory'],
        'good.md': ['undefined-abbreviation'],
        'huge.md': ['file is 17.0 MB; reqlint reads documents up to 16 MB'],
        'latin1.md': ['invalid UTF-8 at byte 3; save the file as UTF-8'],
        'missing.md': ['no such file or directory'],
        'nothing-*.md': ['no files match this pattern']
      }
      if (JSON.stringify(byPath) !== JSON.stringify(expected)) throw new Error(JSON.stringify(byPath, null, 1))
    }
  },
  {
    name: 'a bad file in stylish: one line for it',
    files: {'binary.md': new Uint8Array([0, 1, 2]), 'a.md': clean},
    args: ['binary.md', 'a.md'],
    code: 1,
    stdout: [/binary\.md\n +ошибка +binary file \(it contains NUL bytes\), not Markdown/u, 'a.md: замечаний нет']
  },
  {
    name: 'a document nested too deeply: refused at its line, the others linted',
    files: {'deep.md': `# Глубоко\n\n${'> '.repeat(150)}текст\n`, 'a.md': sso},
    args: ['--format', 'json', 'deep.md', 'a.md'],
    spawn: true,
    code: 1,
    check(result) {
      const report = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{line: number; column: number; ruleId?: string; severity: string; reason: string}>}>
      const summary = report.map((file) => [file.path, file.messages.map((message) => `${message.line}:${message.column} ${message.severity} ${message.ruleId ?? '-'} ${message.reason}`)])
      const expected = [
        ['a.md', ['1:12 error undefined-abbreviation Аббревиатура «SSO» не определена: расшифруйте её в разделе терминов или при первом упоминании\u00a0— «расшифровка (SSO)»\u00a0— либо добавьте в глоссарий']],
        ['deep.md', ['3:1 error - block quotes and lists nest deeper than 100 levels; reqlint does not lint such documents']]
      ]
      if (JSON.stringify(summary) !== JSON.stringify(expected)) throw new Error(JSON.stringify(summary))
    }
  }
]

function readText(dir: string, name: string): string {
  return fs.readFileSync(path.join(dir, name), 'utf8')
}
