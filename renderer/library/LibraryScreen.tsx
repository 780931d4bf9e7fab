import { useCallback, useEffect, useState } from 'react';
import type { ErrorInfo } from '../../shared/contract/appError.ts';
import type { RendererApi } from '../../shared/contract/operations.ts';
import type { PlanSummary, TemplateInfo } from '../../shared/contract/records.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { formatDay, formatDayTime } from '../shell/format.ts';
import { Modal } from '../shell/Modal.tsx';
import { libraryToolbarItems } from '../slots.ts';

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
  const [templates, setTemplates] = useState<TemplateInfo[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  useEffect(() => {
    void api.listTemplates().then((r) => {
      if (!r.ok) return setError(r.error);
      setTemplates(r.value);
      setChosen(r.value[0]?.id ?? null);
    });
  }, [api]);
  const create = async () => {
    if (!chosen) return;
    setBusy(true);
    setError(null);
    const r = await api.createPlan({ templateId: chosen });
    setBusy(false);
    if (r.ok) onCreated(r.value.id);
    else setError(r.error);
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
              onChange={() => setChosen(tp.id)}
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
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const remove = async () => {
    setBusy(true);
    const r = await api.deletePlan(plan.id);
    setBusy(false);
    if (r.ok) onDone();
    else setError(r.error);
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
  const [plans, setPlans] = useState<PlanSummary[] | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<PlanSummary | null>(null);
  const refresh = useCallback(() => {
    void api.listPlans().then((r) => {
      if (r.ok) {
        setError(null);
        setPlans([...r.value].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)));
      } else setError(r.error);
    });
  }, [api]);
  useEffect(refresh, [refresh]);
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
          <table className="plan-table" data-testid="plan-table">
            <thead>
              <tr>
                <th>{t('colTitle')}</th>
                <th className="col-year">{t('colYear')}</th>
                <th className="col-number">{t('colNumber')}</th>
                <th className="col-date">{t('colUpdated')}</th>
                <th className="col-actions" />
              </tr>
            </thead>
            <tbody>
              {plans.map((p) => (
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
