/** FTS5 query syntax for a parsed search. */
import type { SearchNode } from '../../../core/search-query.js';

/** Tokens hold only letters, digits and marks, so quoting them is enough. */
export function toFts5(node: SearchNode): string {
  switch (node.kind) {
    case 'term': return `"${node.tokens.join(' ')}"${node.prefix ? '*' : ''}`;
    case 'or': return `(${node.items.map(toFts5).join(' OR ')})`;
    case 'not': return toFts5(node.item);
    case 'and': {
      const wanted = node.items.filter((i) => i.kind !== 'not').map(toFts5).join(' AND ');
      const excluded = node.items.filter((i) => i.kind === 'not').map(toFts5);
      return excluded.length ? `(${wanted}) NOT (${excluded.join(' OR ')})` : `(${wanted})`;
    }
  }
}
