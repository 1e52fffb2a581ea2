/**
 * The shared table of CLI cases (cases.ts): every case in-process through
 * main(), the representative ones also through the real binary, with the same
 * expectations, and the two runs must agree.
 */
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {cases, type CliCase} from './cases.js'
import {runBinary, runInProcess, summary, tempDir, type Result} from './helpers.js'

function prepare(item: CliCase): {dir: string; cwd: string} {
  const dir = tempDir(item.files ?? {})
  item.setup?.(dir)
  return {dir, cwd: path.join(dir, item.cwd ?? '.')}
}

async function verify(item: CliCase, result: Result, dir: string): Promise<void> {
  const expand = (expected: string | RegExp): string | RegExp =>
    typeof expected === 'string' ? expected.replaceAll('<dir>', dir) : new RegExp(expected.source.replaceAll('<dir>', dir.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')), expected.flags)
  const context = `stdout:\n${result.stdout}\nstderr:\n${result.stderr}`
  expect(result.code, context).toBe(item.code)
  for (const expected of item.stdout ?? []) expect(result.stdout, context).toMatch(expand(expected))
  for (const expected of item.stderr ?? []) expect(result.stderr, context).toMatch(expand(expected))
  for (const unexpected of item.notStdout ?? []) expect(result.stdout, context).not.toMatch(expand(unexpected))
  for (const unexpected of item.notStderr ?? []) expect(result.stderr, context).not.toMatch(expand(unexpected))
  await item.check?.(result, dir)
}

describe('the CLI cases, in-process', () => {
  for (const item of cases) {
    it(item.name, async () => {
      const {dir, cwd} = prepare(item)
      await verify(item, await runInProcess(item.args, {cwd, ...(item.stdin === undefined ? {} : {stdin: item.stdin})}), dir)
    })
  }
})

describe('the CLI cases, through the real binary', () => {
  for (const item of cases.filter((candidate) => candidate.spawn === true)) {
    it(item.name, async () => {
      const {dir, cwd} = prepare(item)
      const options = {cwd, ...(item.stdin === undefined ? {} : {stdin: item.stdin})}
      const spawned = runBinary(item.args, options)
      await verify(item, spawned, dir)
      // The binary is main() and nothing else: the same output as in-process, but for the time in the summary.
      const inProcess = await runInProcess(item.args, options)
      expect(spawned.stdout).toBe(inProcess.stdout)
      expect(summary(spawned.stderr) ?? spawned.stderr).toBe(summary(inProcess.stderr) ?? inProcess.stderr)
    })
  }
})
