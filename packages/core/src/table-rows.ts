/**
 * The cells of each table row of a document. A table cell is a block of its own in the prose model;
 * some judgements need its row: a cell that repeats the row's name, a row that a requirement
 * identifier names, a limit in another cell of the row.
 */
import type {ProseBlock} from './prose.js'

/** Every table cell with the cells of its row, in order. */
export function tableRows(blocks: readonly ProseBlock[]): Map<ProseBlock, readonly ProseBlock[]> {
  const rows = new Map<ProseBlock, readonly ProseBlock[]>()
  let row: ProseBlock[] = []
  const close = (): void => {
    for (const cell of row) rows.set(cell, row)
    row = []
  }
  for (const block of blocks) {
    const container = block.container
    // A row's cells are consecutive blocks with the row's index and rising columns.
    const previous = row.at(-1)?.container
    if (container.type !== 'tableRow' || previous?.type !== 'tableRow' || previous.row !== container.row || previous.column >= container.column) close()
    if (container.type === 'tableRow') row.push(block)
  }
  close()
  return rows
}
