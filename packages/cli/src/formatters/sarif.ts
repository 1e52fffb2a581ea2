/**
 * SARIF 2.1.0, the format GitHub code scanning (and most security dashboards,
 * and the VS Code SARIF viewer) read. One run; every rule is described whether
 * or not it fired, so a dashboard can show what was checked.
 */
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {rules, ruleUrl} from '@reqlint/core/lint'
import type {VFile} from 'vfile'
import {fileErrorRuleId, levelOf, regionOf, regionOfPlace, replaceLoneSurrogates, reportPath, ruleIdOf, type Level, type Message, type Region} from './common.js'
import {fingerprints} from './fingerprint.js'
import type {Formatter} from './index.js'
import {version} from './version.js'

export const sarifSchema = 'https://json.schemastore.org/sarif-2.1.0.json'
export const informationUri = 'https://github.com/reqlint/reqlint'
export const srcRoot = '%SRCROOT%'
/** Versioned, so a change of the recipe can never match alerts made by the old one. */
export const fingerprintKey = 'reqlintFingerprint/v1'

type SarifLevel = 'error' | 'warning' | 'note'

interface ReportingDescriptor {
  id: string
  name: string
  shortDescription: {text: string}
  fullDescription: {text: string}
  helpUri?: string
  help?: {text: string; markdown: string}
  defaultConfiguration: {level: SarifLevel}
  properties?: {fixable: boolean}
}

interface ArtifactLocation {
  uri: string
  uriBaseId?: string
}

interface PhysicalLocation {
  artifactLocation: ArtifactLocation
  region?: Region
}

interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: SarifLevel
  message: {text: string}
  locations?: Array<{physicalLocation: PhysicalLocation}>
  /** The related place (the dominant name's first use, a definition), which viewers link to. */
  relatedLocations?: Array<{id: number; physicalLocation: PhysicalLocation; message: {text: string}}>
  partialFingerprints: Record<string, string>
  /** `messageId`: the message's id in its rule, the same in every locale, for tools to match on. */
  properties?: {messageId: string}
}

const sarifLevels: Record<Level, SarifLevel> = {error: 'error', warning: 'warning', info: 'note'}

/** The words of a rule's `help` around its documentation link, in the report's locale. */
const helpWords = {
  en: {text: 'Documentation', markdown: 'Documentation of'},
  ru: {text: 'Документация', markdown: 'Документация правила'}
} as const

/**
 * Messages the CLI makes itself, outside the rules, in both languages. Listed
 * always, like the rules, so `ruleIndex` of a result never depends on what
 * else was reported.
 */
const cliDescriptors = {
  en: [
    {
      id: fileErrorRuleId,
      name: 'FileError',
      shortDescription: {text: 'A path could not be linted: missing, unreadable, binary or not UTF-8 text.'},
      fullDescription: {text: 'A path given to reqlint could not be linted: it does not exist, cannot be read, is binary, or is neither UTF-8 nor windows-1251 text.'},
      defaultConfiguration: {level: 'error'}
    },
    {
      id: 'encoding',
      name: 'Encoding',
      shortDescription: {text: 'The document is not UTF-8 and was read as windows-1251.'},
      fullDescription: {text: 'The document is not UTF-8; it was read as windows-1251 Russian text and linted. Save it as UTF-8.'},
      defaultConfiguration: {level: 'note'}
    }
  ],
  ru: [
    {
      id: fileErrorRuleId,
      name: 'FileError',
      shortDescription: {text: 'Путь не удалось проверить: файла нет, он не читается, двоичный или это не текст в UTF-8.'},
      fullDescription: {text: 'Путь, переданный reqlint, не удалось проверить: файла нет, его нельзя прочитать, он двоичный или это текст не в UTF-8 и не в windows-1251.'},
      defaultConfiguration: {level: 'error'}
    },
    {
      id: 'encoding',
      name: 'Encoding',
      shortDescription: {text: 'Документ не в UTF-8 и прочитан как windows-1251.'},
      fullDescription: {text: 'Документ не в UTF-8: он прочитан как русский текст в windows-1251 и проверен. Сохраните его в UTF-8.'},
      defaultConfiguration: {level: 'note'}
    }
  ]
} satisfies Record<'en' | 'ru', ReportingDescriptor[]>

