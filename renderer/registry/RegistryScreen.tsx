import { useCallback, useMemo, useState } from 'react';
import type { RendererApi } from '../../shared/contract/operations.ts';
import type { RegistryDoc } from '../../shared/registry/registryDoc.ts';
import { isoToday, validityOn, validityText } from '../../shared/registry/validity.ts';
import { validityClass } from './validityClass.ts';
import { useApiAction, useApiQuery } from '../api/useApi.ts';
import { downloadText } from '../shell/download.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { useDebouncedValue } from '../shell/useDebouncedValue.ts';
import './registry.css';
import { RegistryForm, STATUS_KEYS } from './RegistryForm.tsx';
import { ImportReport, RegistryImportButton, type ImportedFile } from './RegistryImport.tsx';
import { exportFileName, isoToVn } from './registryForm.ts';
import { useRegistryText } from './registryText.ts';
import { ConfirmInline } from '../shell/ConfirmInline.tsx';
import { Sheet } from '../shell/Sheet.tsx';
import { SourceLine } from './SourceLine.tsx';
import { DayField } from '../shell/DayField.tsx';

const SEARCH_DELAY_MS = 200;

/** The import columns, documented where the drafter imports (the README has the same table). */
function ColumnsHelp() {
  const { rt } = useRegistryText();
  return (
    <details className="registry-help" data-testid="reg-columns-help">
      <summary>{rt('columnsHelp')}</summary>
      <p>{rt('columnsIntro')}</p>
      <ul>
        {(
          [
            'colHelpNumber',
            'colHelpType',
            'colHelpDates',
            'colHelpIssuer',
            'colHelpStatus',
            'colHelpReplaced',
            'colHelpSource',
          ] as const
        ).map((k) => (
          <li key={k}>{rt(k)}</li>
        ))}
      </ul>
    </details>
  );
}

/**
 * "Sổ văn bản": the registry the citation checks compare against. List and accent-insensitive
 * search, add / edit / delete, CSV import with line-level errors, CSV export.
 */
