/**
 * Shared shapes of the data studio's pure core. A table is column-major: `data[c][r]` is the raw text of row
 * r in column c, or null when the cell is missing. Keeping text until a column's type is known avoids
 * guessing twice, and column-major arrays make per-column statistics cache-friendly at 100,000 rows.
 */
export type Cell = string | null;

export interface DataTable {
  /** Header names, unique (a repeated header gets a " (2)", " (3)" … suffix). */
  columns: string[];
  /** Column-major cells; every column has `rowCount` entries. */
  data: Cell[][];
  rowCount: number;
}

export type ColumnType = 'numeric' | 'categorical' | 'boolean' | 'date' | 'text';
export type ColumnRole = 'feature' | 'label' | 'id' | 'ignore';

/** One column of a dataset schema (TFDV-style): inferred from data, then editable by the user. */
export interface ColumnSchema {
  name: string;
  type: ColumnType;
  role: ColumnRole;
  /** The column must be present in data validated against this schema. */
  required: boolean;
  /** Numeric columns: allowed range (inclusive). Dates: ISO date strings in `dateRange`. */
  range?: { min: number; max: number };
  dateRange?: { min: string; max: string };
  /** Categorical and boolean columns: allowed values. */
  domain?: string[];
  /** Largest share of missing values allowed (0–1). */
  maxMissingRate: number;
}

export interface DatasetSchema {
  columns: ColumnSchema[];
}
