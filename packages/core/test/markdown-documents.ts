/**
 * Documents for the parser tests: every Markdown file of a folder, and a
 * generated specification with every construct a chunk boundary must not cut.
 */
import fs from 'node:fs'
import path from 'node:path'
import {checkTree, builtinGlossary, findingText, parseMarkdown} from '@reqlint/core'

export function markdownFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return markdownFiles(full)
    return /\.md$/u.test(entry.name) ? [full] : []
  })
}

/**
 * A generated specification with every construct a boundary must not cut, `sections` times over
 * (each section about 1.4 KB; every construct is in each).
 */
export function generated(sections = 40): string {
  const parts: string[] = ['---\ntitle: ТЗ\n\nowner: x\n---\n']
  for (let index = 0; index < sections; index++) {
    parts.push(
      `# ${index}. Раздел\n`,
      `Система должна быстро обрабатывать заявки [ГОСТ][gost] и ЭДО-${index}.\nВторая строка абзаца с SSO.\n`,
      `- пункт списка\n\n  продолжение пункта после пустой строки с ПМИ\n\n- второй пункт\n`,
      `> цитата\n>\n> продолжение цитаты с удобный\n`,
      '```text\n\nкод с SSO\n\n# не заголовок\n```\n',
      `<!-- комментарий\n\nс пустой строкой и SSO -->\n`,
      `| Требование | Значение |\n|---|---|\n| Отклик | быстро |\n`,
      `1. нумерованный\n\n2. список с бэкап\n`,
      `Абзац со сноской[^${index}] и ссылкой [ЭДО][edo].\n`,
      `[^${index}]: Сноска с резервное копирование.\n`,
      // Tight lists long enough to be cut between items, and neighbours that must stay apart.
      Array.from({length: 12}, (_, item) => `- пункт ${item} с ТЗ и *быстро*\n`).join('') + `* другой маркер: другой список\n`,
      Array.from({length: 12}, (_, item) => `${item + 1}) нумерованный ${item} с бэкап\n`).join('') + `- - -\n`,
      Array.from({length: 6}, (_, item) => `- пункт ${item}\n  продолжение ${item}\n    - вложенный ${item}\n`).join('')
    )
  }
  parts.push('[gost]: https://example.com/gost\n', '[edo]: https://example.com/edo "ЭДО"\n')
  return parts.join('\n').replace(/\n/gu, (match, offset: number) => (offset % 7 === 0 ? '\r\n' : match))
}

/** The findings of all rules on `text` parsed in chunks of `chunkSize`, as comparable strings. */
export function findings(text: string, chunkSize: number): string[] {
  const tree = parseMarkdown(text, {chunkSize})
  return checkTree(tree, text, {glossary: builtinGlossary()}).map(
    ({rule, finding}) => `${rule.id} ${finding.span.start}-${finding.span.end} ${findingText({ruleId: rule.id, ...finding}, 'en')}`
  )
}

/** The tree's children as plain data (no class instances, no undefined properties). */
export function stripRoot(tree: ReturnType<typeof parseMarkdown>): unknown {
  return JSON.parse(JSON.stringify(tree.children))
}
