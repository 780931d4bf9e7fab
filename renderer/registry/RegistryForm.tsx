import { useState } from 'react';
import type { RendererApi } from '../../shared/contract/operations.ts';
import { DOCUMENT_TYPES } from '../../shared/legal/documentTypes.ts';
import type { RegistryDoc, RegistryStatus } from '../../shared/registry/registryDoc.ts';
import { useApiAction } from '../api/useApi.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { EMPTY_FORM, formFromDoc, inputFromForm, type RegistryFormValues } from './registryForm.ts';
import { useRegistryText, type RegistryKey } from './registryText.ts';
import { Sheet } from '../shell/Sheet.tsx';

export const STATUS_KEYS: Record<RegistryStatus, RegistryKey> = {
  unknown: 'statusUnknown',
  in_force: 'statusInForce',
  expired: 'statusExpired',
  replaced: 'statusReplaced',
};
/** The types offered first in the type field: the records of shared/legal marked common. */
const COMMON_TYPES = DOCUMENT_TYPES.filter((t) => t.common).map((t) => t.name);

/** Add or edit one registry entry, validity dates and successors included. */
export function RegistryForm({
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
  const text = (
    k:
      | 'type'
      | 'numberSymbol'
      | 'name'
      | 'date'
      | 'issuer'
      | 'source'
      | 'effectiveFrom'
      | 'effectiveUntil'
      | 'successors',
    hint?: string,
  ) => (
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
        {text('effectiveFrom', rt('dateHint'))}
        {text('effectiveUntil', rt('effectiveUntilHint'))}
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
        <div className="field-wide">{text('successors', rt('successorsHint'))}</div>
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
