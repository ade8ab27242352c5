/**
 * The restricted Damerau-Levenshtein distance (optimal string alignment) between two strings, by
 * UTF-16 unit: insertions, deletions, substitutions and swaps of two neighbouring letters cost one
 * each, and no part is edited twice. It gives what natural's DamerauLevenshteinDistance gives with
 * { restricted: true }, which the matcher used before; that module pulls in underscore and half of
 * natural's distance code at start-up, and builds an object per cell.
 */
export function restrictedEditDistance(source: string, target: string): number {
  const width = target.length + 1;
  // Three rows of the matrix are enough: a swap looks two rows back.
  let before = new Int32Array(width);
  let previous = new Int32Array(width);
  let current = new Int32Array(width);
  for (let column = 0; column < width; column++) previous[column] = column;
  for (let row = 1; row <= source.length; row++) {
    current[0] = row;
    const sourceCode = source.charCodeAt(row - 1);
    for (let column = 1; column < width; column++) {
      const targetCode = target.charCodeAt(column - 1);
      const substitute = (previous[column - 1] ?? 0) + (sourceCode === targetCode ? 0 : 1);
      let cost = Math.min((current[column - 1] ?? 0) + 1, (previous[column] ?? 0) + 1, substitute);
      if (
        row > 1 &&
        column > 1 &&
        sourceCode === target.charCodeAt(column - 2) &&
        source.charCodeAt(row - 2) === targetCode
      ) {
        cost = Math.min(cost, (before[column - 2] ?? 0) + 1);
      }
      current[column] = cost;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[width - 1] ?? 0;
}
