// The directives of a gold file as a flat list in document order, each with its JSON Pointer (to
// place findings in the gold file), its parent and its index among its siblings.
import type { GoldDirective, GoldFile } from './gold.js';

export interface Node {
  directive: GoldDirective;
  pointer: string;
  parent: Node | null;
  /** The siblings list this node belongs to (the top level or its parent's children). */
  siblings: readonly GoldDirective[];
  index: number;
}

export function nodes(gold: GoldFile): Node[] {
  const out: Node[] = [];
  const visit = (list: readonly GoldDirective[], base: string, parent: Node | null): void => {
    list.forEach((directive, index) => {
      const node: Node = { directive, pointer: `${base}/${index}`, parent, siblings: list, index };
      out.push(node);
      visit(directive.children, `${node.pointer}/children`, node);
    });
  };
  visit(gold.directives, '/directives', null);
  return out;
}

/** "/directives/0/children/2/domains/1" → "directives[0].children[2].domains[1]". */
export function readablePath(pointer: string): string {
  if (pointer === '') return '(root)';
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/gu, '/').replace(/~0/gu, '~'))
    .reduce((path, token) => (/^\d+$/u.test(token) ? `${path}[${token}]` : path ? `${path}.${token}` : token), '');
}
