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
  const { classes, width, rows, outputStart, outputs } = buildAutomaton(literals, marks);
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
        state = rows[state * width + (classes[text.charCodeAt(i)] ?? 0)] ?? 0;
        const end = outputStart[state + 1] ?? 0;
        for (let k = outputStart[state] ?? 0; k < end; k++) seen[outputs[k] ?? 0] = stamp;
      }
      return found(stamp);
    },
  };
}

/**
 * The trie of the literals with fallback links (the longest proper suffix of each state that is
 * also in the trie) folded into one full row of transitions per state, so a scan takes one look-up
 * per character whatever the state. Literals are a few characters long, so there are a few thousand
 * states and a few dozen classes: the table is small, and following fallback chains and child lists
 * character by character cost more than its size does.
 */
interface Automaton {
  /** Character classes: every character used in some literal has its own, all others share 0. */
  readonly classes: Uint16Array;
  readonly width: number;
  /**
   * The state after reading class c in state s: rows[s * width + c]. Two bytes a cell while the
   * states fit (they number a few thousand): half the table to keep in cache.
   */
  readonly rows: Uint16Array | Int32Array;
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
  // except where it has a child.
  const count = children.length;
  const rows = count <= 0xffff ? new Uint16Array(count * width) : new Int32Array(count * width);
  const fallback = new Int32Array(count);
  const emitted: number[][] = ending.map((ids) => [...ids]);
  const order = [0];
  for (let head = 0; head < order.length; head++) {
    const state = order[head] ?? 0;
    const back = fallback[state] ?? 0;
    if (state !== 0) {
      rows.copyWithin(state * width, back * width, back * width + width);
      emitted[state]?.push(...(emitted[back] ?? []));
    }
    for (const [symbol, child] of children[state] ?? []) {
      // The root's children fall back to the root; deeper ones to where their fallback's row leads.
      fallback[child] = state === 0 ? 0 : (rows[back * width + symbol] ?? 0);
      rows[state * width + symbol] = child;
      order.push(child);
    }
  }

  const outputStart = new Int32Array(count + 1);
  const flat: number[] = [];
  for (let state = 0; state < count; state++) {
    outputStart[state] = flat.length;
    flat.push(...new Set(emitted[state]));
  }
  outputStart[count] = flat.length;
  return { classes, width, rows, outputStart, outputs: Int32Array.from(flat) };
}
