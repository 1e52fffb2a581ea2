import {defineConfig} from 'vitest/config'

// Four projects, so that a developer can run the fast loop alone:
// - unit: the engine, the rules, their fixtures and the plugin, in process (seconds);
// - cli: everything that spawns a binary or packs a package (tens of seconds);
// - robustness: property tests, fuzzing, pathological and stress runs, the parser against remark on the
//   whole corpus (minutes).
// - install: the tests that install packages with npm and pnpm (the packed tarballs, the
//   pre-commit hook's clone), run after all the others so that their load on a 2-core machine
//   does not slow the rest.
// `pnpm test` runs all four; `pnpm test:fast` only the first.
const installing = ['test/package-install.test.ts', 'packages/cli/test/pre-commit.test.ts']
// Corpus-wide: a minute of parsing, in-process but not for the fast loop.
const corpusWide = ['packages/core/test/markdown-corpus.test.ts']
const spawning = [
  'packages/cli/test/**/*.test.ts',
  'packages/remark-reqlint/test/remark-cli.test.ts',
  'packages/*-server/test/**/*.test.ts',
  'packages/vscode-*/test/**/*.test.ts',
  'test/plugin-parity.test.ts',
  'test/eval.test.ts',
  'test/packaging/**/*.test.ts'
]

export default defineConfig({
  test: {
    // The CLI tests spawn the built binary; a cold start on a busy 2-core machine can take seconds.
    testTimeout: 30_000,
    // Hooks make and delete temporary trees (5,000 files in the stress test): on a loaded 2-core machine
    // removing them took over vitest's default 10 s, failing a suite whose tests had all passed.
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/*/test/**/*.test.ts', 'test/*.test.ts'],
          exclude: [...spawning, ...installing, ...corpusWide, '**/node_modules/**'],
          sequence: {groupOrder: 0}
        }
      },
      {extends: true, test: {name: 'cli', include: spawning, exclude: [...installing, '**/node_modules/**'], sequence: {groupOrder: 0}}},
      {extends: true, test: {name: 'robustness', include: ['test/robustness/**/*.test.ts', ...corpusWide], sequence: {groupOrder: 0}}},
      {extends: true, test: {name: 'install', include: installing, sequence: {groupOrder: 1}}}
    ]
  }
})
