import { useEffect, useState } from 'react';
import type { ErrorInfo } from '../../shared/contract/appError.ts';
import type { PlanSummary } from '../../shared/contract/records.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { formatDayTime } from '../shell/format.ts';
import { Modal } from '../shell/Modal.tsx';
import type { LibraryToolbarProps } from '../slots.ts';

/**
 * "Thùng rác": deleting a plan only moves it here (the store keeps its history), so a plan deleted by
 * mistake is one click away from the library again.
 */
export function TrashButton({ api, refresh }: LibraryToolbarProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [plans, setPlans] = useState<PlanSummary[] | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    void api.listDeletedPlans().then((r) => {
      if (!live) return;
      if (r.ok) setPlans(r.value);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [api, open]);

  const restore = async (id: string) => {
    const r = await api.restorePlan(id);
    if (!r.ok) return setError(r.error);
    setPlans((list) => (list ?? []).filter((p) => p.id !== id));
    refresh();
  };

  const close = () => {
    setOpen(false);
    setPlans(null);
    setError(null);
  };

  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)} data-testid="trash">
        {t('trash')}
      </button>
      {open ? (
        <Modal title={t('trashTitle')} onClose={close} testId="trash-dialog">
          <p className="muted">{t('trashHint')}</p>
          {error ? <ErrorBanner error={error} /> : null}
          {plans === null && !error ? <p className="muted">{t('loading')}</p> : null}
          {plans !== null && plans.length === 0 ? <p className="muted">{t('trashEmpty')}</p> : null}
          {plans !== null && plans.length > 0 ? (
            <table className="plan-table">
              <thead>
                <tr>
                  <th>{t('colTitle')}</th>
                  <th>{t('colYear')}</th>
                  <th>{t('colUpdated')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {plans.map((p) => (
                  <tr key={p.id} data-testid="trash-row">
                    <td>{p.title || t('untitled')}</td>
                    <td>{p.year}</td>
                    <td>{formatDayTime(p.updatedAt)}</td>
                    <td>
                      <button type="button" className="btn btn-small" onClick={() => void restore(p.id)}>
                        {t('restore')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <div className="modal-actions">
            <button type="button" className="btn" onClick={close}>
              {t('close')}
            </button>
          </div>
        </Modal>
      ) : null}
    </>
  );
}
