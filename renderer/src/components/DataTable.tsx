import { Fragment, type ReactNode } from 'react';

export interface Column<T> {
  /** Column header text (a <th scope="col">). */
  header: string;
  cell(row: T, index: number): ReactNode;
}

interface Props<T> {
  /** The table's accessible name; shown to screen readers only unless `showCaption`. */
  caption: string;
  showCaption?: boolean;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey(row: T, index: number): string;
  /** A row's accessible name, when its cells alone do not say which row it is. */
  rowLabel?(row: T, index: number): string;
  /**
   * For rows that hold their own state (a form in a row): render the whole <tr> yourself;
   * the columns then give only the headers.
   */
  renderRow?(row: T, index: number): ReactNode;
}

/**
 * The one data table: a real <table> with a caption and column headers, so screen
 * readers announce each cell with its column and tests find it by role and name.
 */
export const DataTable = <T,>({ caption, showCaption, columns, rows, rowKey, rowLabel, renderRow }: Props<T>) => (
  <table>
    <caption className={showCaption ? undefined : 'sr-only'}>{caption}</caption>
    <thead>
      <tr>
        {columns.map((c) => (
          <th key={c.header} scope="col">
            {c.header}
          </th>
        ))}
      </tr>
    </thead>
    <tbody>
      {rows.map((row, i) =>
        renderRow ? (
          <Fragment key={rowKey(row, i)}>{renderRow(row, i)}</Fragment>
        ) : (
          <tr key={rowKey(row, i)} aria-label={rowLabel?.(row, i)}>
            {columns.map((c) => (
              // data-label: on a narrow window each cell shows its column's name (layout.css).
              <td key={c.header} data-label={c.header}>
                {c.cell(row, i)}
              </td>
            ))}
          </tr>
        ),
      )}
    </tbody>
  </table>
);
