import { useCallback, useMemo, useRef, useState } from 'react';
import { LEVEL_LABELS, sourceText, type AgencyEntry } from '../../shared/agencies/agencyEntry.ts';
import { createAgencyIndex } from '../../shared/agencies/agencyIndex.ts';
import {
  OTHER_PROVINCE,
  PROVINCE_NAMES,
  type AgencyImportResult,
} from '../../shared/agencies/agencyRecords.ts';
import type { RendererApi } from '../../shared/contract/operations.ts';
import { useApiAction, useApiQuery } from '../api/useApi.ts';
import { downloadText } from '../shell/download.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { AgencyForm } from './AgencyForm.tsx';
import { agencyExportFileName, isoToVn } from './agencyForm.ts';
import { AgencyMerge } from './AgencyMerge.tsx';
import { useAgencyText } from './agencyText.ts';
import { ConfirmInline } from '../shell/ConfirmInline.tsx';
import { Sheet } from '../shell/Sheet.tsx';
import './agencies.css';

/**
 * "Danh bạ cơ quan": the agencies the autocomplete offers and the checks judge by date. Search by
 * name or abbreviation (accents optional), add, edit, merge two entries, delete, CSV in and out, and
 * the province whose bodies are offered.
 */
export function AgencyScreen({ api, onClose }: { api: RendererApi; onClose: () => void }) {
  const { at, lang } = useAgencyText();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<AgencyEntry | 'new' | null>(null);
  const [merging, setMerging] = useState<AgencyEntry | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [imported, setImported] = useState<AgencyImportResult | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const view = useApiQuery(useCallback(() => api.listAgencies(), [api]));
  const action = useApiAction();
  const entries = useMemo(() => view.data?.entries ?? [], [view.data]);
  const index = useMemo(() => createAgencyIndex(entries, null), [entries]);
  const shown = useMemo(() => index.search(query), [index, query]);
  const refresh = view.reload;
  const error = action.error ?? view.error;
  const nameOf = (id: string) => index.byId(id)?.name ?? id;

  const remove = async (id: string) => {
    setConfirming(null);
    const r = await action.run(() => api.deleteAgency(id));
    if (r?.ok) refresh();
  };
  const importFile = async (file: File) => {
    setNotice(null);
    setImported(null);
    const r = await action.run(async () => api.importAgenciesCsv(await file.text()));
    if (fileRef.current) fileRef.current.value = '';
    if (!r?.ok) return;
    setImported(r.value);
    refresh();
  };
  const exportCsv = async () => {
    setImported(null);
    const r = await action.run(() => api.exportAgenciesCsv());
    if (!r?.ok) return;
    const name = agencyExportFileName(new Date());
    downloadText(name, r.value, 'text/csv;charset=utf-8');
    setNotice(at('exported', { file: name }));
  };
  const setProvince = async (province: string | null) => {
    const r = await action.run(() => api.setAgencyProvince(province));
    if (r?.ok) refresh();
  };
  const validity = (e: AgencyEntry) => {
    if (!e.validFrom && !e.validUntil) return at('unknownDates');
    const parts = [];
    if (e.validFrom) parts.push(at('since', { date: isoToVn(e.validFrom) }));
    if (e.validUntil) {
      const last = new Date(`${e.validUntil}T00:00:00Z`);
      last.setUTCDate(last.getUTCDate() - 1);
      parts.push(at('until', { date: isoToVn(last.toISOString().slice(0, 10)) }));
    }
    return parts.join(' ');
  };

  return (
    <Sheet title={at('title')} onClose={onClose} testId="agency-screen">
      <div className="toolbar">
        <div className="toolbar-title">
          <h1>{at('title')}</h1>
          {view.data ? <span className="muted">{at('subtitle', { count: entries.length })}</span> : null}
        </div>
        <div className="toolbar-actions">
          <button type="button" className="btn btn-primary" onClick={() => setEditing('new')}>
            + {at('add')}
          </button>
          <button type="button" className="btn" onClick={() => fileRef.current?.click()}>
            {at('importCsv')}
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
            data-testid="agency-import-file"
          />
          <button type="button" className="btn" onClick={() => void exportCsv()}>
            {at('exportCsv')}
          </button>
          <button type="button" className="btn" onClick={onClose}>
            {at('close')}
          </button>
        </div>
      </div>
      <div className="sheet-body">
        <div className="agency-filters">
          <input
            type="search"
            className="input agency-search"
            placeholder={at('search')}
            aria-label={at('search')}
            value={query}
            onChange={(e) => setQuery(e.target.value.normalize('NFC'))}
          />
          {view.data ? (
            <label className="field">
              <span className="field-label">{at('province')}</span>
              <select
                className="input select"
                value={view.data.province ?? ''}
                onChange={(e) => void setProvince(e.target.value === '' ? null : e.target.value)}
              >
                <option value="">{at('provinceAll')}</option>
                {view.data.provinces.map((p) => (
                  <option key={p} value={p}>
                    {PROVINCE_NAMES[p] ?? p}
                  </option>
                ))}
                {view.data.provinces.includes(OTHER_PROVINCE) ? null : (
                  <option value={OTHER_PROVINCE}>{at('provinceOther')}</option>
                )}
              </select>
            </label>
          ) : null}
        </div>
        {error ? <ErrorBanner error={error} /> : null}
        {notice ? (
          <div className="banner banner-ok" role="status">
            {notice}
          </div>
        ) : null}
        {imported ? (
          <div
            className={`banner ${imported.errors.length > 0 ? 'banner-warn' : 'banner-ok'}`}
            role="status"
            data-testid="agency-import-result"
          >
            <div>
              {at('imported', {
                added: imported.added,
                updated: imported.updated,
                unchanged: imported.unchanged,
              })}
            </div>
            {imported.errors.length > 0 ? (
              <>
                <div>{at('importErrors', { count: imported.errors.length })}</div>
                <ul>
                  {imported.errors.map((e, i) => (
                    <li key={i}>
                      <strong>{at('line', { line: e.line })}:</strong>{' '}
                      {lang === 'en' ? e.messageEn : e.message}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        ) : null}
        {view.data && shown.length === 0 ? <p className="muted">{at('empty')}</p> : null}
        {shown.length > 0 ? (
          <table className="plan-table agency-table" aria-label={at('title')}>
            <thead>
              <tr>
                <th>{at('colName')}</th>
                <th>{at('colLevel')}</th>
                <th>{at('colValidity')}</th>
                <th>{at('colSuccessors')}</th>
                <th>{at('colSource')}</th>
                <th className="col-actions" />
              </tr>
            </thead>
            <tbody>
              {shown.map((e) => (
                <tr key={e.id} data-testid="agency-row">
                  <td>
                    <strong>{e.name}</strong>
                    {e.group ? <span className="tag">{at('group')}</span> : null}
                    {e.origin === 'seed' ? <span className="tag">{at('builtIn')}</span> : null}
                    {e.origin === 'learned' ? <span className="tag">{at('learned')}</span> : null}
                    {e.shortNames.length > 0 ? (
                      <div className="agency-short">{e.shortNames.join('; ')}</div>
                    ) : null}
                  </td>
                  <td className="nowrap">{e.level ? LEVEL_LABELS[e.level][lang] : at('levelUnknown')}</td>
                  <td className={e.validUntil ? 'nowrap agency-ended' : 'nowrap'}>{validity(e)}</td>
                  <td>{e.successors.map(nameOf).join('; ')}</td>
                  <td className="agency-source">{sourceText(e)}</td>
                  <td className="col-actions nowrap">
                    {e.origin === 'learned' ? (
                      <button type="button" className="btn btn-small" onClick={() => setEditing(e)}>
                        {at('addLearned')}
                      </button>
                    ) : confirming === e.id ? (
                      <ConfirmInline
                        question={at('confirmDelete')}
                        yes={at('yes')}
                        no={at('no')}
                        onYes={() => void remove(e.id)}
                        onNo={() => setConfirming(null)}
                      />
                    ) : (
                      <>
                        <button
                          type="button"
                          className="btn btn-small"
                          onClick={() => setEditing(e)}
                          aria-label={`${at('edit')} ${e.name}`}
                        >
                          {at('edit')}
                        </button>
                        <button
                          type="button"
                          className="btn btn-small"
                          onClick={() => setMerging(e)}
                          aria-label={`${at('merge')} ${e.name}`}
                        >
                          {at('merge')}
                        </button>
                        <button
                          type="button"
                          className="btn btn-small btn-ghost-danger"
                          onClick={() => setConfirming(e.id)}
                          aria-label={`${at('delete')} ${e.name}`}
                        >
                          {at('delete')}
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
        <AgencyForm
          api={api}
          entry={editing === 'new' ? null : editing}
          index={index}
          province={view.data?.province ?? null}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            refresh();
          }}
        />
      ) : null}
      {merging ? (
        <AgencyMerge
          api={api}
          from={merging}
          index={index}
          onClose={() => setMerging(null)}
          onMerged={(kept) => {
            setMerging(null);
            setNotice(at('mergeDone', { name: kept.name }));
            refresh();
          }}
        />
      ) : null}
    </Sheet>
  );
}
