/**
 * The 2D matrices and number arrays of pdfjs's operator lists, shared by the readers that walk them
 * (pdfRules: the drawn table grid; pdfAnnotationItems: the text signature fields draw).
 */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m applied first, then n (the canvas's `transform`: the current matrix times m). */
export function times(n: Matrix, m: Matrix): Matrix {
  return [
    n[0] * m[0] + n[2] * m[1],
    n[1] * m[0] + n[3] * m[1],
    n[0] * m[2] + n[2] * m[3],
    n[1] * m[2] + n[3] * m[3],
    n[0] * m[4] + n[2] * m[5] + n[4],
    n[1] * m[4] + n[3] * m[5] + n[5],
  ];
}

/** The first `count` entries of an operator argument when all are finite numbers, else null. */
export function numbers(value: unknown, count: number): number[] | null {
  if (value === null || typeof value !== 'object') return null;
  const v = value as ArrayLike<unknown>;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const x = v[i];
    if (typeof x !== 'number' || !Number.isFinite(x)) return null;
    out.push(x);
  }
  return out;
}

/** An operator argument read as a matrix, or null. */
export const matrix = (value: unknown): Matrix | null => numbers(value, 6) as Matrix | null;
