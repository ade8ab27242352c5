import { type ChildLists, createChildLists, ROW_FROM_CHILDREN } from "./child-lists";

/**
 * Finds which of a fixed list of strings occur in a text, all of them in one pass over it
 * (an Aho-Corasick automaton). Testing a few thousand strings
 * one by one with `includes` would cost more than the regular expressions they are meant to spare.
 * Each literal raises marks (numbers below `markCount`); a mark may stand for a whole set of
 * literals, so "any of these forty strings" is answered by one look-up.
 */
export interface LiteralScanner {
  /** The marks raised by the literals in `text`. Valid until the next scan. */
  scan(text: string): FoundLiterals;
}

export interface FoundLiterals {
  has(mark: number): boolean;
  /**
   * Reads lists[from, to) as lists of marks, each a count followed by that many marks: true when
   * every mark of at least one list is raised (an empty list always is).
   */
  anyListRaised(lists: Int32Array, from: number, to: number): boolean;
}

export function createLiteralScanner(
  literals: readonly string[],
  marks: readonly (readonly number[])[],
  markCount: number,
): LiteralScanner {
  const { classes, width, rows, rowOf, fallback, lists, outputStart, outputs } = buildAutomaton(
    literals,
    marks,
  );
  const seen = new Uint32Array(markCount);
  let stamp = 0;

  const found = (own: number): FoundLiterals => ({
    has(mark) {
      // A result read after a later scan would report what that scan saw: fail loudly instead.
      if (own !== stamp) throw new Error("a literal scan result was used after the next scan");
      return seen[mark] === own;
    },
    anyListRaised(lists, from, to) {
      if (own !== stamp) throw new Error("a literal scan result was used after the next scan");
      for (let at = from; at < to; ) {
        const count = lists[at] ?? 0;
        let all = true;
        for (let k = at + 1; k <= at + count; k++) {
          if (seen[lists[k] ?? 0] !== own) {
            all = false;
            break;
          }
        }
        if (all) return true;
        at += count + 1;
      }
      return false;
    },
  });

  return {
    scan(text) {
      stamp += 1;
      if (stamp === 0xffffffff) {
        seen.fill(0);
        stamp = 1;
      }
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        // A character in no literal is class 0, whose column leads every state back to the root.
        const symbol = classes[text.charCodeAt(i)] ?? 0;
        for (;;) {
          const row = rowOf[state] ?? 0;
          if (row >= 0) {
            state = rows[row * width + symbol] ?? 0;
            break;
          }
          const child = lists.childOf(state, symbol);
          if (child !== 0) {
            state = child;
            break;
          }
          // Each fallback is shallower, and the shallowest states all have rows: this ends.
          state = fallback[state] ?? 0;
        }
        const end = outputStart[state + 1] ?? 0;
        for (let k = outputStart[state] ?? 0; k < end; k++) seen[outputs[k] ?? 0] = stamp;
      }
      return found(stamp);
    },
  };
}

/**
 * The trie of the literals with fallback links (the longest proper suffix of each state that is
 * also in the trie). The root, the states one character deep and any state with many children
 * have the fallbacks folded into one full row of transitions, one look-up a character whatever the
 * state. The other states, the great majority (literals are a few characters long, so most states
 * have one child), keep their few children in a list and follow their fallback when the character
 * is not among them; since a fallback is always shallower, a scan still makes at most two steps a
 * character on average. Full rows for all the few thousand states would fill more than half a
 * megabyte, read at random for every character of every sentence: more than the processor's
 * cache holds.
 */
interface Automaton {
  /** Character classes: every character used in some literal has its own, all others share 0. */
  readonly classes: Uint16Array;
  readonly width: number;
  /** By state, its row (see rows), or -1 for a state that keeps a list of children. */
  readonly rowOf: Int32Array;
  /**
   * The state after reading class c in a state with row r: rows[r * width + c]. Two bytes a cell
   * while the states fit (they number a few thousand).
   */
  readonly rows: Uint16Array | Int32Array;
  /** By state, the longest proper suffix of its text that is also a state. */
  readonly fallback: Int32Array;
  /** The trie children, by class, of the states without a row. */
  readonly lists: ChildLists;
  /** outputs[outputStart[s] .. outputStart[s + 1]]: the marks raised on reaching state s. */
  readonly outputStart: Int32Array;
  readonly outputs: Int32Array;
}

function buildAutomaton(literals: readonly string[], marks: readonly (readonly number[])[]): Automaton {
  const classes = new Uint16Array(0x10000);
  let width = 1;
  for (const literal of literals) {
    for (let i = 0; i < literal.length; i++) {
      const code = literal.charCodeAt(i);
      if (classes[code] === 0) classes[code] = width++;
    }
  }

  // The trie of all literals: children by class, and the marks of the literals ending at each node.
  const children: Map<number, number>[] = [new Map()];
  const ending: number[][] = [[]];
  literals.forEach((literal, id) => {
    let state = 0;
    for (let i = 0; i < literal.length; i++) {
      const symbol = classes[literal.charCodeAt(i)] ?? 0;
      let child = children[state]?.get(symbol);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        ending.push([]);
        children[state]?.set(symbol, child);
      }
      state = child;
    }
    ending[state]?.push(...(marks[id] ?? []));
  });

  // Breadth first, so each state's fallback (shallower) is complete before it is used. A state's
  // row is its fallback's with its own children put in; the root's row leads back to the root
  // except where it has a child. Every state gets a row here; only some keep it.
  const count = children.length;
  const full = count <= 0xffff ? new Uint16Array(count * width) : new Int32Array(count * width);
  const fallback = new Int32Array(count);
  const emitted: number[][] = ending.map((ids) => [...ids]);
  const order = [0];
  for (let head = 0; head < order.length; head++) {
    const state = order[head] ?? 0;
    const back = fallback[state] ?? 0;
    if (state !== 0) {
      full.copyWithin(state * width, back * width, back * width + width);
      emitted[state]?.push(...(emitted[back] ?? []));
    }
    for (const [symbol, child] of children[state] ?? []) {
      // The root's children fall back to the root; deeper ones to where their fallback's row leads.
      fallback[child] = state === 0 ? 0 : (full[back * width + symbol] ?? 0);
      full[state * width + symbol] = child;
      order.push(child);
    }
  }

  const rowOf = new Int32Array(count).fill(-1);
  let rowCount = 0;
  const rootChildren = new Set(children[0]?.values());
  for (let state = 0; state < count; state++) {
    const shallow = state === 0 || rootChildren.has(state);
    if (shallow || (children[state]?.size ?? 0) >= ROW_FROM_CHILDREN) rowOf[state] = rowCount++;
  }
  const rows = count <= 0xffff ? new Uint16Array(rowCount * width) : new Int32Array(rowCount * width);
  for (let state = 0; state < count; state++) {
    const row = rowOf[state] ?? -1;
    if (row >= 0) rows.set(full.subarray(state * width, state * width + width), row * width);
  }
  const lists = createChildLists(children, (state) => (rowOf[state] ?? -1) < 0);

  const outputStart = new Int32Array(count + 1);
  const flat: number[] = [];
  for (let state = 0; state < count; state++) {
    outputStart[state] = flat.length;
    flat.push(...new Set(emitted[state]));
  }
  outputStart[count] = flat.length;
  return {
    classes,
    width,
    rowOf,
    rows,
    fallback,
    lists,
    outputStart,
    outputs: Int32Array.from(flat),
  };
}
