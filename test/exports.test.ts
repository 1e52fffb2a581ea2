/**
 * Each package's public exports, locked: adding, renaming or removing one is
 * a change of the API and must show in this file's diff, as remark-lint's
 * tests lock its packages' exports.
 */
import {describe, expect, it} from 'vitest'

const entries: Record<string, () => Promise<object>> = {
  '@reqlint/core': () => import('@reqlint/core'),
  '@reqlint/core/lint': () => import('@reqlint/core/lint'),
  '@reqlint/core/node': () => import('@reqlint/core/node'),
  '@reqlint/core/mdx': () => import('@reqlint/core/mdx'),
  '@reqlint/core/data-file': () => import('@reqlint/core/data-file'),
  '@reqlint/core/i18n': () => import('@reqlint/core/i18n'),
  '@reqlint/core/schema': () => import('@reqlint/core/schema'),
  reqlint: () => import('reqlint'),
  'reqlint/settings': () => import('reqlint/settings'),
  'remark-reqlint': () => import('remark-reqlint'),
  // Not a dependency of the workspace root: its built entry.
  '@reqlint/language-server': () => import('../packages/language-server/dist/index.js')
}

const lint = [
  'BlockCache',
  'ChunkCache',
  'DataError',
  'DocumentError',
  'RuleSettingError',
  'TokenCache',
  'addMessage',
  'addMessages',
  'allSignals',
  'alternatives',
  'applyFixes',
  'builtinGlossary',
  'builtinGlossaryName',
  'builtinGlossaryPath',
  'checkTree',
  'coreMessage',
  'defineRule',
  'detectLanguage',
  'emptyGlossary',
  'escapeControls',
  'explainRequirements',
  'fileKindIn',
  'findingText',
  'findingsOf',
  'formatTemplate',
  'inSubjectRu',
  'isBuiltinGlossaryName',
  'isLocale',
  'lint',
  'localeFromEnvironment',
  'localeKey',
  'locales',
  'maxDataBytes',
  'maxNesting',
  'messagesOf',
  'mustBeRu',
  'names',
  'normalizeWord',
  'option',
  'parseMarkdown',
  'placeholders',
  'quoteTokenIn',
  'readFailure',
  'readFailureIn',
  'resolveSetting',
  'ruleById',
  'ruleUrl',
  'rules',
  'russianPlural',
  'sizeIn',
  'source',
  'subjectEn',
  'templateOf',
  'tokenOf',
  'verbatim'
]

const expected: Record<string, readonly string[]> = {
  '@reqlint/core': [
    ...lint,
    'YamlReader',
    'checkGlossary',
    'findProposals',
    'formatOf',
    'loadGlossary',
    'mergeGlossaryFiles',
    'parseGlossaryFile',
    'proposeVariants'
  ],
  '@reqlint/core/lint': lint,
  '@reqlint/core/node': ['fileKind', 'fileSystemHost', 'fileType', 'loadGlossaryFiles', 'readDataBytes', 'readDataFile'],
  '@reqlint/core/data-file': ['fileKind', 'fileType', 'readDataBytes', 'readDataFile'],
  '@reqlint/core/i18n': ['alternatives', 'coreMessage', 'fileKindIn', 'inSubjectRu', 'isLocale', 'localeFromEnvironment', 'locales', 'messagesOf', 'mustBeRu', 'names', 'quoteTokenIn', 'readFailure', 'readFailureIn', 'russianPlural', 'sizeIn', 'subjectEn', 'tokenOf', 'verbatim'],
  // The one schema for data files, which the CLI's configuration is written with too.
  '@reqlint/core/schema': ['PlainSource', 'boolean', 'list', 'object', 'oneOf', 'optional', 'readRoot', 'record', 'refine', 'string', 'strings', 'words'],
  '@reqlint/core/mdx': [],
  reqlint: ['main'],
  'reqlint/settings': ['ConfigResolver', 'Glossaries', 'configFileNames', 'findConfig', 'isMdx', 'loadGlossaryReader', 'loadMdxFor'],
  'remark-reqlint': ['default'],
  '@reqlint/language-server': ['defaultDebounce', 'serve', 'startServer']
}

describe('public exports', () => {
  for (const [name, load] of Object.entries(entries)) {
    it(name, async () => {
      expect(Object.keys(await load()).sort()).toEqual([...expected[name]!].sort())
    })
  }
})
