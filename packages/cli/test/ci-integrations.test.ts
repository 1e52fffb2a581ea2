/**
 * The CI integrations through their real entry points, on a temporary git
 * repository with committed and changed files, with the variables the CI
 * system sets: the GitHub action's lint step (action.yml in the repository
 * root, its inputs passed the way the runner passes them) and the GitLab
 * templates' job scripts (docs/ci/*.yml, run line by line as a GitLab runner
 * does, failing at the first failing line).
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {featureBranch, git} from './git-repository.js'
import {baseEnv, bin, root, tempDir, writeFiles} from './helpers.js'
import {sarifSchemaErrors} from './sarif-schema.js'

interface ActionStep {
  id?: string
  if?: string
  uses?: string
  run?: string
  shell?: string
  with?: Record<string, string>
  env?: Record<string, string>
}

interface Action {
  inputs: Record<string, {default?: string; description: string}>
  outputs: Record<string, {value: string}>
  runs: {using: string; steps: ActionStep[]}
}

const action = parse(fs.readFileSync(path.join(root, 'action.yml'), 'utf8')) as Action


/** A spec repository: main with a clean and a faulty document, a branch that changes one and adds another. */
function specRepository(): string {
  const dir = featureBranch({
    'docs/clean.md': '# Требования\n\nСистема хранит карточки клиентов.\n',
    'docs/old.md': '# Старое\n\nСистема должна работать быстро.\n'
  })
  writeFiles(dir, {'docs/new.md': '# Новое\n\nВход через SSO.\n', 'docs/clean.md': '# Требования\n\nСистема хранит карточки клиентов и сделок.\n'})
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', 'feature')
  return dir
}

function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries({...process.env, ...baseEnv, ...extra}).filter(([, value]) => value !== undefined)) as NodeJS.ProcessEnv
}

/** `${{ inputs.name }}` as the runner substitutes it: the given input, or its default. */
function substitute(text: string, inputs: Record<string, string>): string {
  return text.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/gu, (_, name: string) => inputs[name] ?? action.inputs[name]?.default ?? '')
}

/** Runs the action's lint step as the runner would; its outputs as a record. */
function runLintStep(dir: string, inputs: Record<string, string>): {outputs: Record<string, string>; stdout: string; stderr: string; status: number | null} {
  const step = action.runs.steps.find((candidate) => candidate.id === 'lint')!
  const outputFile = path.join(dir, '..', `github-output-${path.basename(dir)}`)
  fs.writeFileSync(outputFile, '')
  const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, substitute(value, inputs)]))
  const result = spawnSync('bash', ['-e', '-c', step.run!], {
    cwd: dir,
    encoding: 'utf8',
    env: cleanEnv({
      ...env,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION_PATH: root,
      GITHUB_OUTPUT: outputFile,
      GITHUB_WORKSPACE: dir,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_BASE_REF: 'main',
      // The repository's binary instead of the published one.
      REQLINT_COMMAND: `${process.execPath} ${bin}`
    })
  })
  const outputs = Object.fromEntries(
    fs
      .readFileSync(outputFile, 'utf8')
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)])
  )
  return {outputs, stdout: result.stdout, stderr: result.stderr, status: result.status}
}

