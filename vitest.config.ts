import {defineConfig} from 'vitest/config'

/**
 * Tests that install packages with npm and pnpm (the packed tarballs, the
 * pre-commit hook's clone): they run after all the others, so that their load
 * on a 2-core machine does not slow the bounded-time checks of the robustness tests.
 */
const installing = ['test/package-install.test.ts', 'packages/cli/test/pre-commit.test.ts']

export default defineConfig({
  test: {
    // The CLI tests spawn the built binary; a cold start on a busy 2-core machine can take seconds.
    testTimeout: 30_000,
    pool: 'forks',
    projects: [
      {extends: true, test: {name: 'reqlint', include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'], exclude: installing, sequence: {groupOrder: 0}}},
      {extends: true, test: {name: 'install', include: installing, sequence: {groupOrder: 1}}}
    ]
  }
})
