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
  const automaton = buildAutomaton(literals, marks);
  const {
    classes,
    width,
    shallowCount,
    rows,
    childStart,
    childSymbol,
    childState,
    fallback,
    outputStart,
    outputs,
  } = automaton;
  const seen = new Uint32Array(markCount);
  let stamp = 0;

  /** The state after `symbol`: a child if there is one, else the same question of the fallback. */
  const step = (from: number, symbol: number): number => {
    let state = from;
    for (;;) {
      if (state < shallowCount) return rows[state * width + symbol] ?? 0;
      const end = childStart[state + 1] ?? 0;
      for (let k = childStart[state] ?? 0; k < end; k++) {
        if (childSymbol[k] === symbol) return childState[k] ?? 0;
      }
      state = fallback[state] ?? 0;
    }
  };

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
        const symbol = classes[text.charCodeAt(i)] ?? 0;
        // A character in no literal: no literal runs across it, so start again from the root.
        state = symbol === 0 ? 0 : step(state, symbol);
        const end = outputStart[state + 1] ?? 0;
        for (let k = outputStart[state] ?? 0; k < end; k++) seen[outputs[k] ?? 0] = stamp;
      }
      return found(stamp);
    },
  };
}

/**
 * The trie of the literals with fallback links (the longest proper suffix of each state that is
 * also in the trie). The shallow states, where a scan spends most of its time, have full rows of
 * transitions; deeper ones list their few children and defer to their fallback for the rest, which
 * keeps the automaton small enough to stay in the processor's caches.
 */
interface Automaton {
  /** Character classes: every character used in some literal has its own, all others share 0. */
  readonly classes: Uint16Array;
  readonly width: number;
  /** States below this number (the shallow ones) have full rows: rows[state * width + class]. */
  readonly shallowCount: number;
  readonly rows: Int32Array;
  /** The children of state s: childSymbol/childState[childStart[s] .. childStart[s + 1]]. */
  readonly childStart: Int32Array;
  readonly childSymbol: Uint16Array;
  readonly childState: Int32Array;
  readonly fallback: Int32Array;
  /** outputs[outputStart[s] .. outputStart[s + 1]]: the marks raised on reaching state s. */
  readonly outputStart: Int32Array;
  readonly outputs: Int32Array;
}

/** States this close to the root get a full row of transitions. */
const FULL_ROW_DEPTH = 2;

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

  const count = children.length;
  // Breadth first, so each state's fallback (shallower) is complete before it is used.
  const fallback = new Int32Array(count);
  const emitted: number[][] = ending.map((ids) => [...ids]);
  const goto = (from: number, symbol: number): number => {
    let state = from;
    for (;;) {
      const child = children[state]?.get(symbol);
      if (child !== undefined) return child;
      if (state === 0) return 0;
      state = fallback[state] ?? 0;
    }
  };
  const depth = new Int32Array(count);
  const order = [0, ...(children[0]?.values() ?? [])];
  for (const child of order.slice(1)) depth[child] = 1;
  for (let head = 1; head < order.length; head++) {
    const state = order[head] ?? 0;
    emitted[state]?.push(...(emitted[fallback[state] ?? 0] ?? []));
    for (const [symbol, child] of children[state] ?? []) {
      fallback[child] = goto(fallback[state] ?? 0, symbol);
      depth[child] = (depth[state] ?? 0) + 1;
      order.push(child);
    }
  }

  // States are renumbered in that order, so the shallow ones come first and their full rows are
  // found by number: a state's row is its fallback's (shallower, so done already) with its own
  // children put in.
  const renumbered = new Int32Array(count);
  order.forEach((state, index) => {
    renumbered[state] = index;
  });
  const shallowCount = order.filter((state) => (depth[state] ?? 0) <= FULL_ROW_DEPTH).length;
  const rows = new Int32Array(shallowCount * width);
  const childStart = new Int32Array(count + 1);
  const symbols: number[] = [];
  const states: number[] = [];
  const newFallback = new Int32Array(count);
  const outputStart = new Int32Array(count + 1);
  const flat: number[] = [];
  order.forEach((state, index) => {
    newFallback[index] = renumbered[fallback[state] ?? 0] ?? 0;
    childStart[index] = symbols.length;
    for (const [symbol, child] of children[state] ?? []) {
      symbols.push(symbol);
      states.push(renumbered[child] ?? 0);
    }
    outputStart[index] = flat.length;
    flat.push(...new Set(emitted[state]));
    if (index >= shallowCount) return;
    if (index !== 0) {
      const back = newFallback[index] ?? 0;
      rows.copyWithin(index * width, back * width, back * width + width);
    }
    for (const [symbol, child] of children[state] ?? [])
      rows[index * width + symbol] = renumbered[child] ?? 0;
  });
  childStart[count] = symbols.length;
  outputStart[count] = flat.length;
  return {
    classes,
    width,
    shallowCount,
    rows,
    childStart,
    childSymbol: Uint16Array.from(symbols),
    childState: Int32Array.from(states),
    fallback: newFallback,
    outputStart,
    outputs: Int32Array.from(flat),
  };
}