describe('the GitHub action', {timeout: 120_000}, () => {
  it('is a composite action with the documented inputs, uploading SARIF before it fails the job', () => {
    expect(action.runs.using).toBe('composite')
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['paths', 'config', 'format', 'fail-on', 'changed-since']))
    expect(action.inputs.format!.default).toBe('sarif')
    expect(action.inputs['fail-on']!.default).toBe('error')
    const [lint, upload, fail] = action.runs.steps
    expect(lint!.id).toBe('lint')
    expect(upload!.uses).toMatch(/^github\/codeql-action\/upload-sarif@v\d+$/u)
    expect(upload!.if).toContain("inputs.format == 'sarif'")
    expect(upload!.with!.sarif_file).toBe('${{ steps.lint.outputs.sarif-file }}')
    expect(fail!.if).toContain("steps.lint.outputs.failed == 'true'")
    // Every input reaches the lint step.
    for (const name of Object.keys(action.inputs)) expect(Object.values(lint!.env!).join(' '), name).toContain(`inputs.${name}`)
  })

  it('writes SARIF for code scanning and fails on errors', () => {
    const dir = specRepository()
    const {outputs, stdout, status} = runLintStep(dir, {paths: 'docs'})
    expect(status).toBe(0)
    expect(outputs).toEqual({'sarif-file': 'reqlint.sarif', 'exit-code': '1', failed: 'true'})
    expect(stdout).toBe('')
    const log = JSON.parse(fs.readFileSync(path.join(dir, 'reqlint.sarif'), 'utf8')) as {runs: Array<{results: Array<{ruleId: string; locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>}>}>}
    expect(sarifSchemaErrors(log)).toEqual([])
    // The schema check can fail: a run without its tool is not SARIF.
    expect(sarifSchemaErrors({...log, runs: [{results: []}]})).toContain(".runs[0]: should have required property 'tool'")
    expect(log.runs[0]!.results.map((result) => [result.ruleId, result.locations[0]!.physicalLocation.artifactLocation.uri])).toEqual([
      ['undefined-abbreviation', 'docs/new.md'],
      ['ambiguous-wording', 'docs/old.md']
    ])
  })

  it('annotates the changed files only, with format github and changed-since', () => {
    const dir = specRepository()
    const {outputs, stdout} = runLintStep(dir, {paths: '.', format: 'github', 'changed-since': 'main'})
    expect(outputs).toEqual({'exit-code': '1', failed: 'true'})
    expect(stdout).toMatch(/^::error file=docs\/new\.md,line=3,col=12,endLine=3,endColumn=15,title=undefined-abbreviation::Аббревиатура «SSO» не определена/u)
    expect(stdout.trimEnd().split('\n')).toHaveLength(1)
  })

  it('passes with fail-on never, fails on warnings with fail-on warning, and always on bad usage', () => {
    const dir = specRepository()
    expect(runLintStep(dir, {paths: 'docs', 'fail-on': 'never'}).outputs).toMatchObject({'exit-code': '1', failed: 'false'})
    expect(runLintStep(dir, {paths: 'docs/old.md', format: 'github'}).outputs).toMatchObject({'exit-code': '0', failed: 'false'})
    expect(runLintStep(dir, {paths: 'docs/old.md', format: 'github', 'fail-on': 'warning'}).outputs).toMatchObject({'exit-code': '1', failed: 'true'})
    const bad = runLintStep(dir, {paths: 'docs', config: 'missing.yaml', 'fail-on': 'never'})
    expect(bad.outputs).toMatchObject({'exit-code': '2', failed: 'true'})
    expect(bad.stderr).toContain('missing.yaml')
    expect(runLintStep(dir, {'fail-on': 'sometimes'}).outputs).toEqual({'exit-code': '2', failed: 'true'})
  })
})

interface GitLabJob {
  script: string[]
  parallel?: number
  variables?: Record<string, string | number>
  artifacts: {when: string; reports: {codequality: string; junit: string}}
}

/** Runs a job's script as a GitLab runner does: one shell, stopping at the first failing line; `npx reqlint` is the repository's binary. */
function runJob(job: GitLabJob, dir: string, variables: Record<string, string>): {status: number | null; stderr: string} {
  const shims = tempDir({npx: `#!/usr/bin/env bash\n[ "$1" = --yes ] && shift\ncase "$1" in reqlint|reqlint@*) shift; exec "${process.execPath}" "${bin}" "$@";; esac\necho "unexpected npx $*" >&2; exit 127\n`})
  fs.chmodSync(path.join(shims, 'npx'), 0o755)
  const jobVariables = Object.fromEntries(Object.entries(job.variables ?? {}).map(([name, value]) => [name, String(value)]))
  const result = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', job.script.join('\n')], {
    cwd: dir,
    encoding: 'utf8',
    env: cleanEnv({...jobVariables, ...variables, CI: 'true', GITLAB_CI: 'true', CI_PROJECT_DIR: dir, PATH: `${shims}:${process.env.PATH ?? ''}`})
  })
  return {status: result.status, stderr: result.stderr}
}

