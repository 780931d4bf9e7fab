import { useState } from 'react';
import {
  KIND_LABELS,
  LEVEL_LABELS,
  type AgencyEntry,
  type AgencyEntryKind,
} from '../../shared/agencies/agencyEntry.ts';
import type { AgencyIndex } from '../../shared/agencies/agencyIndex.ts';
import type { AgencyLevel } from '../../shared/agencies/agencySchema.ts';
import type { RendererApi } from '../../shared/contract/operations.ts';
import { useApiAction } from '../api/useApi.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { Modal } from '../shell/Modal.tsx';
import { emptyAgencyForm, formFromEntry, inputFromForm, type AgencyFormValues } from './agencyForm.ts';
import { useAgencyText } from './agencyText.ts';

/** Add or edit one entry; a learned name opens as a new entry with its name filled in. */
export function AgencyForm({
  api,
  entry,
  index,
  province,
  onSaved,
  onClose,
}: {
  api: RendererApi;
  entry: AgencyEntry | null;
  index: AgencyIndex;
  province: string | null;
  onSaved: () => void;
  onClose: () => void;
}) {
  const { at, lang } = useAgencyText();
  const editing = entry !== null && entry.origin !== 'learned';
  const [v, setV] = useState<AgencyFormValues>(() =>
    entry
      ? { ...formFromEntry(entry, index), ...(editing ? {} : { province: province ?? '' }) }
      : emptyAgencyForm(province),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const action = useApiAction();
  const set = <K extends keyof AgencyFormValues>(k: K, value: AgencyFormValues[K]) =>
    setV((x) => ({ ...x, [k]: value }));
  const groups = index.entries.filter((e) => e.group);
  const parents = index.entries.filter((e) => !e.group && e.origin !== 'learned' && e.id !== entry?.id);

  const save = async () => {
    const r = inputFromForm(v, index);
    if ('problem' in r) {
      setProblem(
        r.problem.key === 'badDate'
          ? at('badDate', { value: r.problem.value })
          : at('unknownSuccessor', { name: r.problem.name }),
      );
      return;
    }
    setProblem(null);
    const res = await action.run(() =>
      editing && entry ? api.updateAgency(entry.id, r.input) : api.addAgency(r.input),
    );
    if (res?.ok) onSaved();
  };
  const text = (
    k: 'name' | 'shortNames' | 'province' | 'validFrom' | 'validUntil' | 'successors' | 'source',
    label: string,
    hint?: string,
  ) => (
    <label
      className={
        k === 'name' || k === 'source' || k === 'shortNames' || k === 'successors'
          ? 'field field-wide'
          : 'field'
      }
    >
      <span className="field-label">{label}</span>
      <input
        type="text"
        className="input"
        value={v[k]}
        onChange={(e) => set(k, e.target.value.normalize('NFC'))}
        data-testid={`agency-${k}`}
      />
      {hint ? <span className="field-hint">{hint}</span> : null}
    </label>
  );
  const title = editing ? at('formEdit') : at('formAdd');
  return (
    <Modal title={title} onClose={onClose} testId="agency-form">
      {problem ? (
        <div className="banner banner-error" role="alert">
          {problem}
        </div>
      ) : null}
      {action.error ? <ErrorBanner error={action.error} /> : null}
      <form
        className="agency-form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {text('name', at('name'))}
        {text('shortNames', at('shortNames'), at('shortNamesHint'))}
        <label className="field">
          <span className="field-label">{at('level')}</span>
          <select
            className="input select"
            value={v.level}
            onChange={(e) => set('level', e.target.value as AgencyLevel | '')}
          >
            <option value="">{at('levelUnknown')}</option>
            {(Object.keys(LEVEL_LABELS) as AgencyLevel[]).map((l) => (
              <option key={l} value={l}>
                {LEVEL_LABELS[l][lang]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{at('kind')}</span>
          <select
            className="input select"
            value={v.kind}
            onChange={(e) => set('kind', e.target.value as AgencyEntryKind | '')}
          >
            <option value="">{at('kindUnknown')}</option>
            {(Object.keys(KIND_LABELS) as AgencyEntryKind[]).map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="field field-wide">
          <span>
            <input type="checkbox" checked={v.group} onChange={(e) => set('group', e.target.checked)} />{' '}
            {at('isGroup')}
          </span>
        </label>
        {text('province', at('provinceField'))}
        <label className="field">
          <span className="field-label">{at('parent')}</span>
          <select className="input select" value={v.parent} onChange={(e) => set('parent', e.target.value)}>
            <option value="">{at('parentNone')}</option>
            {parents.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <div className="field field-wide" role="group" aria-label={at('groups')}>
          <span className="field-label">{at('groups')}</span>
          <div className="agency-groups">
            {groups.map((g) => (
              <label key={g.id}>
                <input
                  type="checkbox"
                  checked={v.groups.includes(g.id)}
                  onChange={(e) =>
                    set('groups', e.target.checked ? [...v.groups, g.id] : v.groups.filter((x) => x !== g.id))
                  }
                />{' '}
                {g.name}
              </label>
            ))}
          </div>
        </div>
        {text('validFrom', at('validFrom'), at('dateHint'))}
        {text('validUntil', at('validUntil'), at('dateHint'))}
        {text('successors', at('successors'), at('successorsHint'))}
        {text('source', at('source'))}
        <label className="field field-wide">
          <span className="field-label">{at('note')}</span>
          <textarea
            className="input textarea"
            rows={2}
            value={v.note}
            onChange={(e) => set('note', e.target.value.normalize('NFC'))}
          />
        </label>
        <div className="modal-actions field-wide">
          <button type="button" className="btn" onClick={onClose}>
            {at('cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={action.busy} data-testid="agency-save">
            {at('save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
