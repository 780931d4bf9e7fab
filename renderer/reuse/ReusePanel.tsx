import { useState } from 'react';
import type { CompareResult } from '../../shared/contract/reuseOperations.ts';
import { useApiAction } from '../api/useApi.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { Modal } from '../shell/Modal.tsx';
import type { EditorPanelProps } from '../slots.ts';
import { CompareView } from './CompareView.tsx';
import { useReuseText } from './reuseText.ts';

/** The history panel of the editor's side panel (renderer/slots.ts), brought into view. */
function openHistory(): void {
  const panel = document.querySelector<HTMLElement>('[data-panel="history"]');
  panel?.scrollIntoView({ block: 'start' });
  panel?.querySelector<HTMLElement>('input, button')?.focus({ preventScroll: true });
}

/**
 * Editor side panel: compare the plan with its predecessor (last year's plan), point to the history
 * panel for earlier versions, and keep the plan as a user template.
 */
export function ReusePanel({ api, planId, plan, flush }: EditorPanelProps) {
  const { t } = useReuseText();
  const action = useApiAction();
  const [compare, setCompare] = useState<CompareResult | null>(null);
  const [changedOnly, setChangedOnly] = useState(true);
  const [templateName, setTemplateName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const predecessorId = plan.predecessor?.id ?? null;
  const error = action.error;

  const run = async (a: [string, number | null], b: [string, number | null]) => {
    if (!(await flush())) return;
    const r = await action.run(() => api.comparePlans(a[0], a[1], b[0], b[1]));
    if (r?.ok) setCompare(r.value);
  };

  const saveTemplate = async () => {
    if (!(await flush())) return;
    const r = await action.run(() => api.saveAsTemplate(planId, templateName));
    if (!r?.ok) return;
    setSaved(r.value.name);
    setTemplateName('');
  };

  return (
    <div className="reuse-panel" data-testid="reuse-panel">
      {error ? <ErrorBanner error={error} /> : null}
      <div className="reuse-actions">
        {predecessorId ? (
          <button
            type="button"
            className="btn btn-small"
            data-testid="compare-predecessor"
            disabled={action.busy}
            onClick={() => void run([predecessorId, null], [planId, null])}
          >
            {t('comparePredecessor', { year: plan.predecessor?.year ?? '' })}
          </button>
        ) : null}
      </div>
      {/* Comparing with an earlier revision lives in the history panel, with named versions and
          sessions instead of raw revision numbers (issue 9): this panel only points there. */}
      <p className="muted small reuse-history-hint">
        {t('compareHistoryHint')}{' '}
        <button type="button" className="link" onClick={openHistory} data-testid="open-history">
          {t('openHistory')}
        </button>
      </p>
      <div className="reuse-actions" style={{ marginTop: '0.5rem' }}>
        <input
          type="text"
          value={templateName}
          placeholder={t('templateName')}
          onChange={(e) => setTemplateName(e.target.value)}
          data-testid="template-name"
        />
        <button
          type="button"
          className="btn btn-small"
          disabled={templateName.trim() === '' || action.busy}
          onClick={() => void saveTemplate()}
          data-testid="save-template"
        >
          {t('saveTemplate')}
        </button>
      </div>
      {saved ? <p className="muted">{t('templateSaved', { name: saved })}</p> : null}
      {compare ? (
        <Modal title={t('compareTitle')} onClose={() => setCompare(null)} testId="compare-dialog">
          <div className="modal-wide">
            <label>
              <input
                type="checkbox"
                checked={changedOnly}
                onChange={(e) => setChangedOnly(e.target.checked)}
              />{' '}
              {t('changedOnly')}
            </label>
            <CompareView
              comparison={compare.comparison}
              leftTitle={t('sideTitle', { year: compare.before.year, revision: compare.before.revision })}
              rightTitle={t('sideTitle', { year: compare.after.year, revision: compare.after.revision })}
              changedOnly={changedOnly}
            />
          </div>
          <div className="modal-actions">
            <button type="button" className="btn" onClick={() => setCompare(null)}>
              {t('close')}
            </button>
          </div>
        </Modal>
      ) : null}
    </div>
  );
}
