// The assignment relaxation of a maximum-weight perfect matching (see matching.ts): a permutation
// σ without fixed points maximising Σ w(i, σ(i)) on a symmetric n × n weight matrix, with its
// dual (U rows, V columns, U_i + V_j ≥ w_ij for all i ≠ j, Σ U + Σ V = the permutation's weight).
//
// Shortest augmenting paths (Dijkstra on reduced costs U_i + V_j − w_ij ≥ 0, as in the Hungarian
// method) over each row's best CANDIDATES columns only, which is fast. Then every row is checked
// against all columns: a row whose dual is too low gets the columns it violates, a higher U_i,
// gives up its column, and is augmented again; this repeats until the dual holds everywhere.

export interface AssignmentBound {
  /** y_i = (U_i + V_i) / 2, so that y_i + y_j ≥ w_ij for every pair. */
  y: Float64Array;
  /** Σ y_i, an upper bound on every perfect matching's weight. */
  bound: number;
  /** The optimal permutation: row i is assigned column sigma[i]. */
  sigma: Int32Array;
}

export function assignmentBound(w: Int32Array, n: number, candidates: number): AssignmentBound {
  const cand: number[][] = [];
  const isCand = new Uint8Array(n * n);
  const add = (i: number, j: number) => {
    if (i === j || isCand[i * n + j]) return;
    isCand[i * n + j] = 1;
    cand[i]!.push(j);
  };
  const u = new Float64Array(n);
  const v = new Float64Array(n);
  // Start column j's price at half its best weight, so that cities everybody wants cost more;
  // a row's candidates are its best columns by weight minus price, and U_i is the best of these.
  for (let j = 0; j < n; j++) {
    let max = 0;
    for (let i = 0; i < n; i++) if (i !== j && w[i * n + j]! > max) max = w[i * n + j]!;
    v[j] = max / 2;
  }
  for (let i = 0; i < n; i++) {
    cand.push([]);
    const value = (j: number) => w[i * n + j]! - v[j]!;
    const best: number[] = []; // sorted, best first
    for (let j = 0; j < n; j++) {
      if (j === i || (best.length === candidates && value(j) <= value(best.at(-1)!))) continue;
      let k = best.length;
      while (k > 0 && value(j) > value(best[k - 1]!)) k--;
      best.splice(k, 0, j);
      if (best.length > candidates) best.pop();
    }
    u[i] = value(best[0]!);
    for (const j of best) add(i, j);
  }
  // Symmetric candidates, plus the ring i → i + 1: a permutation without fixed points then exists
  // among the candidates, so every search finds a free column (Hall's condition holds).
  for (let i = 0; i < n; i++) for (const j of [...cand[i]!]) add(j, i);
  for (let i = 0; i < n; i++) add(i, (i + 1) % n);

  const colOf = new Int32Array(n).fill(-1);
  const rowOf = new Int32Array(n).fill(-1);
  const dist = new Float64Array(n);
  const pred = new Int32Array(n);
  const seen = new Int32Array(n); // search stamp when dist was set
  const done = new Int32Array(n); // search stamp when the column was settled
  let stamp = 0;

  /** One Dijkstra search from free row s to a free column, then the potentials and the path. */
  const augment = (s: number): void => {
    stamp++;
    const heap = new MinHeap();
    const rows = [s];
    const rowDist = [0];
    const settled: number[] = [];
    let row = s;
    let d = 0;
    let target = -1;
    for (;;) {
      for (const j of cand[row]!) {
        if (done[j] === stamp) continue;
        const nd = d + u[row]! + v[j]! - w[row * n + j]!;
        if (seen[j] !== stamp || nd < dist[j]!) {
          seen[j] = stamp;
          dist[j] = nd;
          pred[j] = row;
          heap.push(nd, j);
        }
      }
      let j = -1;
      while (heap.size > 0) {
        const [dj, c] = heap.pop();
        if (done[c] !== stamp && dj === dist[c]) {
          j = c;
          break;
        }
      }
      if (j < 0) throw new Error('assignment: no augmenting path'); // excluded by the ring
      done[j] = stamp;
      settled.push(j);
      if (rowOf[j]! < 0) {
        target = j;
        break;
      }
      row = rowOf[j]!;
      d = dist[j]!;
      rows.push(row);
      rowDist.push(d);
    }
    const total = dist[target]!;
    rows.forEach((r, k) => (u[r] = u[r]! - (total - rowDist[k]!)));
    for (const c of settled) v[c] = v[c]! + (total - dist[c]!);
    for (let j = target; ;) {
      const i = pred[j]!;
      const next = colOf[i]!;
      rowOf[j] = i;
      colOf[i] = j;
      if (i === s) break;
      j = next;
    }
  };

  // A row whose dual is below some non-candidate edge: take those edges, raise U_i, free the row.
  const repair = (i: number): boolean => {
    let max = -Infinity;
    for (let j = 0; j < n; j++)
      if (j !== i && w[i * n + j]! - v[j]! > max) max = w[i * n + j]! - v[j]!;
    if (max <= u[i]!) return false;
    for (let j = 0; j < n; j++) if (j !== i && w[i * n + j]! - v[j]! > u[i]!) add(i, j);
    u[i] = max;
    if (colOf[i]! >= 0) {
      rowOf[colOf[i]!] = -1;
      colOf[i] = -1;
    }
    return true;
  };

  // Each row's best column is tight: take it where still free.
  for (let i = 0; i < n; i++) {
    const j = cand[i]![0]!;
    if (rowOf[j]! >= 0) continue;
    rowOf[j] = i;
    colOf[i] = j;
  }
  for (;;) {
    for (let i = 0; i < n; i++) if (colOf[i]! < 0) augment(i);
    let violated = false;
    for (let i = 0; i < n; i++) if (repair(i)) violated = true;
    if (!violated) break;
  }

  const y = new Float64Array(n);
  let bound = 0;
  for (let i = 0; i < n; i++) {
    y[i] = (u[i]! + v[i]!) / 2;
    bound += y[i]!;
  }
  return { y, bound, sigma: colOf };
}

/** A binary min-heap of (key, value) pairs. */
class MinHeap {
  private keys: number[] = [];
  private values: number[] = [];
  get size(): number {
    return this.keys.length;
  }
  push(key: number, value: number): void {
    let i = this.keys.length;
    this.keys.push(key);
    this.values.push(value);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.keys[p]! <= key) break;
      this.keys[i] = this.keys[p]!;
      this.values[i] = this.values[p]!;
      i = p;
    }
    this.keys[i] = key;
    this.values[i] = value;
  }
  pop(): [number, number] {
    const top: [number, number] = [this.keys[0]!, this.values[0]!];
    const key = this.keys.pop()!;
    const value = this.values.pop()!;
    const n = this.keys.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && this.keys[c + 1]! < this.keys[c]!) c++;
        if (this.keys[c]! >= key) break;
        this.keys[i] = this.keys[c]!;
        this.values[i] = this.values[c]!;
        i = c;
      }
      this.keys[i] = key;
      this.values[i] = value;
    }
    return top;
  }
}
