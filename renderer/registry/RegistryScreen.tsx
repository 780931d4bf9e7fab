import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { RendererApi } from '../../shared/contract/operations.ts';
import { DOCUMENT_TYPES } from '../../shared/legal/documentTypes.ts';
import type { RegistryDoc, RegistryStatus } from '../../shared/registry/registryDoc.ts';
import type { RegistryImportResult } from '../../shared/registry/registryRecords.ts';
import { sourceLinks } from '../../shared/registry/sourceName.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import './registry.css';
import {
  EMPTY_FORM,
  exportFileName,
  formFromDoc,
  inputFromForm,
  isoToVn,
  type RegistryFormValues,
} from './registryForm.ts';
import { useRegistryText, type RegistryKey } from './registryText.ts';
import { useApiAction, useApiQuery } from '../api/useApi.ts';
import { downloadText } from '../shell/download.ts';
import { useDebouncedValue } from '../shell/useDebouncedValue.ts';

const SEARCH_DELAY_MS = 200;
const STATUS_KEYS: Record<RegistryStatus, RegistryKey> = {
  unknown: 'statusUnknown',
  in_force: 'statusInForce',
  expired: 'statusExpired',
  replaced: 'statusReplaced',
};
/** The types offered first in the type field: the records of shared/legal marked common. */
const COMMON_TYPES = DOCUMENT_TYPES.filter((t) => t.common).map((t) => t.name);

/**
 * Where a document's details come from, by name ("Thư viện Pháp luật"), each a link the user can
 * open; the raw source text (URLs, quotations) stays in the edit form.
 */
function SourceLine({ source }: { source: string }) {
  const { rt, lang } = useRegistryText();
  const links = sourceLinks(source);
  if (links.length === 0) return null;
  return (
    <div className="registry-source small muted" data-testid="reg-source">
      {rt('sourceShort')}:{' '}
      {links.map((s, i) => {
        const name = lang === 'en' ? s.nameEn : s.name;
        return (
          <span key={`${s.name}-${i}`}>
            {i > 0 ? ', ' : null}
            {s.url ? (
              <a href={s.url} target="_blank" rel="noreferrer" title={rt('openSource', { name })}>
                {name}
              </a>
            ) : (
              name
            )}
          </span>
        );
      })}
    </div>
  );
}

/** A full-window dialog on the native <dialog> (focus trap, Esc) for a screen of its own. */
function Sheet({
  title,
  onClose,
  children,
  testId,
  className,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId: string;
  className: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog ref={ref} className={className} onClose={onClose} aria-label={title} data-testid={testId}>
      {children}
    </dialog>
  );
}

