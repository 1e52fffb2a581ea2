import {builtinGlossary, lint} from '@reqlint/core'
import {describe, expect, it} from 'vitest'

const document = 'import {Note} from "./note.js"\n\n# Раздел\n\n<Note>Вход по SSO.</Note>\n\n{props.TBD}\n'

describe('MDX', () => {
  it('needs @reqlint/core/mdx, and says so', () => {
    expect(() => lint(document, {glossary: builtinGlossary(), mdx: true})).toThrow('MDX support is not loaded: import `@reqlint/core/mdx` before linting MDX')
  })

  it('parses ESM and expressions as syntax once it is loaded, and JSX content as prose', async () => {
    await import('@reqlint/core/mdx')
    const {findings} = lint(document, {glossary: builtinGlossary(), mdx: true})
    expect(findings.map((finding) => `${finding.place.start.line}:${finding.place.start.column} ${finding.ruleId} ${finding.actual}`)).toEqual([
      '5:15 undefined-abbreviation SSO'
    ])
  })
})
