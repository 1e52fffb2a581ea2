/**
 * A glossary is loaded once per process, however many files the pipeline
 * processes, and again only when one of its files changes.
 */
import fs from 'node:fs'
import path from 'node:path'
import {loadGlossaryFiles} from '@reqlint/core/node'
import {VFile} from 'vfile'
import {afterAll, beforeEach, describe, expect, it} from 'vitest'
import {clearGlossaryCache, glossaryLoads} from '../src/glossary-cache.js'
import {lintWithPlugin, makeProject, removeProjects, short} from './helpers.js'

afterAll(removeProjects)
beforeEach(clearGlossaryCache)

const glossary = 'language: ru\nextends: [./base.yaml]\nterms:\n  - term: заявка\n    avoid: [тикет]\n'
const base = 'language: ru\nabbreviations: [SSO]\n'
const document = 'Тикет создаётся при входе через SSO и КСУ.\n'

function project(): string {
  return makeProject({files: {'glossary.yaml': glossary, 'base.yaml': base, 'sub/.keep': ''}})
}

async function lint(cwd: string, options: Parameters<typeof lintWithPlugin>[1]): Promise<string[]> {
  return (await lintWithPlugin(new VFile({value: document, cwd, path: 'doc.md'}), options)).messages.map(short)
}

describe('the glossary cache', () => {
  it('loads a glossary file once for many files', async () => {
    const dir = project()
    const before = glossaryLoads()
    const results = []
    for (let index = 0; index < 5; index++) results.push(await lint(dir, {glossary: 'glossary.yaml'}))
    expect(glossaryLoads() - before).toBe(1)
    expect(results[0]).toEqual(['1:1-1:6 inconsistent-term «Тикет»', '1:39-1:42 undefined-abbreviation «КСУ»'])
    for (const result of results) expect(result).toEqual(results[0])
  })

  it('shares one load between processors, and between relative and absolute paths of one file', async () => {
    const dir = project()
    const before = glossaryLoads()
    await lint(dir, {glossary: 'glossary.yaml'})
    await lint(path.join(dir, 'sub'), {glossary: '../glossary.yaml'})
    await lint('/', {glossary: path.join(dir, 'glossary.yaml')})
    await lint(dir, {glossary: ['glossary.yaml']})
    expect(glossaryLoads() - before).toBe(1)
    await lint(dir, {glossary: ['base.yaml', 'glossary.yaml']})
    expect(glossaryLoads() - before).toBe(2)
  })

  it('does not load a glossary given as an object', async () => {
    const dir = project()
    const loaded = loadGlossaryFiles(['glossary.yaml'], dir)
    const before = glossaryLoads()
    expect(await lint(dir, {glossary: loaded})).toEqual(await lint(dir, {glossary: 'glossary.yaml'}))
    expect(glossaryLoads() - before).toBe(1)
  })

  it('loads again when the glossary or a file it extends changes', async () => {
    const dir = project()
    const before = glossaryLoads()
    expect(await lint(dir, {glossary: 'glossary.yaml'})).toContain('1:39-1:42 undefined-abbreviation «КСУ»')
    const later = new Date(Date.now() + 10_000)
    fs.writeFileSync(path.join(dir, 'base.yaml'), 'language: ru\nabbreviations: [SSO, КСУ]\n')
    fs.utimesSync(path.join(dir, 'base.yaml'), later, later)
    expect(await lint(dir, {glossary: 'glossary.yaml'})).toEqual(['1:1-1:6 inconsistent-term «Тикет»'])
    expect(await lint(dir, {glossary: 'glossary.yaml'})).toEqual(['1:1-1:6 inconsistent-term «Тикет»'])
    expect(glossaryLoads() - before).toBe(2)
  })

  it('remembers a bad glossary until it is fixed', async () => {
    const dir = project()
    fs.writeFileSync(path.join(dir, 'base.yaml'), 'language: ru\nabbreviation: [SSO]\n')
    const before = glossaryLoads()
    for (let index = 0; index < 3; index++) {
      const [message, ...rest] = await lint(dir, {glossary: 'glossary.yaml'})
      expect(message).toBe('undefined:undefined-undefined:undefined glossary «undefined»')
      expect(rest).toEqual([])
    }
    expect(glossaryLoads() - before).toBe(1)
    const later = new Date(Date.now() + 10_000)
    fs.writeFileSync(path.join(dir, 'base.yaml'), base)
    fs.utimesSync(path.join(dir, 'base.yaml'), later, later)
    expect(await lint(dir, {glossary: 'glossary.yaml'})).toHaveLength(2)
    expect(glossaryLoads() - before).toBe(2)
  })
})
