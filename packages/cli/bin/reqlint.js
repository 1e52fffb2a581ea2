#!/usr/bin/env node
// The bundle of the CLI (scripts/bundle-cli.js): one file and a few lazy chunks instead of ~100 modules.
import {main} from '../dist/bundle/main.js'

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
