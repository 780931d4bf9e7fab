import { useCallback, useMemo, useState } from 'react';
import type { RendererApi } from '../../shared/contract/operations.ts';
import type { PlanSummary } from '../../shared/contract/records.ts';
import { useApiAction, useApiQuery } from '../api/useApi.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { formatDay, formatDayTime } from '../shell/format.ts';
import { Modal } from '../shell/Modal.tsx';
import { libraryToolbarItems } from '../slots.ts';
import { StatusBadge } from '../issue/StatusBadge.tsx';
import {
  filterByStatus,
  StatusFilter,
  useNoneWithStatus,
  type StatusChoice,
} from '../issue/StatusFilter.tsx';
import { useIssueText } from '../issue/issueText.ts';

function NewPlanDialog({
  api,
  onCreated,
  onClose,
}: {
  api: RendererApi;
  onCreated: (id: string) => void;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const list = useApiQuery(useCallback(() => api.listTemplates(), [api]));
  const templates = list.data;
  // The first template until the user picks one.
  const [picked, setPicked] = useState<string | null>(null);
  const chosen = picked ?? templates?.[0]?.id ?? null;
  const action = useApiAction();
  const { busy } = action;
  const error = action.error ?? list.error;
  const create = async () => {
    if (!chosen) return;
    const r = await action.run(() => api.createPlan({ templateId: chosen }));
    if (r?.ok) onCreated(r.value.id);
  };
  return (
    <Modal title={t('newPlanTitle')} onClose={onClose} testId="new-plan-dialog">
      <p className="muted">{t('newPlanHint')}</p>
      {error ? <ErrorBanner error={error} /> : null}
      {templates === null && !error ? <p className="muted">{t('loading')}</p> : null}
      <div className="template-list" role="radiogroup">
        {templates?.map((tp) => (
          <label key={tp.id} className={chosen === tp.id ? 'template template-chosen' : 'template'}>
            <input
              type="radio"
              name="template"
              value={tp.id}
              checked={chosen === tp.id}
              onChange={() => setPicked(tp.id)}
            />
            <span>
              <span className="template-name">{lang === 'en' ? tp.nameEn : tp.name}</span>
              {tp.builtIn ? <span className="tag">{t('builtIn')}</span> : null}
              <span className="template-desc">{lang === 'en' ? tp.descriptionEn : tp.description}</span>
            </span>
          </label>
        ))}
      </div>
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('cancel')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={!chosen || busy}
          onClick={() => void create()}
          data-testid="create-plan"
        >
          {busy ? t('creating') : t('create')}
        </button>
      </div>
    </Modal>
  );
}

function DeleteDialog({
  plan,
  api,
  onDone,
  onClose,
}: {
  plan: PlanSummary;
  api: RendererApi;
  onDone: () => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const action = useApiAction();
  const { busy, error } = action;
  const remove = async () => {
    const r = await action.run(() => api.deletePlan(plan.id));
    if (r?.ok) onDone();
  };
  return (
    <Modal title={t('deleteTitle')} onClose={onClose} testId="delete-dialog">
      <p>{t('deleteConfirm', { title: plan.title || t('untitled') })}</p>
      {error ? <ErrorBanner error={error} /> : null}
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('cancel')}
        </button>
        <button
          type="button"
          className="btn btn-danger"
          disabled={busy}
          onClick={() => void remove()}
          data-testid="confirm-delete"
        >
          {t('deleteYes')}
        </button>
      </div>
    </Modal>
  );
}

export function LibraryScreen({ api, openPlan }: { api: RendererApi; openPlan: (id: string) => void }) {
  const { t } = useI18n();
  const list = useApiQuery(useCallback(() => api.listPlans(), [api]));
  const { error, reload: refresh } = list;
  const plans = useMemo(
    () => (list.data ? [...list.data].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)) : null),
    [list.data],
  );
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<PlanSummary | null>(null);
  const [statusChoice, setStatusChoice] = useState<StatusChoice>('all');
  const shown = plans ? filterByStatus(plans, statusChoice) : null;
  const { it } = useIssueText();
  const noneWithStatus = useNoneWithStatus();
  return (
    <div className="screen library-screen">
      <div className="toolbar">
        <div className="toolbar-title">
          <h1>{t('libraryTitle')}</h1>
          {plans ? <span className="muted">{t('librarySubtitle', { count: plans.length })}</span> : null}
        </div>
        <div className="toolbar-actions" data-testid="library-toolbar">
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => setCreating(true)}
            data-testid="new-plan"
          >
            + {t('newPlan')}
          </button>
          {/* Feature buttons (import a Word file, roll a plan over…) registered in renderer/slots.ts. */}
          {libraryToolbarItems.map((Item, i) => (
            <Item key={i} api={api} refresh={refresh} openPlan={openPlan} />
          ))}
        </div>
      </div>
      <div className="screen-body">
        {error ? <ErrorBanner error={error} onRetry={refresh} /> : null}
        {plans === null && !error ? <p className="muted">{t('loading')}</p> : null}
        {plans && plans.length === 0 ? <div className="empty">{t('emptyLibrary')}</div> : null}
        {plans && plans.length > 0 ? (
          <StatusFilter plans={plans} value={statusChoice} onChange={setStatusChoice} />
        ) : null}
        {shown && plans && plans.length > 0 && shown.length === 0 && statusChoice !== 'all' ? (
          <div className="empty">{noneWithStatus(statusChoice)}</div>
        ) : null}
        {shown && shown.length > 0 ? (
          <table className="plan-table" data-testid="plan-table">
            <thead>
              <tr>
                <th>{t('colTitle')}</th>
                <th className="col-year">{t('colYear')}</th>
                <th className="col-number">{t('colNumber')}</th>
                <th className="col-status">{it('colStatus')}</th>
                <th className="col-date">{t('colUpdated')}</th>
                <th className="col-actions" />
              </tr>
            </thead>
            <tbody>
              {shown.map((p) => (
                <tr key={p.id} data-testid="plan-row" onDoubleClick={() => openPlan(p.id)}>
                  <td>
                    <button type="button" className="link plan-title" onClick={() => openPlan(p.id)}>
                      {p.title || t('untitled')}
                    </button>
                  </td>
                  <td className="col-year">{p.year}</td>
                  <td className="col-number">
                    {p.numberSymbol.startsWith('/') ? (
                      <>
                        <span className="muted" title={t('unnumbered')}>
                          {t('unnumbered')}
                        </span>
                        {p.numberSymbol}
                      </>
                    ) : (
                      p.numberSymbol
                    )}
                  </td>
                  <td className="col-status">
                    <StatusBadge status={p.status} />
                  </td>
                  <td className="col-date" title={formatDayTime(p.updatedAt)}>
                    {formatDay(p.updatedAt)}
                  </td>
                  <td className="col-actions">
                    <button
                      type="button"
                      className="btn btn-small"
                      onClick={() => openPlan(p.id)}
                      data-testid="open-plan"
                    >
                      {t('open')}
                    </button>
                    <button
                      type="button"
                      className="btn btn-small btn-ghost-danger"
                      onClick={() => setDeleting(p)}
                      data-testid="delete-plan"
                    >
                      {t('delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
      {creating ? (
        <NewPlanDialog api={api} onClose={() => setCreating(false)} onCreated={(id) => openPlan(id)} />
      ) : null}
      {deleting ? (
        <DeleteDialog
          plan={deleting}
          api={api}
          onClose={() => setDeleting(null)}
          onDone={() => {
            setDeleting(null);
            refresh();
          }}
        />
      ) : null}
    </div>
  );
}
