import { useEffect, useState } from 'react';
import type { ErrorInfo } from '../../shared/contract/appError.ts';
import type { PlanSummary } from '../../shared/contract/records.ts';
import type { RolloverResult } from '../../shared/contract/reuseOperations.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { Modal } from '../shell/Modal.tsx';
import type { LibraryToolbarProps } from '../slots.ts';
import { tr } from './tr.ts';

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
  const { lang } = useI18n();
  const [plans, setPlans] = useState<PlanSummary[] | null>(null);
  const [planId, setPlanId] = useState<string>('');
  const [year, setYear] = useState<string>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [result, setResult] = useState<RolloverResult | null>(null);

  useEffect(() => {
    void api.listPlans().then((r) => {
      if (!r.ok) return setError(r.error);
      const sorted = [...r.value].sort((a, b) => b.year - a.year);
      setPlans(sorted);
      const first = sorted[0];
      if (first) {
        setPlanId(first.id);
        setYear(String(first.year + 1));
      }
    });
  }, [api]);

  const chosen = plans?.find((p) => p.id === planId);
  const run = async () => {
    setBusy(true);
    setError(null);
    const r = await api.rolloverPlan(planId, Number(year));
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setResult(r.value);
    refresh();
  };

  return (
    <Modal
      title={tr(lang, 'Tạo kế hoạch năm sau', "Draft next year's plan")}
      onClose={onClose}
      testId="rollover-dialog"
    >
      {error ? <ErrorBanner error={error} /> : null}
      {!result ? (
        <>
          <p className="muted">
            {tr(
              lang,
              'Năm của kế hoạch, thời gian thực hiện và thời hạn được chuyển sang năm mới; ngày của văn bản được trích dẫn và các giai đoạn đã qua giữ nguyên.',
              "The plan's year, timelines and deadlines move to the new year; dates of cited documents and past periods stay as they are.",
            )}
          </p>
          <label className="field">
            <span>{tr(lang, 'Kế hoạch gốc', 'Plan to start from')}</span>
            <select
              value={planId}
              data-testid="rollover-plan"
              onChange={(e) => {
                setPlanId(e.target.value);
                const p = plans?.find((x) => x.id === e.target.value);
                if (p) setYear(String(p.year + 1));
              }}
            >
              {plans?.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.year} — {p.title || tr(lang, '(chưa có trích yếu)', '(no summary yet)')}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{tr(lang, 'Năm của kế hoạch mới', "New plan's year")}</span>
            <input
              type="number"
              value={year}
              min={chosen ? chosen.year + 1 : undefined}
              data-testid="rollover-year"
              onChange={(e) => setYear(e.target.value)}
            />
          </label>
          <div className="modal-actions">
            <button type="button" className="btn" onClick={onClose}>
              {tr(lang, 'Hủy', 'Cancel')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy || !planId || !/^\d{4}$/.test(year)}
              onClick={() => void run()}
              data-testid="rollover-run"
            >
              {busy ? tr(lang, 'Đang tạo…', 'Creating…') : tr(lang, 'Tạo kế hoạch', 'Create the plan')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p data-testid="rollover-summary">
            {tr(
              lang,
              `${result.report.changes.length} thay đổi; ${result.report.review.length} mục cần rà soát:`,
              `${result.report.changes.length} changes; ${result.report.review.length} items to review:`,
            )}
          </p>
          <ul className="reuse-list" data-testid="rollover-review">
            {result.report.review.map((r, i) => (
              <li key={i}>
                <strong>{r.location}</strong>: {r.reason}
                <div className="muted">{r.excerpt}</div>
              </li>
            ))}
          </ul>
          <div className="modal-actions">
            <button type="button" className="btn" onClick={onClose}>
              {tr(lang, 'Đóng', 'Close')}
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
              {tr(lang, 'Mở kế hoạch mới', 'Open the new plan')}
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}

export function RolloverButton(props: LibraryToolbarProps) {
  const { lang } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)} data-testid="rollover">
        {tr(lang, 'Tạo kế hoạch năm sau', "Next year's plan")}
      </button>
      {open ? <RolloverDialog {...props} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
