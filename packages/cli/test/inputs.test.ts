/**
 * Inputs under attack (issue 14): FIFOs, process substitution and /dev/stdin
 * are read as streams and named as given; standard input stops at the document
 * size limit; a symbolic link loop says so; UTF-8 with a stray byte is not
 * taken for windows-1251.
 */
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {Readable} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {main} from '../src/main.js'
import {maxDocumentBytes} from '../src/read.js'
import {bin, rows, runBinary, runInProcess, tempDir} from './helpers.js'

const posix = process.platform !== 'win32'
const finding = ['inconsistent-term', 1, 8, 'Crm'] as const

describe.skipIf(!posix)('streams as inputs', () => {
  it('reads a FIFO named on the command line, names it as given, and still expands a glob after it', async () => {
    const dir = tempDir({'doc.md': 'Модуль Crm.\n'})
    const fifo = path.join(dir, 'p.md')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    // The writer blocks until reqlint opens the FIFO; reqlint runs as a separate process, so neither waits for the other.
    const writer = spawn('sh', ['-c', 'printf "Модуль Crm.\\n" > p.md'], {cwd: dir})
    const child = spawn(process.execPath, [bin, '--format', 'json', 'p.md', '*.md'], {cwd: dir, env: {...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '', LC_MESSAGES: ''}})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    await new Promise((resolve) => (writer.exitCode === null ? writer.on('close', resolve) : resolve(undefined)))
    expect(stderr).toBe('')
    expect(rows(stdout)).toEqual({'doc.md': [finding], 'p.md': [finding]})
    expect(code).toBe(1)
  })

  it('reads /dev/stdin on a pipe and names it /dev/stdin, not ../../dev/stdin', () => {
    const result = runBinary(['--format', 'json', '/dev/stdin'], {stdin: 'Модуль Crm.\n', cwd: tempDir()})
    expect(result.stderr).toBe('')
    expect(rows(result.stdout)).toEqual({'/dev/stdin': [finding]})
  })

  it('does not write fixes to a stream: one line, and the findings of what was read', () => {
    const result = runBinary(['--fix', '--format', 'json', '/dev/stdin'], {stdin: 'Модуль Crm.\n', cwd: tempDir()})
    expect(rows(result.stdout)).toEqual({'/dev/stdin': [[undefined, undefined, undefined, 'cannot write the fixes: read as a stream, not a regular file'], finding]})
    expect(result.code).toBe(1)
  })

  it('reads a character device as a stream too (/dev/null is an empty document)', () => {
    const result = runBinary(['--format', 'json', '/dev/null'], {cwd: tempDir()})
    expect(rows(result.stdout)).toEqual({'/dev/null': []})
    expect(result.code).toBe(0)
  })
})

describe('standard input', () => {
  it('stops reading at the document size limit, with one line, and lints the other files', async () => {
    const dir = tempDir({'doc.md': 'Модуль Crm.\n'})
    let sent = 0
    const chunk = Buffer.alloc(1024 * 1024, 'y\n')
    // `yes | reqlint -`: a stream that never ends.
    const endless = Object.assign(
      new Readable({
        read() {
          sent += chunk.length
          this.push(chunk)
        }
      }),
      {isTTY: false}
    )
    const out: Buffer[] = []
    const sink = {write: (text: string | Buffer) => out.push(Buffer.from(text)), isTTY: false} as unknown as NodeJS.WritableStream
    const code = await main({argv: ['--format', 'json', '-', 'doc.md'], cwd: dir, env: {NO_COLOR: '1'}, stdin: endless, stdout: sink, stderr: {write: () => true} as unknown as NodeJS.WritableStream})
    expect(rows(Buffer.concat(out).toString())).toEqual({
      '<stdin>': [[undefined, undefined, undefined, 'standard input sent more than 16 MB; reqlint reads documents up to 16 MB']],
      'doc.md': [finding]
    })
    expect(code).toBe(1)
    // It read what the limit needs and a little more (the stream's buffer), not the rest.
    expect(sent).toBeLessThan(maxDocumentBytes + 20 * chunk.length)
    expect(endless.destroyed).toBe(true)
  })

})

describe.skipIf(!posix)('paths that are not documents', () => {
  it('calls a symbolic link loop a loop, not a missing file', async () => {
    const dir = tempDir()
    fs.symlinkSync('loop2', path.join(dir, 'loop1'))
    fs.symlinkSync('loop1', path.join(dir, 'loop2'))
    const result = await runInProcess(['--format', 'json', 'loop1'], {cwd: dir})
    expect(rows(result.stdout)).toEqual({loop1: [[undefined, undefined, undefined, 'a loop of symbolic links (ELOOP)']]})
  })
})

describe('encodings', () => {
  it('says "invalid UTF-8 at byte N" for UTF-8 with one stray byte, instead of reading it as windows-1251', async () => {
    const text = Buffer.from('# Требования\n\nСистема хранит карточки клиентов.\n')
    const stray = Buffer.concat([text.subarray(0, 20), Buffer.from([0xff]), text.subarray(20)])
    const dir = tempDir({'stray.md': stray})
    const result = await runInProcess(['--format', 'json', 'stray.md'], {cwd: dir})
    expect(rows(result.stdout)).toEqual({'stray.md': [[undefined, undefined, undefined, 'invalid UTF-8 at byte 20; save the file as UTF-8']]})
  })

  it('still reads a real windows-1251 document, with its «» and №', async () => {
    const text = 'Требования к «Системе» № 5: модуль CRM хранит карточки.\n'
    const table = new Map<string, number>()
    const decoder = new TextDecoder('windows-1251')
    for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(new Uint8Array([byte])), byte)
    const dir = tempDir({'cp1251.md': new Uint8Array([...text].map((char) => table.get(char)!))})
    const result = await runInProcess(['--format', 'json', 'cp1251.md'], {cwd: dir})
    // A note about a Russian document, in its language (as its findings are).
    expect(rows(result.stdout)).toEqual({'cp1251.md': [['encoding', undefined, undefined, 'файл прочитан в кодировке windows-1251; reqlint ожидает UTF-8']]})
  })
})
