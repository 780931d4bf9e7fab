import { useCallback, useState } from 'react';
import type { RendererApi } from '../../shared/contract/operations.ts';
import { useApiAction, useApiQuery } from '../api/useApi.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { formatDayTime } from '../shell/format.ts';
import { Modal } from '../shell/Modal.tsx';
import type { LibraryToolbarProps } from '../slots.ts';
import { useLibraryText } from './libraryText.ts';

/** The deleted plans, read when the dialog opens; restoring one re-reads the bin and the library. */
function TrashDialog({
  api,
  refresh,
  onClose,
}: {
  api: RendererApi;
  refresh: () => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const deleted = useApiQuery(useCallback(() => api.listDeletedPlans(), [api]));
  const plans = deleted.data;
  const action = useApiAction();
  const error = action.error ?? deleted.error;

  const [confirming, setConfirming] = useState(false);
  const [emptied, setEmptied] = useState<number | null>(null);
  const lt = useLibraryText().t;

  // Only after this confirmation are the plans gone for good (with their history and export log).
  const empty = async () => {
    const r = await action.run(() => api.emptyBin());
    setConfirming(false);
    if (!r?.ok) return;
    setEmptied(r.value.removed);
    deleted.reload();
    refresh();
  };

  const restore = async (id: string) => {
    const r = await action.run(() => api.restorePlan(id));
    if (!r?.ok) return;
    deleted.reload();
    refresh();
  };

  return (
    <Modal title={t('trashTitle')} onClose={onClose} testId="trash-dialog">
      <p className="muted">{t('trashHint')}</p>
      {error ? <ErrorBanner error={error} /> : null}
      {emptied !== null ? (
        <p className="banner banner-ok" role="status">
          {lt('emptied', { count: emptied })}
        </p>
      ) : null}
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
                  <button
                    type="button"
                    className="btn btn-small"
                    aria-label={lt('restoreNamed', { title: p.title || t('untitled') })}
                    onClick={() => void restore(p.id)}
                  >
                    {t('restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="modal-actions">
        {plans !== null && plans.length > 0 ? (
          <button type="button" className="btn btn-ghost-danger" onClick={() => setConfirming(true)}>
            {lt('emptyBin')}
          </button>
        ) : null}
        <button type="button" className="btn" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      {confirming && plans ? (
        <Modal title={lt('emptyBinTitle')} onClose={() => setConfirming(false)} testId="empty-bin-dialog">
          <p>{lt('emptyBinConfirm', { count: plans.length })}</p>
          <div className="modal-actions">
            <button type="button" className="btn" onClick={() => setConfirming(false)}>
              {lt('cancel')}
            </button>
            <button
              type="button"
              className="btn btn-danger"
              disabled={action.busy}
              onClick={() => void empty()}
            >
              {lt('emptyBinYes')}
            </button>
          </div>
        </Modal>
      ) : null}
    </Modal>
  );
}

/**
 * "Thùng rác": deleting a plan only moves it here (the store keeps its history), so a plan deleted by
 * mistake is one click away from the library again.
 */
export function TrashButton({ api, refresh }: LibraryToolbarProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)} data-testid="trash">
        {t('trash')}
      </button>
      {open ? <TrashDialog api={api} refresh={refresh} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
