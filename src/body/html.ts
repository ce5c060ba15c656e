/**
 * HTML to hast: CNA's template markup by the template reader, anything else
 * through parse5, with a nesting-depth guard either way.
 */
import type { Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { parseTemplateHtml } from './template-html.js';

type P5Node = DefaultTreeAdapterMap['node'];

export type HtmlResult = { ok: true; tree: Root } | { ok: false; depth: number };

/**
 * Parse an HTML fragment: template markup (most article parts, nearly all
 * end matter) is read directly into the very tree parse5 would give,
 * anything else by `parse5ToHast`.
 */
export function htmlToHast(html: string, maxDepth: number): HtmlResult {
  const template = parseTemplateHtml(html, maxDepth);
  return template !== null ? { ok: true, tree: template } : parse5ToHast(html, maxDepth);
}

/**
 * Parse an HTML fragment with parse5. Trees deeper than `maxDepth` are
 * refused before the (recursive) hast conversion, so no input can exhaust
 * the stack.
 */
export function parse5ToHast(html: string, maxDepth: number): HtmlResult {
  const fragment = parseFragment(html);
  const depth = measureDepth(fragment, maxDepth);
  if (depth > maxDepth) return { ok: false, depth };
  return { ok: true, tree: fromParse5(fragment) as Root };
}

/** Depth of the tree, counted iteratively (two parallel stacks, no tuples); stops counting past `limit`. */
function measureDepth(root: P5Node, limit: number): number {
  let deepest = 0;
  const nodes: P5Node[] = [root];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop() as P5Node;
    const depth = depths.pop() as number;
    if (depth > deepest) {
      deepest = depth;
      if (deepest > limit) return deepest;
    }
    const children = 'childNodes' in node ? node.childNodes : undefined;
    if (children) {
      for (const child of children) {
        if ('childNodes' in child || 'content' in child) {
          nodes.push(child);
          depths.push(depth + 1);
        } else if (depth + 1 > deepest) deepest = depth + 1;
      }
    }
    const content = 'content' in node ? (node.content as P5Node | undefined) : undefined;
    if (content) {
      nodes.push(content);
      depths.push(depth + 1);
    }
  }
  return deepest;
}
