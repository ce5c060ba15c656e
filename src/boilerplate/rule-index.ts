/**
 * Finding the first boilerplate rule that matches an element without calling
 * every rule's test: rules made with `byClass`/`byTag` are looked up by the
 * element's classes and tag name; only the other tests are called, and only
 * those listed before the best match so far. The answer is the same as
 * `rules.find((rule) => rule.test(element))`.
 */
import type { Element } from 'hast';
import { classList } from '../hast/query.js';

/** A rule as `createStripBoilerplate` reads it (see `BoilerplateRule`). */
export interface IndexedRule {
  readonly test: (element: Element) => boolean;
}

/** The classes or tag names behind a test made by `byClass` or `byTag`. */
const selectors = new WeakMap<(element: Element) => boolean, { readonly kind: 'class' | 'tag'; readonly names: readonly string[] }>();

/** A test that holds for an element having any of these classes. */
export function byClass(...names: string[]): (element: Element) => boolean {
  const wanted = new Set(names);
  const test = (element: Element): boolean => {
    for (const name of classList(element)) if (wanted.has(name)) return true;
    return false;
  };
  selectors.set(test, { kind: 'class', names });
  return test;
}

/** A test that holds for an element with one of these tag names. */
export function byTag(...names: string[]): (element: Element) => boolean {
  const wanted = new Set(names);
  const test = (element: Element): boolean => wanted.has(element.tagName);
  selectors.set(test, { kind: 'tag', names });
  return test;
}

/** Build `(element) => the first matching rule, or undefined` for a fixed list of rules. */
export function indexRules<R extends IndexedRule>(rules: readonly R[]): (element: Element) => R | undefined {
  const byClassName = new Map<string, number>();
  const byTagName = new Map<string, number>();
  const others: number[] = [];
  rules.forEach((rule, index) => {
    const selector = selectors.get(rule.test);
    if (selector === undefined) {
      others.push(index);
      return;
    }
    const map = selector.kind === 'class' ? byClassName : byTagName;
    // The first rule naming a class or tag is the one that can win.
    for (const name of selector.names) if (!map.has(name)) map.set(name, index);
  });
  return (element) => {
    let best = byTagName.get(element.tagName) ?? rules.length;
    for (const name of classList(element)) {
      const index = byClassName.get(name);
      if (index !== undefined && index < best) best = index;
    }
    for (const index of others) {
      if (index >= best) break;
      if ((rules[index] as R).test(element)) {
        best = index;
        break;
      }
    }
    return rules[best];
  };
}