export const sarif: Formatter = (files, options) => {
  const descriptors: ReportingDescriptor[] = [
    ...rules.map((rule): ReportingDescriptor => {
      const url = ruleUrl(rule.id)
      const description = rule.descriptions[options.locale ?? 'en']
      const documentation = helpWords[options.locale ?? 'en']
      return {
        id: rule.id,
        name: pascalCase(rule.id),
        shortDescription: {text: description},
        fullDescription: {text: description},
        helpUri: url,
        help: {text: `${description}\n\n${documentation.text}: ${url}`, markdown: `${description}\n\n[${documentation.markdown} \`${rule.id}\`](${url})`},
        defaultConfiguration: {level: rule.defaultSeverity === 'error' ? 'error' : 'warning'},
        properties: {fixable: rule.fixable}
      }
    }),
    ...cliDescriptors[options.locale ?? 'en'].map((descriptor) => ({...descriptor}))
  ]
  const indexes = new Map(descriptors.map((descriptor, index) => [descriptor.id, index]))

  const results: SarifResult[] = []
  for (const file of files) {
    const location = artifactLocation(file, options.cwd)
    const fingerprintOf = fingerprints(file, options.cwd)
    for (const [index, message] of (file.messages as Message[]).entries()) {
      const ruleId = ruleIdOf(message)
      let ruleIndex = indexes.get(ruleId)
      if (ruleIndex === undefined) {
        // A message from outside reqlint's rules (a plugin, a new CLI check) still gets a descriptor, in order of appearance.
        ruleIndex = descriptors.length
        descriptors.push({
          id: ruleId,
          name: pascalCase(ruleId),
          shortDescription: {text: ruleId},
          fullDescription: {text: ruleId},
          defaultConfiguration: {level: sarifLevels[levelOf(message)]}
        })
        indexes.set(ruleId, ruleIndex)
      }
      const result: SarifResult = {
        ruleId,
        ruleIndex,
        level: sarifLevels[levelOf(message)],
        message: {text: messageText(message)},
        partialFingerprints: {[fingerprintKey]: fingerprintOf[index]!}
      }
      if (location) {
        const region = regionOf(message)
        result.locations = [{physicalLocation: region ? {artifactLocation: {...location}, region: {...region}} : {artifactLocation: {...location}}}]
        const related = message.related
        const relatedRegion = related ? regionOfPlace(related.place) : undefined
        if (related && relatedRegion) {
          result.relatedLocations = [
            {id: 1, physicalLocation: {artifactLocation: {...location}, region: {...relatedRegion}}, message: {text: replaceLoneSurrogates(related.reason)}}
          ]
        }
      }
      if (message.messageId !== undefined) result.properties = {messageId: message.messageId}
      results.push(result)
    }
  }

  const log = {
    $schema: sarifSchema,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'reqlint',
            informationUri,
            version,
            semanticVersion: version,
            rules: descriptors
          }
        },
        originalUriBaseIds: {[srcRoot]: {uri: directoryUri(options.cwd)}},
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
  return JSON.stringify(log, null, 2) + '\n'
}

/**
 * Relative to `%SRCROOT%` (the working directory) when the file is inside it,
 * which is what GitHub needs to place an alert in the repository; an absolute
 * `file:` URI otherwise, since a `../` reference would escape the base.
 */
function artifactLocation(file: VFile, cwd: string): ArtifactLocation | undefined {
  const relative = reportPath(file, cwd)
  if (relative === undefined) return undefined
  const segments = relative.split('/')
  if (path.isAbsolute(relative) || segments.includes('..')) {
    return {uri: pathToFileURL(replaceLoneSurrogates(path.resolve(cwd, relative))).href}
  }
  return {uri: segments.filter((segment) => segment !== '.' && segment !== '').map(encodeSegment).join('/'), uriBaseId: srcRoot}
}

/**
 * RFC 3986 path segment: everything but unreserved characters is
 * percent-encoded as UTF-8. encodeURIComponent also leaves `!'()*`, which are
 * sub-delims and legal in a segment; it encodes `:`, which a relative
 * reference must not have in its first segment.
 */
function encodeSegment(segment: string): string {
  return encodeURIComponent(replaceLoneSurrogates(segment))
}

function directoryUri(directory: string): string {
  const href = pathToFileURL(replaceLoneSurrogates(directory)).href
  return href.endsWith('/') ? href : `${href}/`
}

function messageText(message: Message): string {
  // SARIF requires a non-empty text; vfile allows an empty reason.
  return message.reason === '' ? ruleIdOf(message) : message.reason
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/u)
    .filter((part) => part !== '')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('')
}
