import type { ReactNode } from 'react';
import { DataTable, type Column } from '../../../components/DataTable';
import { Section } from '../../../components/Fields';

interface Props<T> {
  title: string;
  explain?: string;
  empty: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  actionHeader: string;
  removeText: string;
  /** The remove button's accessible name, which says which row it removes. */
  removeLabel(row: T): string;
  onRemove(index: number): void;
  /** Totals, under the table. */
  summary: ReactNode;
  /** The fields and button that add a row. */
  children: ReactNode;
}

/** One dated log on the mandate (hours, expenses): a table with a remove button per row, totals, and a row to add. */
export const LogSection = <T,>({ title, explain, empty, rows, columns, actionHeader, removeText, removeLabel, onRemove, summary, children }: Props<T>) => (
  <Section title={title}>
    {explain && <p className="muted">{explain}</p>}
    {rows.length === 0 ? (
      <p className="muted">{empty}</p>
    ) : (
      <DataTable
        caption={title}
        rows={rows}
        rowKey={(_, i) => String(i)}
        columns={[
          ...columns,
          {
            header: actionHeader,
            cell: (row, i) => (
              <button type="button" className="link" aria-label={removeLabel(row)} onClick={() => onRemove(i)}>
                {removeText}
              </button>
            ),
          },
        ]}
      />
    )}
    {summary}
    <div className="toolbar">{children}</div>
  </Section>
);
