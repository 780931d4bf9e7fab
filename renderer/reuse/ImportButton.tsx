import { useRef, useState } from 'react';
import type { ImportDocumentResult } from '../../shared/contract/reuseOperations.ts';
import { useApiAction } from '../api/useApi.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { Modal } from '../shell/Modal.tsx';
import type { LibraryToolbarProps } from '../slots.ts';
import { fileToBase64 } from './fileToBase64.ts';
import { splitBilingual } from '../../shared/model/splitBilingual.ts';
import { useReuseText } from './reuseText.ts';

/**
 * "Nhập từ Word": a .docx, .doc, .pdf (its text layer), .txt or .md becomes a new plan; the import report says what was placed
 * and lists what could not be (kept as text where it stood), so nothing is lost unseen.
 */
export function ImportButton({ api, refresh, openPlan }: LibraryToolbarProps) {
  const { t, lang } = useReuseText();
  const input = useRef<HTMLInputElement>(null);
  const action = useApiAction();
  const [result, setResult] = useState<{ name: string; value: ImportDocumentResult } | null>(null);
  const { busy, error } = action;

  const pick = async (file: File | undefined) => {
    if (!file) return;
    // Reading the file can fail too (removed meanwhile): it is reported like a failed import.
    const r = await action.run(async () => api.importDocument(file.name, await fileToBase64(file)));
    if (input.current) input.current.value = '';
    if (!r?.ok) return;
    setResult({ name: file.name, value: r.value });
    refresh();
  };

  const report = result?.value.report;
  return (
    <>
      <button
        type="button"
        className="btn"
        disabled={busy}
        onClick={() => input.current?.click()}
        data-testid="import-word"
      >
        {busy ? t('importing') : t('importWord')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".docx,.doc,.pdf,.txt,.md,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword,application/pdf,text/plain,text/markdown"
        style={{ display: 'none' }}
        data-testid="import-file"
        onChange={(e) => void pick(e.target.files?.[0])}
      />
      {error ? (
        <Modal title={t('importFailed')} onClose={() => action.setError(null)}>
          <ErrorBanner error={error} />
          <div className="modal-actions">
            <button type="button" className="btn" onClick={() => action.setError(null)}>
              {t('close')}
            </button>
          </div>
        </Modal>
      ) : null}
      {result && report ? (
        <Modal title={t('importReport')} onClose={() => setResult(null)} testId="import-report">
          <p>
            <strong>{result.name}</strong>
          </p>
          <ul className="reuse-counts">
            <li data-testid="import-placed">
              {t('placed')}: {report.placedParagraphs}/{report.sourceParagraphs}
            </li>
            <li data-testid="import-tasks">
              {t('tasks')}: {report.tasks}
            </li>
            <li data-testid="import-recipients">
              {t('recipients')}: {report.recipients}
            </li>
          </ul>
          {report.unplaced.length > 0 ? (
            <>
              <h3>{t('unplaced')}</h3>
              <ul className="reuse-list">
                {report.unplaced.map((u, i) => (
                  <li key={i}>
                    <q>{u.text}</q> <span className="muted">{splitBilingual(u.reason)[lang]}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {report.warnings.length > 0 ? (
            <>
              <h3>{t('notes')}</h3>
              <ul className="reuse-list">
                {report.warnings.map((w, i) => (
                  <li key={i}>
                    {splitBilingual(w.reason)[lang]}
                    {w.text ? <span className="muted"> — {w.text}</span> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <div className="modal-actions">
            <button type="button" className="btn" onClick={() => setResult(null)} data-testid="import-close">
              {t('close')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              data-testid="import-open"
              onClick={() => {
                const id = result.value.planId;
                setResult(null);
                openPlan(id);
              }}
            >
              {t('openPlan')}
            </button>
          </div>
        </Modal>
      ) : null}
    </>
  );
}
