#!/usr/bin/env node
import module from 'node:module'

// Node ≥ 22.1 can keep V8's compiled code between runs (in its own cache folder, checked against
// the source): start-up is mostly compiling (issue 19). Node 20 has no such call; nothing changes there.
module.enableCompileCache?.()

// The bundle of the CLI (scripts/bundle-cli.js): a few files and lazy chunks instead of ~100 modules.
// Imported after the call above, so that its modules are compiled with the cache.
const {main} = await import('../dist/bundle/main.js')

// `reqlint … | head` closes the pipe early: that is the reader's choice, not an error to crash on.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}

process.exitCode = await main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr
})
