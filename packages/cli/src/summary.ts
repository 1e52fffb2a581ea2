/**
 * The one line that closes a stylish report, on standard error so that the
 * report on standard output (or in `--output`) stays exactly the formatter's,
 * like markdownlint-cli2's summary: files, errors, warnings, time, and what
 * the cache and `--fix` did.
 */
export interface RunCounts {
  readonly files: number
  readonly errors: number
  readonly warnings: number
  readonly cached: number
  /** Fixes applied (`--fix`) or that would be (`--fix-dry-run`), and in how many files. */
  readonly fixes: number
  readonly fixedFiles: number
  readonly dryRun: boolean
  readonly milliseconds: number
}

export function summaryLine(counts: RunCounts): string {
  const parts = [plural(counts.files, 'file'), plural(counts.errors, 'error'), plural(counts.warnings, 'warning')]
  if (counts.fixes > 0) {
    parts.push(`${plural(counts.fixes, 'fix', 'fixes')} ${counts.dryRun ? 'to apply' : 'applied'} in ${plural(counts.fixedFiles, 'file')}`)
  }
  const seconds = counts.milliseconds < 10_000 ? (counts.milliseconds / 1000).toFixed(2) : (counts.milliseconds / 1000).toFixed(1)
  const cached = counts.cached > 0 ? `, ${counts.cached} from cache` : ''
  return `reqlint: ${parts.join(', ')} (${seconds} s${cached})\n`
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}
