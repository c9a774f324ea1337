/**
 * The code × case matrix: how many codings of each code fall in the documents of each case, a
 * category counting the codings of every code below it. It is the table behind frequency labels
 * (a code applies to a case when its cell is not zero) and behind the study's Table I.
 */

/** A code of the tree, as far as the matrix needs it. */
export interface CodeNode { id: string; parentId: string | null }

/** Codings of one code (itself only) in the documents of one case, as the grouped query gives them. */
export interface CodeCaseCount { codeId: string; caseId: string; count: number }

/** Non-zero cells only: code id → case id → codings of the code and the codes below it. */
export type CodeCaseMatrix = Map<string, Map<string, number>>;

/** A dense copy for reports and heat maps: `counts[i][j]` is code `codes[i]` in case `cases[j]`. */
export interface DenseMatrix { codes: string[]; cases: string[]; counts: number[][] }

/** Each code's ancestors, nearest first; a parent outside the list ends the chain (as does a cycle). */
export function ancestorsOf(codes: readonly CodeNode[]): Map<string, string[]> {
  const parent = new Map(codes.map((c) => [c.id, c.parentId]));
  const out = new Map<string, string[]>();
  for (const c of codes) {
    const chain: string[] = [];
    for (let p = c.parentId; p !== null && parent.has(p) && p !== c.id && !chain.includes(p); p = parent.get(p) ?? null) chain.push(p);
    out.set(c.id, chain);
  }
  return out;
}

/**
 * Roll the per-code counts up the tree. Counts of codes missing from `codes` are dropped, so a
 * code deleted while the query ran cannot appear. Counts are added to `into` when given (a matrix
 * of the same codes), so they can be rolled up a batch at a time.
 */
export function codeCaseMatrix(codes: readonly CodeNode[], counts: readonly CodeCaseCount[], into?: CodeCaseMatrix): CodeCaseMatrix {
  const ancestors = ancestorsOf(codes);
  const matrix: CodeCaseMatrix = into ?? new Map(codes.map((c) => [c.id, new Map<string, number>()]));
  for (const { codeId, caseId, count } of counts) {
    const up = ancestors.get(codeId);
    if (!up || count <= 0) continue;
    for (const id of [codeId, ...up]) {
      const row = matrix.get(id)!;
      row.set(caseId, (row.get(caseId) ?? 0) + count);
    }
  }
  return matrix;
}

/** How many cases each code applies to (cells above zero). */
export function casesPerCode(matrix: CodeCaseMatrix): Map<string, number> {
  return new Map([...matrix].map(([id, row]) => [id, row.size]));
}

/** The matrix as a table in the given code and case orders (zeros filled in). */
export function toDense(matrix: CodeCaseMatrix, codes: readonly string[], cases: readonly string[]): DenseMatrix {
  return {
    codes: [...codes],
    cases: [...cases],
    counts: codes.map((code) => {
      const row = matrix.get(code);
      return cases.map((c) => row?.get(c) ?? 0);
    }),
  };
}

/** What a matrix's columns are. Rows are always the codes, in tree order. */
export type MatrixColumns = 'cases' | 'documents' | 'codes';

/**
 * What a cell counts: `codings` — codings of the row's code (and below) in the column;
 * `presence` — 1 when the code applies to the column's case or document, 0 when not; for a column
 * that groups several cases or documents, how many of them it applies to;
 * `cooccurrence` — pairs of segments, one coded with each code, that overlap or lie within
 * `within` characters of each other in one document.
 */
export type MatrixMeasure = 'codings' | 'presence' | 'cooccurrence';

/** A row or column: a code, case, document, or a group of cases sharing an attribute value. */
export interface MatrixAxis {
  id: string;
  label: string;
  /** Tree depth of a code row (0 for a category). */
  depth?: number;
  /** How many cases (or documents, for document columns) a group column holds. */
  size?: number;
}

/** One table of cells; co-occurrence split by an attribute gives one panel per group of cases. */
export interface MatrixPanel {
  /** The group's label (an attribute value or band), or null for the whole project. */
  group: string | null;
  /** Cases in the group (all cases with documents in scope when not split). */
  cases: number;
  /** `cells[i][j]` for row i and column j; null where the cell means nothing (a code with itself or its own category). */
  cells: (number | null)[][];
}

export interface MatrixResult {
  columns: MatrixColumns;
  measure: MatrixMeasure;
  /** The case attribute the columns (or panels) are split by, or null. */
  by: string | null;
  /** Characters between two segments that still count as co-occurring (co-occurrence only). */
  within: number | null;
  rows: MatrixAxis[];
  cols: MatrixAxis[];
  panels: MatrixPanel[];
}
