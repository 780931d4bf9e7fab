import { useCallback, useState } from 'react';
import type { RevisionInfo } from '../../shared/contract/records.ts';
import type { RendererApi } from '../../shared/contract/operations.ts';
import { useApiQuery } from '../api/useApi.ts';
import { CompareView } from '../reuse/CompareView.tsx';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { Modal } from '../shell/Modal.tsx';
import { useHistoryText } from './historyText.ts';

/**
 * Two revisions of the plan side by side (the reuse compare view over comparePlans): the chosen
 * one on the left, the current plan or any other revision on the right.
 */
export function HistoryCompare({
  api,
  planId,
  revision,
  revisions,
  label,
  onClose,
}: {
  api: RendererApi;
  planId: string;
  revision: RevisionInfo;
  revisions: RevisionInfo[];
  label: (r: RevisionInfo) => string;
  onClose: () => void;
}) {
  const { t } = useHistoryText();
  const [other, setOther] = useState<string>('');
  const [changedOnly, setChangedOnly] = useState(true);
  const otherRevision = other === '' ? null : Number(other);
  const result = useApiQuery(
    useCallback(
      () => api.comparePlans(planId, revision.revision, planId, otherRevision),
      [api, planId, revision.revision, otherRevision],
    ),
  );
  const right = revisions.find((r) => r.revision === otherRevision);
  return (
    <Modal title={t('compareTitle')} onClose={onClose} testId="history-compare">
      <div className="modal-wide">
        <div className="history-name">
          <label>
            {t('compareWith')}{' '}
            <select value={other} onChange={(e) => setOther(e.target.value)}>
              <option value="">{t('current')}</option>
              {revisions
                .filter((r) => r.revision !== revision.revision)
                .map((r) => (
                  <option key={r.revision} value={r.revision}>
                    {label(r)}
                  </option>
                ))}
            </select>
          </label>
          <label>
            <input type="checkbox" checked={changedOnly} onChange={(e) => setChangedOnly(e.target.checked)} />{' '}
            {t('changedOnly')}
          </label>
        </div>
        {result.error ? <ErrorBanner error={result.error} /> : null}
        {result.data ? (
          <CompareView
            comparison={result.data.comparison}
            leftTitle={label(revision)}
            rightTitle={right ? label(right) : t('current')}
            changedOnly={changedOnly}
          />
        ) : null}
      </div>
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </Modal>
  );
}
