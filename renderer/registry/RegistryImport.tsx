import { useRef, useState } from 'react';
import type { RendererApi } from '../../shared/contract/operations.ts';
import type { RegistryImportResult } from '../../shared/registry/registryRecords.ts';
import { useApiAction } from '../api/useApi.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { Modal } from '../shell/Modal.tsx';
import { useRegistryText } from './registryText.ts';

export interface ImportedFile {
  name: string;
  result: RegistryImportResult;
}

interface Pending {
  name: string;
  text: string;
  format: 'csv' | 'json';
  result: RegistryImportResult;
}

/** The counts and the refused lines of an import or of its dry run. */
export function ImportReport({
  file,
  title,
}: {
  file: ImportedFile;
  title: 'dryRunCounts' | 'importedCounts';
}) {
  const { rt, lang } = useRegistryText();
  const r = file.result;
  return (
    <div data-testid="reg-import-report">
      <div>
        {rt(title, {
          file: file.name,
          added: r.added,
          updated: r.updated,
          unchanged: r.unchanged,
          rejected: r.rejected,
        })}
      </div>
      {r.errors.length > 0 ? (
        <>
          <div>{rt('importErrors', { count: r.errors.length })}</div>
          <ul className="registry-errors">
            {r.errors.map((e, i) => (
              <li key={i}>
                <strong>{rt('line', { line: e.line })}:</strong> {lang === 'en' ? e.messageEn : e.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/**
 * "Nhập CSV/JSON": the chosen file is first run dry (nothing written) and its report shown; the
 * drafter then imports the valid lines or gives up. A snapshot of thousands of lines is never written
 * blind.
 */
export function RegistryImportButton({
  api,
  onImported,
}: {
  api: RendererApi;
  onImported: (file: ImportedFile) => void;
}) {
  const { rt } = useRegistryText();
  const fileRef = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const action = useApiAction();

  const choose = async (file: File) => {
    const text = await file.text();
    if (fileRef.current) fileRef.current.value = '';
    const format = /\.json$/iu.test(file.name) ? 'json' : 'csv';
    const r = await action.run(() => api.importRegistry(text, { dryRun: true, format }));
    if (r?.ok) setPending({ name: file.name, text, format, result: r.value });
  };

  const confirm = async () => {
    if (!pending) return;
    const r = await action.run(() => api.importRegistry(pending.text, { format: pending.format }));
    if (!r?.ok) return;
    setPending(null);
    onImported({ name: pending.name, result: r.value });
  };

  const nothing = pending !== null && pending.result.added + pending.result.updated === 0;
  return (
    <>
      <button type="button" className="btn" onClick={() => fileRef.current?.click()} data-testid="reg-import">
        {rt('importFile')}
      </button>
      <input
        ref={fileRef}
        type="file"
        accept=".csv,.json,text/csv,application/json"
        hidden
        aria-label={rt('importFile')}
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) void choose(f);
        }}
        data-testid="reg-import-file"
      />
      {action.error && !pending ? <ErrorBanner error={action.error} /> : null}
      {pending ? (
        <Modal
          title={rt('dryRunTitle', { file: pending.name })}
          onClose={() => setPending(null)}
          testId="reg-dry-run"
        >
          {action.error ? <ErrorBanner error={action.error} /> : null}
          <div
            className={`banner registry-import ${pending.result.rejected > 0 ? 'banner-warn' : 'banner-ok'}`}
          >
            <ImportReport file={{ name: pending.name, result: pending.result }} title="dryRunCounts" />
          </div>
          <div className="modal-actions">
            <button type="button" className="btn" onClick={() => setPending(null)}>
              {rt('cancelImport')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={action.busy || nothing}
              onClick={() => void confirm()}
              data-testid="reg-import-confirm"
            >
              {rt('confirmImport')}
            </button>
          </div>
        </Modal>
      ) : null}
    </>
  );
}
