import { memo, useCallback } from 'react';
import type { Appendix } from '../../../shared/model/plan.ts';
import { rowKind, type TableRowKind } from '../../../shared/model/tableTasks.ts';
import { useI18n, useMessages } from '../../i18n/I18n.tsx';
import {
  addColumn,
  addRow,
  MAX_COLUMNS,
  moveRow,
  removeColumn,
  removeRow,
  removeTable,
  setCell,
  setColumnKind,
  setHeaderCell,
  setTaskTable,
  type AppendixTable,
} from '../appendixEdit.ts';
import { IconButton, MoveRemove, TextArea } from '../fields.tsx';
import { moveRemoveNames, useControlNames } from '../names/controlText.ts';
import { useConfirmDelete } from '../history/ConfirmDelete.tsx';
import { useDeletionNotice } from '../history/deletionNotice.ts';
import { historyMessages } from '../history/historyText.ts';
import { COLUMN_KINDS, taskTableMessages } from './taskTableText.ts';
import './appendix.css';

/** One edit of the appendix being shown (the caller finds it in the plan by id). */
export type EditAppendix = (fn: (a: Appendix) => Appendix) => void;

const TableRow = memo(function TableRow(props: {
  row: string[];
  index: number;
  count: number;
  header: string[];
  appendixId: string;
  testId: string;
  edit: EditAppendix;
  /** What the row is in a task table (a group heading, a task, its continuation); null: plain. */
  kind: TableRowKind | null;
}) {
  const { t } = useI18n();
  const tt = useMessages(taskTableMessages).t;
  const { row, index, header, testId, edit, appendixId, kind } = props;
  const n = useControlNames();
  const note =
    kind === 'group' ? tt('rowGroup') : kind === 'continuation' ? tt('rowContinuation') : undefined;
  return (
    <tr
      data-testid={`${testId}-row-${index}`}
      data-row-kind={kind ?? undefined}
      className={kind ? `row-${kind}` : undefined}
      title={note}
    >
      {header.map((h, c) => (
        <td key={c}>
          <TextArea
            value={row[c] ?? ''}
            onChange={(v) => edit((a) => setCell(a, index, c, v))}
            ariaLabel={t('appendixCell', { col: h.trim() || String(c + 1), row: index + 1 })}
            testId={`${testId}-cell-${index}-${c}`}
            field={{ kind: 'appendixCell', appendix: appendixId, row: index, column: c }}
            className="cell-input"
          />
        </td>
      ))}
      <td className="row-tools">
        <MoveRemove
          index={index}
          count={props.count}
          onMove={(d) => edit((a) => moveRow(a, index, d))}
          onRemove={() => edit((a) => removeRow(a, index))}
          testId={`${testId}-row-${index}`}
          names={moveRemoveNames(n, n('rowName', { n: index + 1 }))}
        />
      </td>
    </tr>
  );
});

/**
 * The appendix's table as a grid of plain text boxes: the header row (bold in print, repeated on each
 * page), then one line per row with move/remove; columns are added at the end and removed from their
 * header. Cell text may hold line breaks (one paragraph each in Word).
 */
export function AppendixTableEditor({
  table,
  appendixId,
  testId,
  edit,
}: {
  table: AppendixTable;
  /** The appendix's id: its cells' field addresses. */
  appendixId: string;
  testId: string;
  edit: EditAppendix;
}) {
  const { t } = useI18n();
  const tt = useMessages(taskTableMessages).t;
  const full = table.header.length >= MAX_COLUMNS;
  const typed = table.columns !== undefined;
  const h = useMessages(historyMessages).t;
  const notifyDeleted = useDeletionNotice();
  const { ask, dialog } = useConfirmDelete();
  const onRemoveTable = useCallback(() => {
    const cells = table.rows.reduce((n, r) => n + r.filter((c) => c.trim() !== '').length, 0);
    const removeIt = () => {
      edit(removeTable);
      notifyDeleted(h('deletedTable'));
    };
    // Removing a table with text in it drops the text: ask first (an empty one goes at once).
    if (cells === 0) removeIt();
    else
      ask({ title: h('removeTableTitle'), text: t('confirmRemoveTable', { n: cells }), onConfirm: removeIt });
  }, [ask, edit, h, notifyDeleted, t, table.rows]);
  return (
    <div className="appendix-table" data-testid={`${testId}-table`}>
      {dialog}
      <div className="appendix-table-scroll">
        <table className="appendix-grid">
          <thead>
            <tr>
              {table.header.map((h, c) => (
                <th key={c}>
                  <div className="head-cell">
                    <TextArea
                      value={h}
                      onChange={(v) => edit((a) => setHeaderCell(a, c, v))}
                      ariaLabel={t('appendixHeaderCell', { n: c + 1 })}
                      testId={`${testId}-head-${c}`}
                      field={{ kind: 'appendixHeader', appendix: appendixId, column: c }}
                      className="cell-input head-input"
                    />
                    {table.columns ? (
                      <select
                        className="column-kind"
                        aria-label={tt('columnKind', { n: c + 1 })}
                        value={table.columns[c] ?? 'free'}
                        onChange={(e) =>
                          edit((a) => setColumnKind(a, c, e.target.value as (typeof COLUMN_KINDS)[number]))
                        }
                        data-testid={`${testId}-kind-${c}`}
                      >
                        {COLUMN_KINDS.map((k) => (
                          <option key={k} value={k}>
                            {tt(`kind_${k}`)}
                          </option>
                        ))}
                      </select>
                    ) : null}
                    <IconButton
                      label={t('removeColumn', { name: h.trim() || String(c + 1) })}
                      danger
                      disabled={table.header.length <= 1}
                      onClick={() => edit((a) => removeColumn(a, c))}
                      testId={`${testId}-remove-col-${c}`}
                    >
                      ✕
                    </IconButton>
                  </div>
                </th>
              ))}
              <th className="row-tools" aria-label={t('rowTools')} />
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <TableRow
                key={r}
                row={row}
                index={r}
                count={table.rows.length}
                header={table.header}
                appendixId={appendixId}
                testId={testId}
                edit={edit}
                kind={typed ? rowKind(table, row) : null}
              />
            ))}
          </tbody>
        </table>
      </div>
      {table.rows.length === 0 ? <p className="muted">{t('appendixNoRows')}</p> : null}
      <div className="appendix-table-actions">
        <button
          type="button"
          className="btn btn-ghost btn-small"
          onClick={() => edit((a) => addRow(a))}
          data-testid={`${testId}-add-row`}
        >
          + {t('addRow')}
        </button>
        <button
          type="button"
          className="btn btn-ghost btn-small"
          disabled={full}
          title={full ? t('maxColumns', { n: MAX_COLUMNS }) : undefined}
          onClick={() => edit((a) => addColumn(a))}
          data-testid={`${testId}-add-col`}
        >
          + {t('addColumn')}
        </button>
        <span className="muted small">
          {t('appendixTable', { rows: table.rows.length, cols: table.header.length })}
        </span>
        <label className="small">
          <input
            type="checkbox"
            checked={typed}
            onChange={(e) => {
              const on = e.target.checked;
              edit((a) => setTaskTable(a, on));
            }}
            data-testid={`${testId}-task-table`}
          />{' '}
          {tt('taskTable')}
        </label>
        <button
          type="button"
          className="btn btn-ghost-danger btn-small push-right"
          onClick={onRemoveTable}
          data-testid={`${testId}-remove-table`}
        >
          {t('removeTable')}
        </button>
      </div>
    </div>
  );
}
