import { useMemo, useState } from 'react';
import type { AgencyEntry } from '../../shared/agencies/agencyEntry.ts';
import type { AgencyIndex } from '../../shared/agencies/agencyIndex.ts';
import { PROVINCE_NAMES } from '../../shared/agencies/agencyRecords.ts';
import type { RendererApi } from '../../shared/contract/operations.ts';
import { useApiAction } from '../api/useApi.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { Modal } from '../shell/Modal.tsx';
import { useAgencyText } from './agencyText.ts';

/** Merge one entry into another the user finds by name; the kept entry gains the other's names. */
export function AgencyMerge({
  api,
  from,
  index,
  onMerged,
  onClose,
}: {
  api: RendererApi;
  from: AgencyEntry;
  index: AgencyIndex;
  onMerged: (kept: AgencyEntry) => void;
  onClose: () => void;
}) {
  const { at } = useAgencyText();
  const [query, setQuery] = useState('');
  const [into, setInto] = useState<string | null>(null);
  const action = useApiAction();
  const matches = useMemo(
    () =>
      index
        .search(query)
        .filter((e) => e.id !== from.id && e.origin !== 'learned')
        .slice(0, 30),
    [index, query, from.id],
  );
  const merge = async () => {
    if (!into) return;
    const r = await action.run(() => api.mergeAgencies(from.id, into));
    if (r?.ok) onMerged(r.value);
  };
  return (
    <Modal title={at('mergeTitle', { name: from.name })} onClose={onClose} testId="agency-merge">
      <p className="muted">{at('mergeHint', { name: from.name })}</p>
      {action.error ? <ErrorBanner error={action.error} /> : null}
      <input
        type="search"
        className="input"
        aria-label={at('mergeSearch')}
        placeholder={at('mergeSearch')}
        value={query}
        onChange={(e) => setQuery(e.target.value.normalize('NFC'))}
      />
      <ul className="agency-merge-list" role="radiogroup" aria-label={at('mergeInto')}>
        {matches.map((e) => (
          <li key={e.id}>
            <label>
              <input type="radio" name="merge-into" checked={into === e.id} onChange={() => setInto(e.id)} />{' '}
              {e.name}
              {e.province ? (
                <span className="muted small"> ({PROVINCE_NAMES[e.province] ?? e.province})</span>
              ) : null}
            </label>
          </li>
        ))}
      </ul>
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onClose}>
          {at('cancel')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={!into || action.busy}
          onClick={() => void merge()}
        >
          {at('mergeInto')}
        </button>
      </div>
    </Modal>
  );
}
