/**
 * The children of the trie nodes that keep no full row of transitions, in one flat list. In a trie
 * of short words most nodes have one or two children; a full row by character class for each would
 * make a table of several hundred kilobytes, read at random for every character of every sentence:
 * more than the processor's cache holds. The word trie and the literal scanner both keep full rows
 * only for their busiest nodes and look the rest up here.
 */
export interface ChildLists {
  /** The child of a listed `node` by `symbol`, or 0 (the root is nobody's child) when there is none. */
  childOf(node: number, symbol: number): number;
}

/** A node with at least this many children is worth a full row; the others are listed. */
export const ROW_FROM_CHILDREN = 4;

/** Lists the children (symbol to child) of every node for which `listed` holds. */
export function createChildLists(
  children: readonly ReadonlyMap<number, number>[],
  listed: (node: number) => boolean,
): ChildLists {
  const listStart = new Int32Array(children.length + 1);
  const symbolList: number[] = [];
  const childList: number[] = [];
  children.forEach((map, node) => {
    listStart[node] = symbolList.length;
    if (!listed(node)) return;
    for (const [symbol, child] of map) {
      symbolList.push(symbol);
      childList.push(child);
    }
  });
  listStart[children.length] = symbolList.length;
  const symbols = Uint16Array.from(symbolList);
  const nodes = Int32Array.from(childList);
  return {
    childOf(node, symbol) {
      const end = listStart[node + 1] ?? 0;
      for (let at = listStart[node] ?? 0; at < end; at++) if (symbols[at] === symbol) return nodes[at] ?? 0;
      return 0;
    },
  };
}
