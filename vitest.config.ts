import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    // The CLI tests spawn the built binary; a cold start on a busy 2-core machine can take seconds.
    testTimeout: 30_000,
    pool: 'forks'
  }
})
