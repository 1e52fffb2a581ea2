/**
 * Parallel linting: worker threads give the same report, byte for byte, as a
 * serial run, in the same sorted order; small runs stay in the main thread.
 */
import os from 'node:os'
import {describe, expect, it} from 'vitest'
import {bytesPerWorker, workerCount} from '../src/worker-count.js'
import {runBinary, runInProcess, tempDir, type Files} from './helpers.js'

/** 40 documents of about a KB, each with findings of every rule, and one bad file. */
function repository(): Files {
  const files: Files = {}
  for (let index = 0; index < 40; index++) {
    const paragraphs = Array.from({length: 4}, (_, line) =>
      [
        `Требование ${index}.${line}: система должна работать быстро и обрабатывать ${line * 10 + index} заявок.`,
        `Данные передаются через SSO и API-шлюз, модуль Crm и CR\u041C хранят карточки.`,
        ['Интерфейс должен быть удобным и т.д.', 'Поставляется коробочная версия.', 'Коробка ставится у заказчика.'][line % 3]!
      ].join(' ')
    )
    files[`specs/${String(index % 7)}/spec-${String(index).padStart(2, '0')}.md`] = `# Спецификация ${index}\n\n${paragraphs.join('\n\n')}\n`
  }
  files['specs/broken.md'] = new Uint8Array([0x00, 0x01])
  return files
}

describe('parallel runs', () => {
  it('--workers 2 prints byte for byte the report of --workers 1', () => {
    const dir = tempDir(repository())
    const serial = runBinary(['--format', 'json', '--workers', '1', 'specs'], {cwd: dir})
    const parallel = runBinary(['--format', 'json', '--workers', '2', 'specs'], {cwd: dir})
    expect(serial.code).toBe(1)
    expect(parallel.code).toBe(1)
    expect(parallel.stdout).toBe(serial.stdout)
    const report = JSON.parse(serial.stdout) as Array<{path: string; messages: unknown[]}>
    expect(report).toHaveLength(41)
    expect(report.map((file) => file.path)).toEqual(report.map((file) => file.path).sort())
    expect(report.every((file) => file.messages.length > 0)).toBe(true)
  })

  it('agrees in-process too (stylish, with its causes), and with the cache', async () => {
    const dir = tempDir(repository())
    const serial = await runInProcess(['--workers', '1', 'specs'], {cwd: dir})
    const parallel = await runInProcess(['--workers', '2', 'specs'], {cwd: dir})
    expect(parallel.stdout).toBe(serial.stdout)
    expect(serial.stdout).toContain('[см. также]')
    const cold = await runInProcess(['--format', 'json', '--workers', '2', '--cache', 'specs'], {cwd: dir})
    const warm = await runInProcess(['--format', 'json', '--workers', '2', '--cache', 'specs'], {cwd: dir})
    expect(warm.stdout).toBe(cold.stdout)
  })

  it('chooses the main thread for small runs and at most one worker per core', () => {
    const cores = os.availableParallelism()
    expect(workerCount(1, 10_000, undefined)).toBe(1)
    expect(workerCount(40, 1_000_000, undefined)).toBe(1)
    expect(workerCount(10_000, 10_000 * 1024, undefined)).toBe(cores >= 2 ? cores : 1)
    expect(workerCount(40, 1000, 2)).toBe(2)
    expect(workerCount(1, 1000, 4)).toBe(1)
    expect(workerCount(500, 500_000, 1)).toBe(1)
  })

  it('lints many empty or tiny documents in the main thread: they do not pay for a pool (issue 14)', () => {
    expect(workerCount(20_000, 0, undefined)).toBe(1)
    expect(workerCount(20_000, 20_000 * 10, undefined)).toBe(1)
    expect(workerCount(20_000, 2 * bytesPerWorker, undefined)).toBe(Math.min(2, Math.max(1, os.availableParallelism())))
  })
})
