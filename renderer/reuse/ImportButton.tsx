import { useRef, useState } from 'react';
import type { ErrorInfo } from '../../shared/contract/appError.ts';
import type { ImportDocumentResult } from '../../shared/contract/reuseOperations.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { Modal } from '../shell/Modal.tsx';
import type { LibraryToolbarProps } from '../slots.ts';
import { fileToBase64, tr } from './tr.ts';

/**
 * "Nhập từ Word": a .docx, .doc or .txt becomes a new plan; the import report says what was placed
 * and lists what could not be (kept as text where it stood), so nothing is lost unseen.
 */
export function ImportButton({ api, refresh, openPlan }: LibraryToolbarProps) {
  const { lang } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [result, setResult] = useState<{ name: string; value: ImportDocumentResult } | null>(null);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    const r = await api.importDocument(file.name, await fileToBase64(file));
    setBusy(false);
    if (input.current) input.current.value = '';
    if (!r.ok) return setError(r.error);
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
        {busy ? tr(lang, 'Đang nhập…', 'Importing…') : tr(lang, 'Nhập từ Word', 'Import from Word')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".docx,.doc,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword,text/plain"
        style={{ display: 'none' }}
        data-testid="import-file"
        onChange={(e) => void pick(e.target.files?.[0])}
      />
      {error ? (
        <Modal
          title={tr(lang, 'Không nhập được tệp', 'The file could not be imported')}
          onClose={() => setError(null)}
        >
          <ErrorBanner error={error} />
          <div className="modal-actions">
            <button type="button" className="btn" onClick={() => setError(null)}>
              {tr(lang, 'Đóng', 'Close')}
            </button>
          </div>
        </Modal>
      ) : null}
      {result && report ? (
        <Modal
          title={tr(lang, 'Kết quả nhập', 'Import report')}
          onClose={() => setResult(null)}
          testId="import-report"
        >
          <p>
            <strong>{result.name}</strong>
          </p>
          <ul className="reuse-counts">
            <li data-testid="import-placed">
              {tr(lang, 'Đoạn đã xếp', 'Paragraphs placed')}: {report.placedParagraphs}/
              {report.sourceParagraphs}
            </li>
            <li data-testid="import-tasks">
              {tr(lang, 'Nhiệm vụ', 'Tasks')}: {report.tasks}
            </li>
            <li data-testid="import-recipients">
              {tr(lang, 'Nơi nhận', 'Recipients')}: {report.recipients}
            </li>
          </ul>
          {report.unplaced.length > 0 ? (
            <>
              <h3>{tr(lang, 'Chưa xếp được (giữ nguyên dạng văn bản)', 'Not placed (kept as text)')}</h3>
              <ul className="reuse-list">
                {report.unplaced.map((u, i) => (
                  <li key={i}>
                    <q>{u.text}</q> <span className="muted">{u.reason}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {report.warnings.length > 0 ? (
            <>
              <h3>{tr(lang, 'Lưu ý', 'Notes')}</h3>
              <ul className="reuse-list">
                {report.warnings.map((w, i) => (
                  <li key={i}>
                    {w.reason}
                    {w.text ? <span className="muted"> — {w.text}</span> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <div className="modal-actions">
            <button type="button" className="btn" onClick={() => setResult(null)} data-testid="import-close">
              {tr(lang, 'Đóng', 'Close')}
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
              {tr(lang, 'Mở kế hoạch', 'Open the plan')}
            </button>
          </div>
        </Modal>
      ) : null}
    </>
  );
}
