/**
 * GFM's literal autolinks (`www.example.com`, `https://…`, `user@example.com`)
 * that micromark's tokenizer cannot see are found afterwards by
 * mdast-util-gfm-autolink-literal's transform, which walks the whole tree
 * with unist-util-visit-parents four times, once for each kind, copying the
 * list of ancestors at every parent: a few per cent of a lint's time.
 *
 * Its result for a text node depends on that node's value alone (a match is
 * checked against the characters around it in the value, and the nodes it
 * makes are that node's replacements), and it leaves links and link references
 * alone. So one walk finds the text nodes that can hold a literal at all, and
 * the transform runs on each of them in a root of its own: the same tree, a
 * test compares it to remark's.
 */
import type {Parent, Root, RootContent, Text} from 'mdast'
import type {Transform} from 'mdast-util-from-markdown'

/** Every literal starts with `http://`, `https://` or `www.` (any case), or holds an `@` (e-mail, `mailto:`, `xmpp:`). */
const mayHoldLiteral = /@|www\.|https?:\/\//iu

/** The transform, run only on the text nodes that may hold a literal autolink. */
export function onlyWhereLiteralsMayBe(transform: Transform): Transform {
  return (tree) => {
    const found: Array<{parent: Parent; index: number}> = []
    const parents: Parent[] = [tree]
    for (let parent = parents.pop(); parent; parent = parents.pop()) {
      const children = parent.children as RootContent[]
      for (let index = 0; index < children.length; index++) {
        const child = children[index]!
        if (child.type === 'text') {
          if (mayHoldLiteral.test(child.value)) found.push({parent, index})
        } else if ('children' in child && child.type !== 'link' && child.type !== 'linkReference') parents.push(child)
      }
    }
    // The last first: splicing a node's replacements in moves none of its parent's earlier children.
    for (let at = found.length - 1; at >= 0; at--) {
      const {parent, index} = found[at]!
      const holder: Root = {type: 'root', children: [parent.children[index] as Text]}
      const result = transform(holder) ?? holder
      ;(parent.children as RootContent[]).splice(index, 1, ...result.children)
    }
    return tree
  }
}
