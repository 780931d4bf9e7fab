import { useCallback, useMemo, useState } from 'react';
import type { RolloverResult } from '../../shared/contract/reuseOperations.ts';
import { useApiAction, useApiQuery } from '../api/useApi.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { Modal } from '../shell/Modal.tsx';
import type { LibraryToolbarProps } from '../slots.ts';
import { splitBilingual } from '../../shared/model/splitBilingual.ts';
import { useReuseText } from './reuseText.ts';

/**
 * "Tạo kế hoạch năm sau": choose a plan and the new year; the draft is stored as a new plan linked to
 * the old one, and the review list shows what a person must decide (year-bound citations, ended
 * programmes, past deadlines, the signer).
 */
export function RolloverDialog({
  api,
  refresh,
  openPlan,
  onClose,
}: LibraryToolbarProps & { onClose: () => void }) {
  const { t, lang } = useReuseText();
  const list = useApiQuery(useCallback(() => api.listPlans(), [api]));
  const plans = useMemo(
    () => (list.data ? [...list.data].sort((a, b) => b.year - a.year) : null),
    [list.data],
  );
  // Until the user picks, the newest plan and the year after it.
  const [picked, setPicked] = useState<{ planId: string; year: string } | null>(null);
  const first = plans?.[0];
  const planId = picked?.planId ?? first?.id ?? '';
  const year = picked?.year ?? (first ? String(first.year + 1) : '');
  const action = useApiAction();
  const [result, setResult] = useState<RolloverResult | null>(null);
  const error = action.error ?? list.error;

  const chosen = plans?.find((p) => p.id === planId);
  const run = async () => {
    const r = await action.run(() => api.rolloverPlan(planId, Number(year)));
    if (!r?.ok) return;
    setResult(r.value);
    refresh();
  };

  return (
    <Modal title={t('rolloverTitle')} onClose={onClose} testId="rollover-dialog">
      {error ? <ErrorBanner error={error} /> : null}
      {!result ? (
        <>
          <p className="muted">{t('rolloverHint')}</p>
          <label className="field">
            <span>{t('rolloverFrom')}</span>
            <select
              value={planId}
              data-testid="rollover-plan"
              onChange={(e) => {
                const p = plans?.find((x) => x.id === e.target.value);
                if (p) setPicked({ planId: p.id, year: String(p.year + 1) });
              }}
            >
              {plans?.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.year} — {p.title || t('noSummary')}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('rolloverYear')}</span>
            <input
              type="number"
              value={year}
              min={chosen ? chosen.year + 1 : undefined}
              data-testid="rollover-year"
              onChange={(e) => setPicked({ planId, year: e.target.value })}
            />
          </label>
          <div className="modal-actions">
            <button type="button" className="btn" onClick={onClose}>
              {t('cancel')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={action.busy || !planId || !/^\d{4}$/.test(year)}
              onClick={() => void run()}
              data-testid="rollover-run"
            >
              {action.busy ? t('creating') : t('createPlan')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p data-testid="rollover-summary">
            {t('rolloverSummary', {
              changes: result.report.changes.length,
              review: result.report.review.length,
            })}
          </p>
          <ul className="reuse-list" data-testid="rollover-review">
            {result.report.review.map((r, i) => (
              <li key={i}>
                <strong>{lang === 'en' ? r.at.labelEn : r.at.label}</strong>: {splitBilingual(r.reason)[lang]}
                <div className="muted">{r.excerpt}</div>
              </li>
            ))}
          </ul>
          <div className="modal-actions">
            <button type="button" className="btn" onClick={onClose}>
              {t('close')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              data-testid="rollover-open"
              onClick={() => {
                onClose();
                openPlan(result.planId);
              }}
            >
              {t('openNewPlan')}
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}

export function RolloverButton(props: LibraryToolbarProps) {
  const { t } = useReuseText();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)} data-testid="rollover">
        {t('rolloverButton')}
      </button>
      {open ? <RolloverDialog {...props} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
