/**
 * The limits of the glossary reader, each at its edge: YAML tags and aliases,
 * nesting depth, one document a file, the size in bytes of UTF-8, and messages
 * that stay one line whatever the names they quote.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {DataError, mergeGlossaryFiles, parseGlossaryFile} from '@reqlint/core'
import {loadGlossaryFiles, readDataFile} from '@reqlint/core/node'
import {errorOf} from './data-error.js'

const yaml = (text: string): DataError => errorOf(() => parseGlossaryFile('/g/a.yaml', text, 'yaml'))

describe('YAML tags', () => {
  it('refuses a tag the core schema does not know, naming it as written and where', () => {
    expect(yaml('terms:\n  - term: !foo bar\n').message).toBe('/g/a.yaml:2:11: YAML tag `!foo` is not supported (the file is plain data: strings, numbers, lists and mappings)')
    expect(yaml('terms: !foo [a]\n').message).toMatch(/^\/g\/a\.yaml:1:8: YAML tag `!foo` /u)
    expect(yaml('terms:\n  - term: !!js/function "function () {}"\n').message).toMatch(/^\/g\/a\.yaml:2:11: YAML tag `!!js\/function` /u)
    expect(yaml('terms:\n  - term: !<tag:yaml.org,2002:js/function> x\n').message).toMatch(/:2:11: YAML tag `!<tag:yaml\.org,2002:js\/function>` /u)
    expect(yaml('%TAG ! tag:x,2000:\n---\nterms:\n  - term: !local x\n').message).toMatch(/^\/g\/a\.yaml:4:11: YAML tag `!local` /u)
  })

  it('refuses the YAML 1.1 tags too: a glossary has no binary, set or date', () => {
    for (const tag of ['!!binary aGVsbG8=', '!!timestamp 2025-11-23', '!!set {a, b}', '!!omap [{a: 1}]', '!!pairs [{a: 1}]']) {
      expect(yaml(`terms:\n  - term: ${tag}\n`).message, tag).toMatch(new RegExp(`^/g/a\\.yaml:2:11: YAML tag \`${tag.split(' ')[0]}\` `, 'u'))
    }
  })

  it('reads the core schema tags and the non-specific one as before', () => {
    const glossary = parseGlossaryFile('/g/a.yaml', 'terms:\n  - term: !!str 12\n    synonyms: !!seq [! 13]\n', 'yaml')
    expect(glossary.entries[0]?.term.value).toBe('12')
    expect(glossary.entries[0]?.synonyms.map((named) => named.value)).toEqual(['13'])
  })
})

describe('YAML aliases and documents', () => {
  it('refuses an alias where the reader meets it, a key too; an anchor alone is harmless, a merge key unknown', () => {
    expect(yaml('terms:\n  - &t {term: лид}\n  - *t\n').message).toBe('/g/a.yaml:3:5: YAML aliases are not supported (`*t`): write the value out')
    expect(yaml('abbreviations: [&a ЛИД]\nterms:\n  - {*a : x}\n').message).toMatch(/^\/g\/a\.yaml:3:6: YAML aliases /u)
    // In document order: the unknown key `a` comes before the alias.
    expect(yaml('a: &x лид\nterms:\n  - term: *x\n').message).toMatch(/^\/g\/a\.yaml:1:1: unknown key `a`/u)
    expect(yaml('terms:\n  - &b {term: x}\n  - <<: *b\n').message).toBe('/g/a.yaml:3:5: YAML merge keys (`<<`) are not supported: write the keys out')
    expect(parseGlossaryFile('/g/a.yaml', 'terms:\n  - &t {term: лид}\n', 'yaml').entries).toHaveLength(1)
  })

  it('refuses a second document', () => {
    expect(yaml('terms: []\n---\nterms: []\n').message).toBe('/g/a.yaml:2:1: a second YAML document: a file holds one')
  })
})

describe('nesting', () => {
  const deep = (levels: number): string => `terms:\n  - term: x\n    synonyms: ${'['.repeat(levels - 3)}y${']'.repeat(levels - 3)}\n`

  it('reaches the reader at 100 levels of lists and mappings, and is refused at the 98th bracket, which opens the 101st', () => {
    // Three levels before the brackets: the top mapping, `terms`, its entry.
    expect(yaml(deep(100)).message).toMatch(/^\/g\/a\.yaml:3:16: expected each item of `synonyms` to be a string$/u)
    expect(yaml(deep(101)).message).toBe(`/g/a.yaml:3:${15 + 97}: lists and mappings nested more than 100 levels deep`)
  })

  it('counts block lists and mappings too, and refuses at once however deep the file goes', () => {
    expect(yaml(`terms:\n${'  - '.repeat(200_000)}x\n`).message).toMatch(/^\/g\/a\.yaml:2:\d+: lists and mappings nested more than 100 levels deep$/u)
    const mappings = Array.from({length: 3000}, (_, level) => `${' '.repeat(level)}a:`).join('\n')
    expect(yaml(`${mappings} x\n`).message).toMatch(/^\/g\/a\.yaml:101:101: lists and mappings nested /u)
    // Refused where the 101st level opens, the same for 2,000 brackets as for 2,000,000: the reader stops
    // there instead of reading on (no time is measured; a reader that went on would fail the test's timeout).
    expect(errorOf(() => parseGlossaryFile('/g/a.json', `{"terms": ${'['.repeat(2_000)}`, 'json')).message).toBe('/g/a.json:1:110: lists and mappings nested more than 100 levels deep')
    expect(errorOf(() => parseGlossaryFile('/g/a.json', `{"terms": ${'['.repeat(2_000_000)}`, 'json')).message).toBe('/g/a.json:1:110: lists and mappings nested more than 100 levels deep')
  })
})

describe('size in bytes of UTF-8', () => {
  it('counts an astral character as 4 bytes and a Cyrillic letter as 2', () => {
    const limit = 8 * 1024 * 1024
    const emoji = `terms:\n  - term: xyz\n# ${'😀'.repeat((limit - 24) / 4)}\n`
    expect(new TextEncoder().encode(emoji).length).toBe(limit)
    expect(parseGlossaryFile('/g/a.yaml', emoji, 'yaml').entries).toHaveLength(1)
    expect(yaml(`${emoji} `).message).toBe('/g/a.yaml:1:1: file is larger than 8 MB')
  })
})

describe('one-line messages', () => {
  it('escapes line breaks and control characters in the names it quotes, as JSON does', () => {
    const twice = parseGlossaryFile('/g/a.yaml', 'terms:\n  - term: "x\\e[31m\\u2028y"\n  - term: "x\\e[31m\\u2028y"\n', 'yaml')
    expect(errorOf(() => mergeGlossaryFiles([twice])).reason).toMatch(/^«x\\u001b\[31m\\u2028y» is already a term/u)
    expect(errorOf(() => parseGlossaryFile('/g/a.yaml', '\u001b[31m\n', 'yaml')).message).toBe('/g/a.yaml:1:1: expected the glossary to be a mapping')
  })

  // A file that is no glossary fails on its first «key», which is its content (issue 14, item 16).
  it('quotes an unknown key, column or language only if it looks like one: never a line of a file that is no glossary', () => {
    expect(yaml('synonim: x\n').reason).toBe('unknown key `synonim` in the glossary (expected one of: language, extends, remove, terms, abbreviations, builtinAbbreviations, ambiguous, distinct)')
    expect(yaml('термины: x\n').reason).toMatch(/^unknown key `термины` in the glossary/u)
    expect(yaml('language: de\n').reason).toBe('unknown language `de` (expected ru or en)')
    const shadow = 'root:$6$Zs9Xq$hG0b1TQfWm2uV8sP3:20228:0:99999:7:::\ndaemon:*:20228:0:99999:7:::\n'
    expect(yaml(shadow).message).toBe('/g/a.yaml:1:1: unknown key (49 characters, not shown) in the glossary (expected one of: language, extends, remove, terms, abbreviations, builtinAbbreviations, ambiguous, distinct)')
    expect(yaml('machine example.com login me password hunter2: x\n').reason).toMatch(/^unknown key \(45 characters, not shown\) /u)
    expect(yaml('DB_PASSWORD=hunter2: 1\n').reason).toMatch(/^unknown key \(19 characters, not shown\) /u)
    expect(yaml('"a\\nb\\r\\u2028\\u2029\\x85": 1\n').reason).toMatch(/^unknown key \(7 characters, not shown\) in the glossary/u)
    expect(yaml('language: hunter2!\n').reason).toBe('unknown language (8 characters, not shown) (expected ru or en)')
    expect(yaml('terms:\n  - term: x\n    definition: |secret\n      text\n').reason).toBe('Block scalar header includes extra characters')
    expect(errorOf(() => parseGlossaryFile('/g/a.csv', 'user,pa$$word\n', 'csv')).message).toBe(
      '/g/a.csv:1:1: unknown column `user` (expected: term, abbreviation, definition, synonyms, avoid)'
    )
    expect(errorOf(() => parseGlossaryFile('/g/a.csv', '"te\r\nrm",x\n', 'csv')).message).toBe(
      '/g/a.csv:1:1: unknown column (6 characters, not shown) (expected: term, abbreviation, definition, synonyms, avoid)'
    )
  })

  it('keeps the file as given in `file`, escaped in the message', () => {
    const error = errorOf(() => parseGlossaryFile('/g/a\nb.yaml', 'x: 1\n', 'yaml'))
    expect(error.file).toBe('/g/a\nb.yaml')
    expect(error.message).toMatch(/^\/g\/a\\nb\.yaml:1:1: unknown key `x`/u)
  })
})

describe('reading a glossary file from disk (issue 14, item 5)', () => {
  // Each is refused before a byte is read: /dev/zero used to be read until 16.8 GB, a FIFO blocked for ever.
  it('refuses a device and a FIFO by their type, on one line, named by the file that extends them', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reqlint-limits-'))
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.yaml'))
    fs.symlinkSync('/dev/urandom', path.join(dir, 'random.csv'))
    execFileSync('mkfifo', [path.join(dir, 'fifo.yaml')])
    fs.mkdirSync(path.join(dir, 'folder.yaml'))
    fs.writeFileSync(path.join(dir, 'g.yaml'), 'extends: [./fifo.yaml]\n')
    const refused = (file: string): string => errorOf(() => loadGlossaryFiles([file], dir)).message
    expect(refused('zero.yaml')).toBe(`${dir}/zero.yaml:1:1: cannot read glossary ${dir}/zero.yaml: a character device, not a regular file`)
    expect(refused('random.csv')).toBe(`${dir}/random.csv:1:1: cannot read glossary ${dir}/random.csv: a character device, not a regular file`)
    expect(refused('folder.yaml')).toBe(`${dir}/folder.yaml:1:1: cannot read glossary ${dir}/folder.yaml: a directory, not a regular file`)
    expect(refused('g.yaml')).toBe(`${dir}/g.yaml:1:11: cannot read glossary ${dir}/fifo.yaml: a FIFO, not a regular file`)
  })

  it('reads at most the limit plus one byte: a 100 MB file is refused by its size, a file at the limit is read', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reqlint-limits-'))
    const big = path.join(dir, 'big.yaml')
    fs.writeFileSync(big, '')
    fs.truncateSync(big, 100 * 1024 * 1024)
    expect(errorOf(() => loadGlossaryFiles([big])).message).toBe(`${big}:1:1: file is larger than 8 MB`)
    // The size is only a hint (/proc files say 0, a file can grow): the bytes read are what count.
    const small = path.join(dir, 'small.yaml')
    fs.writeFileSync(small, '0123456789')
    expect(readDataFile(small, 10)).toBe('0123456789')
    expect(errorOf(() => readDataFile(small, 9)).message).toBe(`${small}:1:1: file is larger than 9 bytes`)
    expect(readDataFile('/proc/self/status', 1024 * 1024)).toMatch(/^Name:/u)
    expect(errorOf(() => readDataFile('/proc/self/status', 16)).reason).toBe('file is larger than 16 bytes')
  })
})
