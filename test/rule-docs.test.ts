/**
 * Every rule is a typed definition with its documentation page and its
 * fixtures, as the layout promises (`packages/core/src/rules/<id>.ts`,
 * `docs/rules/<id>.md`, `fixtures/<id>/`), and every page shows the rule's
 * messages in both languages exactly as the templates write them
 * (`node scripts/rule-docs.js` rewrites the section).
 */
import fs from 'node:fs'
import path from 'node:path'
import {ruleUrl, rules} from '@reqlint/core'
import {describe, expect, it} from 'vitest'
// @ts-expect-error -- a plain ES module script without types
import {documentedRules, messagesSection, pageOf, root, sectionIn} from '../scripts/rule-docs.js'

describe('rule definitions', () => {
  for (const rule of rules) {
    it(`${rule.id}: a source file, a page and fixtures that fire and stay clean`, () => {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/u)
      expect(fs.existsSync(path.join(root, 'packages/core/src/rules', `${rule.id}.ts`))).toBe(true)
      expect(fs.existsSync(pageOf(rule.id))).toBe(true)
      const fixtures = fs.readdirSync(path.join(root, 'fixtures', rule.id))
      expect(fixtures.some((name) => /^invalid(?:-.*)?\.md$/u.test(name))).toBe(true)
      expect(fixtures.some((name) => /^valid(?:-.*)?\.md$/u.test(name))).toBe(true)
    })
  }

  for (const rule of documentedRules()) {
    it(`${rule.id}: its page shows every message in English and Russian, as the templates write them`, () => {
      expect(rule.url).toBe(ruleUrl(rule.id))
      expect(rule.description).toMatch(/\.$/u)
      expect(typeof rule.fixable).toBe('boolean')
      const section = sectionIn(fs.readFileSync(pageOf(rule.id), 'utf8'))
      expect(section, 'run `node scripts/rule-docs.js` after a build').toBe(messagesSection(rule))
    })
  }
})
