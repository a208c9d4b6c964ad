// papaparse as the renderer's typecheck sees it. @types/papaparse references Node's types
// (for its stream API), which would give every renderer file `process`, `Buffer` and
// `NodeJS.*`; tsconfig.renderer.json maps 'papaparse' here instead. Only the string API
// that shared/ uses is declared; the Node-side typecheck (tsconfig.json) uses the full types.
export interface ParseError {
  type: string;
  code: string;
  message: string;
  row?: number;
}
export interface ParseConfig {
  delimiter?: string;
  newline?: string;
  quoteChar?: string;
  header?: boolean;
  skipEmptyLines?: boolean | 'greedy';
}
export interface ParseResult<T> {
  data: T[];
  errors: ParseError[];
  meta: { delimiter: string; linebreak: string; aborted: boolean; truncated: boolean; fields?: string[] };
}
export interface UnparseConfig {
  delimiter?: string;
  newline?: string;
  quotes?: boolean | boolean[];
  header?: boolean;
  columns?: string[];
}
declare const Papa: {
  parse<T>(input: string, config?: ParseConfig): ParseResult<T>;
  unparse(data: unknown[] | { fields: string[]; data: unknown[] }, config?: UnparseConfig): string;
};
export default Papa;
