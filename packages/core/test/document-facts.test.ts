/**
 * What the engine reads of a whole document: its language (the prose's, not
 * its comments'), and the line a message names for a place far from the finding.
 */
import {builtinGlossary, detectLanguage, lint} from '@reqlint/core'
import {describe, expect, it} from 'vitest'

const glossary = builtinGlossary()

describe('the language of a document', () => {
  it('is the language of its prose, not of its HTML comments', () => {
    const controls = '<!-- reqlint-disable-next-line ambiguous-wording -- reviewed with the customer, see the meeting notes -->\n'
    expect(detectLanguage(`${controls}Система должна работать быстро.\n`)).toBe('ru')
    expect(detectLanguage('The system shall respond quickly.\n<!-- Комментарий для редактора -->\n')).toBe('en')
    // An unclosed comment is text as any other.
    expect(detectLanguage('<!-- reqlint-disable ambiguous-wording everywhere in this file\nСистема.')).toBe('en')
  })
})

describe('an abbreviation used before its definition', () => {
  it('names the line of the definition, whichever line of a long document it is on', () => {
    // CRLF and LF lines alike; the definition far below the use.
    const filler = Array.from({length: 500}, (_, index) => `Абзац ${index}.\r\n`).join('\r\n')
    const text = `# ТЗ\n\nСистема формирует ПМИ.\n\n${filler}\nПрограмма и методика испытаний (ПМИ) — документ.\n`
    const definitionLine = text.slice(0, text.indexOf('Программа и методика')).split('\n').length
    const [finding] = lint(text, {glossary}).findings.filter((item) => item.messageId === 'before-definition')
    expect(finding!.place.start.line).toBe(3)
    expect(finding!.data).toEqual({abbreviation: 'ПМИ', line: definitionLine})
  })
})
