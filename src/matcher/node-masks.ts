import { GroupBits } from "./group-bits";

/**
 * Group ids by trie node as bits, like GroupBits: the first 64 in two arrays, any beyond in lists.
 * A sentence's word ORs in the bits of its node instead of adding its groups one by one.
 */
export interface NodeMasks {
  readonly low: Int32Array;
  readonly high: Int32Array;
  readonly rest: (readonly number[] | undefined)[];
}

export function nodeMasks(
  size: number,
  groupsOf: (node: number) => readonly number[],
  groupIds: ReadonlyMap<string, number>,
): NodeMasks {
  const masks: NodeMasks = { low: new Int32Array(size), high: new Int32Array(size), rest: [] };
  for (let node = 0; node < size; node++) {
    const groups = groupsOf(node);
    if (groups.length === 0) continue;
    const bits = new GroupBits(groupIds);
    for (const group of groups) bits.add(group);
    const { low, high, rest } = bits.asMask();
    masks.low[node] = low;
    masks.high[node] = high;
    if (rest.length > 0) masks.rest[node] = rest;
  }
  return masks;
}
