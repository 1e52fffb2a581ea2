// The project's lint: typescript-eslint's recommended rules, and the layering
// rule of the design — @reqlint/core takes text in and gives messages out, so it
// touches no file system, process or console (its Node entries `node.ts` and
// `data-file.ts` excepted).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {ignores: ['**/dist/**', '**/node_modules/**', 'packages/core/src/data/generated/**', 'bench/.corpus/**', 'coverage/**']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly', performance: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', structuredClone: 'readonly'}
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
      // Escaping control characters out of CI output and XML is one of reqlint's jobs.
      'no-control-regex': 'off'
    }
  },
  {
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/node.ts', 'packages/core/src/data-file.ts'],
    rules: {
      'no-restricted-imports': ['error', {patterns: [{group: ['node:*', 'fs', 'path', 'child_process', 'os'], message: '@reqlint/core does no I/O: put file-system code in src/node.ts, src/data-file.ts or in the CLI.'}]}],
      'no-restricted-globals': ['error', {name: 'process', message: '@reqlint/core does not touch the process.'}],
      'no-console': 'error'
    }
  }
)