const gitlabJob = (file: string): GitLabJob => (parse(fs.readFileSync(path.join(root, 'docs/ci', file), 'utf8')) as {reqlint: GitLabJob}).reqlint

describe('the GitLab templates', {timeout: 120_000}, () => {
  it('publish Code Quality and JUnit reports, always', () => {
    for (const file of ['gitlab-ci.yml', 'gitlab-ci.parallel.yml']) {
      const job = gitlabJob(file)
      expect(job.artifacts, file).toEqual({when: 'always', reports: {codequality: 'gl-code-quality-report.json', junit: 'reqlint-junit.xml'}})
    }
  })

  it('are shown in docs/ci.md as they are', () => {
    const docs = fs.readFileSync(path.join(root, 'docs/ci.md'), 'utf8')
    for (const file of ['gitlab-ci.yml', 'gitlab-ci.parallel.yml']) {
      const text = fs.readFileSync(path.join(root, 'docs/ci', file), 'utf8')
      expect(docs, file).toContain('```yaml\n' + text.slice(text.indexOf('reqlint:\n')) + '```')
    }
  })

  it('lint what a merge request changed, and fail the job on errors', () => {
    const dir = specRepository()
    const base = git(dir, 'merge-base', 'main', 'HEAD').trim()
    const {status, stderr} = runJob(gitlabJob('gitlab-ci.yml'), dir, {CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_DIFF_BASE_SHA: base})
    expect(stderr).toBe('')
    expect(status).toBe(1)
    const issues = JSON.parse(fs.readFileSync(path.join(dir, 'gl-code-quality-report.json'), 'utf8')) as Array<{check_name: string; location: {path: string}}>
    expect(issues.map((issue) => [issue.check_name, issue.location.path])).toEqual([['undefined-abbreviation', 'docs/new.md']])
    const junit = fs.readFileSync(path.join(dir, 'reqlint-junit.xml'), 'utf8')
    expect(junit).toContain('<testsuite name="docs/clean.md"')
    expect(junit).toContain('<testsuite name="docs/new.md"')
    expect(junit).not.toContain('docs/old.md')
  })

  it('lint everything in a branch pipeline; a clean repository passes', () => {
    const dir = specRepository()
    expect(runJob(gitlabJob('gitlab-ci.yml'), dir, {CI_PIPELINE_SOURCE: 'push'}).status).toBe(1)
    const issues = JSON.parse(fs.readFileSync(path.join(dir, 'gl-code-quality-report.json'), 'utf8')) as Array<{location: {path: string}}>
    expect(issues.map((issue) => issue.location.path)).toEqual(['docs/new.md', 'docs/old.md'])
    fs.rmSync(path.join(dir, 'docs/new.md'))
    fs.rmSync(path.join(dir, 'docs/old.md'))
    expect(runJob(gitlabJob('gitlab-ci.yml'), dir, {CI_PIPELINE_SOURCE: 'push'})).toEqual({status: 0, stderr: ''})
  })

  it('split the files over parallel jobs, each with its own part', () => {
    const dir = specRepository()
    const job = gitlabJob('gitlab-ci.parallel.yml')
    const total = job.parallel!
    const paths: string[] = []
    for (let index = 1; index <= total; index++) {
      runJob(job, dir, {CI_NODE_INDEX: String(index), CI_NODE_TOTAL: String(total)})
      const junit = fs.readFileSync(path.join(dir, 'reqlint-junit.xml'), 'utf8')
      paths.push(...[...junit.matchAll(/<testsuite name="([^"]+)"/gu)].map((match) => match[1]!))
    }
    expect(paths.sort()).toEqual(['docs/clean.md', 'docs/new.md', 'docs/old.md'])
  })
})
