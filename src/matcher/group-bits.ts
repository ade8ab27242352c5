/** Which lexicon groups a sentence holds (see lexicon-index.ts). */
export interface LexiconGroups {
  /** The first 64 groups as bits (see GroupMask). */
  readonly low: number;
  readonly high: number;
  has(group: string): boolean;
  hasAll(mask: GroupMask): boolean;
  hasAny(mask: GroupMask): boolean;
}

/** Groups as bits: the first 64 in two numbers, any beyond in a list. */
export interface GroupMask {
  readonly low: number;
  readonly high: number;
  readonly rest: readonly number[];
}

/** The groups found in one sentence, one bit each: plain numbers for the first 64, no array to allocate. */
export class GroupBits implements LexiconGroups {
  low = 0;
  high = 0;
  private rest: Set<number> | undefined;
  private readonly ids: ReadonlyMap<string, number>;

  constructor(ids: ReadonlyMap<string, number>) {
    this.ids = ids;
  }

  add(id: number): void {
    if (id < 32) {
      this.low |= 1 << id;
    } else if (id < 64) {
      this.high |= 1 << (id - 32);
    } else {
      this.rest ??= new Set();
      this.rest.add(id);
    }
  }

  asMask(): GroupMask {
    return { low: this.low, high: this.high, rest: [...(this.rest ?? [])] };
  }

  hasAll(mask: GroupMask): boolean {
    return (
      (this.low & mask.low) === mask.low &&
      (this.high & mask.high) === mask.high &&
      mask.rest.every((id) => this.hasId(id))
    );
  }

  hasAny(mask: GroupMask): boolean {
    return (
      (this.low & mask.low) !== 0 || (this.high & mask.high) !== 0 || mask.rest.some((id) => this.hasId(id))
    );
  }

  hasId(id: number): boolean {
    if (id < 0) return false;
    if (id < 32) return (this.low & (1 << id)) !== 0;
    if (id < 64) return (this.high & (1 << (id - 32))) !== 0;
    return this.rest?.has(id) === true;
  }

  has(group: string): boolean {
    return this.hasId(this.ids.get(group) ?? -1);
  }
}