export function RegistryScreen({
  api,
  onClose,
  initialDate,
}: {
  api: RendererApi;
  onClose: () => void;
  /** The day validity is shown for: the open plan's date, else today. */
  initialDate?: string;
}) {
  const { rt, lang } = useRegistryText();
  const [onDate, setOnDate] = useState(initialDate ?? isoToday());
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<RegistryDoc | 'new' | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [imported, setImported] = useState<ImportedFile | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // The whole registry (its size is the subtitle); a search runs once typing pauses.
  const all = useApiQuery(useCallback(() => api.listRegistry(), [api]));
  const searchText = useDebouncedValue(query, query.trim() === '' ? 0 : SEARCH_DELAY_MS);
  const searching = searchText.trim() !== '';
  const found = useApiQuery(
    useMemo(() => (searching ? () => api.searchRegistry(searchText) : null), [api, searching, searchText]),
  );
  // Until the first results of a search arrive, the list stays as it was.
  const docs = searching ? (found.data ?? all.data) : all.data;
  const total = all.data?.length ?? null;
  const action = useApiAction();
  const error = action.error ?? (searching ? found.error : null) ?? all.error;
  const { reload: reloadAll } = all;
  const { reload: reloadFound } = found;
  const refresh = useCallback(() => {
    reloadAll();
    reloadFound();
  }, [reloadAll, reloadFound]);

  const remove = async (id: string) => {
    setConfirming(null);
    const r = await action.run(() => api.deleteRegistryDoc(id));
    if (r?.ok) refresh();
  };

  const exportCsv = async () => {
    setImported(null);
    const r = await action.run(() => api.exportRegistryCsv());
    if (!r?.ok) return;
    const name = exportFileName(new Date());
    downloadText(name, r.value, 'text/csv;charset=utf-8');
    setNotice(rt('exported', { file: name }));
  };

  return (
    <Sheet title={rt('title')} onClose={onClose} testId="registry-screen">
      <div className="toolbar registry-toolbar">
        <div className="toolbar-title">
          <h1>{rt('title')}</h1>
          {total !== null ? <span className="muted">{rt('subtitle', { count: total })}</span> : null}
        </div>
        <div className="toolbar-actions">
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => setEditing('new')}
            data-testid="reg-add"
          >
            + {rt('add')}
          </button>
          <RegistryImportButton
            api={api}
            onImported={(file) => {
              setNotice(null);
              setImported(file);
              refresh();
            }}
          />
          <button type="button" className="btn" onClick={() => void exportCsv()} data-testid="reg-export">
            {rt('exportCsv')}
          </button>
          <button type="button" className="btn" onClick={onClose} data-testid="reg-close">
            {rt('close')}
          </button>
        </div>
      </div>
      <div className="sheet-body">
        <input
          type="search"
          className="input registry-search"
          placeholder={rt('search')}
          aria-label={rt('search')}
          value={query}
          onChange={(e) => setQuery(e.target.value.normalize('NFC'))}
          data-testid="reg-search"
        />
        <div className="registry-controls">
          <DayField
            label={rt('validOn')}
            iso={onDate}
            onChange={setOnDate}
            lang={lang}
            testId="reg-valid-on"
          />
          <ColumnsHelp />
        </div>
        {error ? <ErrorBanner error={error} /> : null}
        {notice ? (
          <div className="banner banner-ok" role="status">
            {notice}
          </div>
        ) : null}
        {imported ? (
          <div
            className={`banner registry-import ${imported.result.rejected > 0 ? 'banner-warn' : 'banner-ok'}`}
            role="status"
            data-testid="reg-import-result"
          >
            <ImportReport file={imported} title="importedCounts" />
          </div>
        ) : null}
        {docs && docs.length === 0 ? <p className="muted">{rt('empty')}</p> : null}
        {docs && docs.length > 0 ? (
          <table className="plan-table registry-table" data-testid="reg-table">
            <thead>
              <tr>
                <th>{rt('colType')}</th>
                <th>{rt('colNumber')}</th>
                <th>{rt('colDate')}</th>
                <th>{rt('colIssuer')}</th>
                <th>{rt('colSummary')}</th>
                <th>{rt('colStatus')}</th>
                <th>{rt('colValidity', { date: isoToVn(onDate) })}</th>
                <th className="col-actions" />
              </tr>
            </thead>
            <tbody>
              {docs.map((d) => (
                <tr key={d.id} data-testid="reg-row">
                  <td className="nowrap">{d.type}</td>
                  <td className="nowrap">
                    {d.numberSymbol}
                    {d.id.startsWith('seed-') ? <span className="tag">{rt('builtIn')}</span> : null}
                  </td>
                  <td className="nowrap">{isoToVn(d.date)}</td>
                  <td>{d.issuer}</td>
                  <td className="registry-summary">
                    {d.name && d.name !== d.summary ? <strong>{d.name}. </strong> : null}
                    {d.summary}
                    <SourceLine source={d.source} />
                  </td>
                  <td className="nowrap">{rt(STATUS_KEYS[d.status])}</td>
                  <ValidityCell doc={d} onDate={onDate} lang={lang} />
                  <td className="col-actions nowrap">
                    {confirming === d.id ? (
                      <ConfirmInline
                        question={rt('confirmDelete')}
                        yes={rt('yes')}
                        no={rt('no')}
                        onYes={() => void remove(d.id)}
                        onNo={() => setConfirming(null)}
                        yesTestId="reg-confirm-delete"
                      />
                    ) : (
                      <>
                        <button
                          type="button"
                          className="btn btn-small"
                          onClick={() => setEditing(d as RegistryDoc)}
                          data-testid="reg-edit"
                        >
                          {rt('edit')}
                        </button>
                        <button
                          type="button"
                          className="btn btn-small btn-ghost-danger"
                          onClick={() => setConfirming(d.id)}
                          data-testid="reg-delete"
                        >
                          {rt('delete')}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
      {editing ? (
        <RegistryForm
          api={api}
          doc={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            refresh();
          }}
        />
      ) : null}
    </Sheet>
  );
}

function ValidityCell({ doc, onDate, lang }: { doc: RegistryDoc; onDate: string; lang: 'vi' | 'en' }) {
  const v = validityOn(doc, onDate);
  const text = validityText(v);
  return (
    <td className="registry-validity" data-testid="reg-validity">
      <span className={`tag ${validityClass(v.kind)}`}>{lang === 'en' ? text.en : text.vi}</span>
    </td>
  );
}
