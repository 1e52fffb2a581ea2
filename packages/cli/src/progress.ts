/**
 * The progress line of long runs: drawn on standard error only when it is a
 * terminal, not in CI, and only once a run has taken more than a second (a
 * quick run should not flicker). Redrawn in place at most ten times a second
 * and erased before the report is printed.
 */
import type {Locale} from '@reqlint/core/i18n'
import {cliMessage} from './texts.js'

export interface ProgressTarget {
  write(text: string): unknown
  readonly isTTY?: boolean
}

export interface Clock {
  now(): number
}

export const progressDelay = 1000
const redrawInterval = 100

/** Variables CI services set (not all of them set `CI`); any of them turns the progress line off. */
const ciVariables = ['CI', 'CONTINUOUS_INTEGRATION', 'BUILD_NUMBER', 'RUN_ID', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TF_BUILD', 'BUILDKITE', 'JENKINS_URL', 'TEAMCITY_VERSION']

export function progressAllowed(stream: ProgressTarget, env: Readonly<Record<string, string | undefined>>): boolean {
  if (stream.isTTY !== true || env.TERM === 'dumb') return false
  return !ciVariables.some((name) => {
    const value = env[name]
    return value !== undefined && value !== '' && value !== 'false' && value !== '0'
  })
}

export class Progress {
  private readonly stream: ProgressTarget | undefined
  private readonly clock: Clock
  private readonly started: number
  private total = 0
  private done = 0
  private drawnAt = Number.NEGATIVE_INFINITY
  private shown = false

  private readonly locale: Locale

  /** `stream` undefined: progress is not allowed, every call does nothing. */
  constructor(stream: ProgressTarget | undefined, clock: Clock = performance, locale: Locale = 'en') {
    this.stream = stream
    this.clock = clock
    this.locale = locale
    this.started = clock.now()
  }

  start(total: number): void {
    this.total = total
    this.done = 0
  }

  /** One more document done; draws when the run is long enough and the last draw is old enough. */
  tick(): void {
    this.done++
    if (!this.stream) return
    const now = this.clock.now()
    if (now - this.started < progressDelay || now - this.drawnAt < redrawInterval) return
    this.drawnAt = now
    this.shown = true
    const percent = this.total === 0 ? 100 : Math.floor((this.done / this.total) * 100)
    this.stream.write(`\r\u001B[Kreqlint: ${cliMessage('progress', {done: this.done, total: this.total, percent}).text[this.locale]}`)
  }

  /** Erases the line, if one was drawn. */
  clear(): void {
    if (this.shown) this.stream?.write('\r\u001B[K')
    this.shown = false
  }
}
