/**
 * The text of a finding, of its hint and of its related place, in a locale:
 * what the edges (CLI report, remark plugin, language server) call once they
 * know whom they write for. Pure: a finding's message id and data, and the
 * templates of its rule.
 */
import {unknownRule, unusedDirective} from './control.js'
import type {Locale} from './locale.js'
import {formatTemplate, type MessageRef, type Template} from './message.js'
import type {Rule} from './rule.js'
import {rules} from './rules/index.js'

/** A message of a rule: its id and data, and the rule that has the template. */
export interface RuleMessage extends MessageRef {
  readonly ruleId: string
}

/** Every rule that can report, the engine's own (control comments) too, by id. */
let byId: ReadonlyMap<string, Rule> | undefined

/** The rule with `id`, the control-comment reports included; undefined for an id reqlint does not have. */
export function ruleById(id: string): Rule | undefined {
  byId ??= new Map([...rules, unknownRule, unusedDirective].map((rule) => [rule.id, rule]))
  return byId.get(id)
}

/** A rule's template for a message id, or undefined when the rule has no such message. */
export function templateOf(ruleId: string, messageId: string): Template | undefined {
  const messages = ruleById(ruleId)?.messages
  return messages && Object.hasOwn(messages, messageId) ? messages[messageId] : undefined
}

/**
 * The text of a message in `locale`. A message id its rule does not have (a
 * cache written by another version, a hand-edited report) is written as
 * `ruleId/messageId` rather than thrown over.
 */
export function findingText(message: RuleMessage, locale: Locale): string {
  const rule = ruleById(message.ruleId)
  const template = templateOf(message.ruleId, message.messageId)
  return template ? formatTemplate(template, message.data, locale, rule?.texts) : `${message.ruleId}/${message.messageId}`
}
