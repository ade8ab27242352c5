import { createChildLists, ROW_FROM_CHILDREN } from "./child-lists";

/**
 * The words of the lexicons in a character trie, so a sentence's words are looked up where they
 * stand in its text: no word is cut out as a string or hashed. Node 0 is the root, the empty word.
 */
export interface WordTrie {
  /**
   * Reads text[start, end) down the trie. Returns the node reached when all of it was read, or ~node
   * (a negative number) for the deepest node reached before a character led nowhere.
   */
  find(text: string, start: number, end: number): number;
  /** The marks of every node from the root down to `node`. */
  marksOnPath(node: number): readonly number[];
  /** Whether `prefix` lies on the way from the root to `node` (the word at `node` starts with it). */
  leadsTo(prefix: number, node: number): boolean;
}

export interface WordTrieBuilder {
  /** The node of `word`, added if new. */
  add(word: string): number;
  /** Attaches `mark` to a node, to be reported whenever a word is read through it. */
  mark(node: number, mark: number): void;
  /** How many nodes there are: every node is a number below it. */
  size(): number;
  build(): WordTrie;
}

export function createWordTrieBuilder(): WordTrieBuilder {
  const children: Map<number, number>[] = [new Map()];
  const parents: number[] = [0];
  const depths: number[] = [0];
  const marks = new Map<number, number[]>();
  return {
    mark(node, mark) {
      marks.set(node, [...(marks.get(node) ?? []), mark]);
    },
    add(word) {
      let node = 0;
      for (let i = 0; i < word.length; i++) {
        const code = word.charCodeAt(i);
        let child = children[node]?.get(code);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          parents.push(node);
          depths.push((depths[node] ?? 0) + 1);
          children[node]?.set(code, child);
        }
        node = child;
      }
      return node;
    },
    size: () => children.length,
    build() {
      const byNode = children.map((_, node) => marks.get(node));
      return freeze(children, Int32Array.from(parents), Int32Array.from(depths), byNode);
    },
  };
}

function freeze(
  children: readonly Map<number, number>[],
  parents: Int32Array,
  depths: Int32Array,
  marks: readonly (readonly number[] | undefined)[],
): WordTrie {
  const child = childLookup(children);
  // A child's path holds its parent's marks and its own; the parent's number is always smaller.
  const onPath: (readonly number[])[] = [[]];
  for (let node = 1; node < parents.length; node++) {
    const above = onPath[parents[node] ?? 0] ?? [];
    const own = marks[node];
    onPath.push(own === undefined ? above : [...above, ...own]);
  }
  return {
    find(text, start, end) {
      let node = 0;
      for (let at = start; at < end; at++) {
        const next = child(node, text.charCodeAt(at));
        if (next === 0) return ~node;
        node = next;
      }
      return node;
    },
    marksOnPath: (node) => onPath[node] ?? [],
    leadsTo(prefix, node) {
      let at = node;
      while ((depths[at] ?? 0) > (depths[prefix] ?? 0)) at = parents[at] ?? 0;
      return at === prefix;
    },
  };
}

/**
 * The child of `node` by character `code`, or 0 (the root is nobody's child) when there is none.
 * Nodes with many children (the root, short prefixes) have a full row by character class, one
 * look-up a character; the many nodes deeper down are listed (see child-lists.ts).
 */
function childLookup(children: readonly Map<number, number>[]): (node: number, code: number) => number {
  const classes = new Uint16Array(0x10000);
  let width = 1;
  for (const map of children) {
    for (const code of map.keys()) if (classes[code] === 0) classes[code] = width++;
  }
  const rowOf = new Int32Array(children.length).fill(-1);
  let rowCount = 0;
  children.forEach((map, node) => {
    if (map.size >= ROW_FROM_CHILDREN) rowOf[node] = rowCount++;
  });
  const rows =
    children.length > 0xffff ? new Int32Array(rowCount * width) : new Uint16Array(rowCount * width);
  children.forEach((map, node) => {
    const row = rowOf[node] ?? -1;
    if (row >= 0) for (const [code, next] of map) rows[row * width + (classes[code] ?? 0)] = next;
  });
  const lists = createChildLists(children, (node) => (rowOf[node] ?? -1) < 0);
  return (node, code) => {
    const row = rowOf[node] ?? -1;
    return row >= 0 ? (rows[row * width + (classes[code] ?? 0)] ?? 0) : lists.childOf(node, code);
  };
}