function RegistryForm({
  api,
  doc,
  onSaved,
  onClose,
}: {
  api: RendererApi;
  doc: RegistryDoc | null;
  onSaved: () => void;
  onClose: () => void;
}) {
  const { rt } = useRegistryText();
  const [v, setV] = useState<RegistryFormValues>(doc ? formFromDoc(doc) : EMPTY_FORM);
  const action = useApiAction();
  const { busy, error } = action;
  const set = <K extends keyof RegistryFormValues>(k: K, value: RegistryFormValues[K]) =>
    setV((x) => ({ ...x, [k]: value }));
  const save = async () => {
    const input = inputFromForm(v);
    const r = await action.run(() =>
      doc ? api.updateRegistryDoc(doc.id, input) : api.addRegistryDoc(input),
    );
    if (r?.ok) onSaved();
  };
  const text = (k: 'type' | 'numberSymbol' | 'name' | 'date' | 'issuer' | 'source', hint?: string) => (
    <label className="field">
      <span className="field-label">{rt(k)}</span>
      <input
        type="text"
        className="input"
        value={v[k]}
        list={k === 'type' ? 'registry-types' : undefined}
        onChange={(e) => set(k, e.target.value.normalize('NFC'))}
        data-testid={`reg-${k}`}
      />
      {hint ? <span className="field-hint">{hint}</span> : null}
    </label>
  );
  return (
    <Sheet
      title={doc ? rt('formEdit') : rt('formAdd')}
      onClose={onClose}
      testId="registry-form"
      className="modal registry-form"
    >
      <h2 className="modal-title">{doc ? rt('formEdit') : rt('formAdd')}</h2>
      {error ? <ErrorBanner error={error} /> : null}
      <form
        className="registry-grid"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {text('type')}
        {text('numberSymbol', rt('numberSymbolHint'))}
        {text('date', rt('dateHint'))}
        {text('issuer')}
        {text('name')}
        <label className="field">
          <span className="field-label">{rt('status')}</span>
          <select
            className="input select"
            value={v.status}
            onChange={(e) => set('status', e.target.value as RegistryStatus)}
            data-testid="reg-status"
          >
            {(Object.keys(STATUS_KEYS) as RegistryStatus[]).map((s) => (
              <option key={s} value={s}>
                {rt(STATUS_KEYS[s])}
              </option>
            ))}
          </select>
        </label>
        {v.status === 'replaced' ? (
          <label className="field">
            <span className="field-label">{rt('replacedBy')}</span>
            <input
              type="text"
              className="input"
              value={v.replacedBy}
              onChange={(e) => set('replacedBy', e.target.value.normalize('NFC'))}
            />
          </label>
        ) : null}
        <label className="field field-wide">
          <span className="field-label">{rt('summary')}</span>
          <textarea
            className="input textarea"
            rows={2}
            value={v.summary}
            onChange={(e) => set('summary', e.target.value.normalize('NFC'))}
            data-testid="reg-summary"
          />
        </label>
        <div className="field-wide">{text('source')}</div>
        <label className="field field-wide">
          <span className="field-label">{rt('note')}</span>
          <textarea
            className="input textarea"
            rows={2}
            value={v.note}
            onChange={(e) => set('note', e.target.value.normalize('NFC'))}
          />
        </label>
        <datalist id="registry-types">
          {COMMON_TYPES.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
        <div className="modal-actions field-wide">
          <button type="button" className="btn" onClick={onClose}>
            {rt('cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy} data-testid="reg-save">
            {rt('save')}
          </button>
        </div>
      </form>
    </Sheet>
  );
}

/**
 * "Sổ văn bản": the registry the citation checks compare against. List and accent-insensitive
 * search, add / edit / delete, CSV import with line-level errors, CSV export.
 */
export function RegistryScreen({ api, onClose }: { api: RendererApi; onClose: () => void }) {
  const { rt, lang } = useRegistryText();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<RegistryDoc | 'new' | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [imported, setImported] = useState<RegistryImportResult | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
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

  const importFile = async (file: File) => {
    setNotice(null);
    setImported(null);
    const r = await action.run(async () => api.importRegistryCsv(await file.text()));
    if (fileRef.current) fileRef.current.value = '';
    if (!r?.ok) return;
    setImported(r.value);
    refresh();
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
    <Sheet title={rt('title')} onClose={onClose} testId="registry-screen" className="registry-sheet">
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
          <button
            type="button"
            className="btn"
            onClick={() => fileRef.current?.click()}
            data-testid="reg-import"
          >
            {rt('importCsv')}
          </button>
          <input
            ref={fileRef}
            type="file"
            accept=".csv,text/csv"
            hidden
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void importFile(f);
            }}
            data-testid="reg-import-file"
          />
          <button type="button" className="btn" onClick={() => void exportCsv()} data-testid="reg-export">
            {rt('exportCsv')}
          </button>
          <button type="button" className="btn" onClick={onClose} data-testid="reg-close">
            {rt('close')}
          </button>
        </div>
      </div>
      <div className="registry-body">
        <input
          type="search"
          className="input registry-search"
          placeholder={rt('search')}
          aria-label={rt('search')}
          value={query}
          onChange={(e) => setQuery(e.target.value.normalize('NFC'))}
          data-testid="reg-search"
        />
        {error ? <ErrorBanner error={error} /> : null}
        {notice ? (
          <div className="banner banner-ok" role="status">
            {notice}
          </div>
        ) : null}
        {imported ? (
          <div
            className={`banner registry-import ${imported.errors.length > 0 ? 'banner-warn' : 'banner-ok'}`}
            role="status"
            data-testid="reg-import-result"
          >
            <div>{rt('imported', { added: imported.added, updated: imported.updated })}</div>
            {imported.errors.length > 0 ? (
              <>
                <div>{rt('importErrors', { count: imported.errors.length })}</div>
                <ul className="registry-errors">
                  {imported.errors.map((e, i) => (
                    <li key={i}>
                      <strong>{rt('line', { line: e.line })}:</strong>{' '}
                      {lang === 'en' ? e.messageEn : e.message}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
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
                  <td className="col-actions nowrap">
                    {confirming === d.id ? (
                      <>
                        <span className="muted small">{rt('confirmDelete')} </span>
                        <button
                          type="button"
                          className="btn btn-small btn-danger"
                          onClick={() => void remove(d.id)}
                          data-testid="reg-confirm-delete"
                        >
                          {rt('yes')}
                        </button>
                        <button type="button" className="btn btn-small" onClick={() => setConfirming(null)}>
                          {rt('no')}
                        </button>
                      </>
                    ) : (
                      <>
                        <button
                          type="button"
                          className="btn btn-small"
                          onClick={() => setEditing(d)}
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
