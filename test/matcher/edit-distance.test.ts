import { DamerauLevenshteinDistance } from "natural/lib/natural/distance";
import { restrictedEditDistance } from "../../src/matcher/edit-distance";
import { seededRandom } from "./support/corpus-sentences";

describe("restrictedEditDistance", () => {
  it.each([
    ["", "", 0],
    ["", "abc", 3],
    ["abc", "", 3],
    ["microservices", "microservices", 0],
    ["microservcies", "microservices", 1],
    ["micorsegmentation", "microsegmentation", 1],
    ["microsegmentaton", "microsegmentation", 1],
    ["ca", "abc", 3],
    ["mircoservies", "microservices", 2],
  ])("%s -> %s is %d", (source, target, distance) => {
    expect(restrictedEditDistance(source, target)).toBe(distance);
  });

  it("gives what natural's restricted DamerauLevenshteinDistance gives", () => {
    const random = seededRandom(7);
    const letters = "microsegntav";
    const word = (): string =>
      Array.from(
        { length: Math.floor(random() * 14) },
        () => letters[Math.floor(random() * letters.length)],
      ).join("");
    for (let i = 0; i < 3000; i++) {
      const source = word();
      const target = word();
      expect([source, target, restrictedEditDistance(source, target)]).toEqual([
        source,
        target,
        DamerauLevenshteinDistance(source, target, { restricted: true }),
      ]);
    }
  });
});
