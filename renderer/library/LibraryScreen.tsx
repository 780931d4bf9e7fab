import { useCallback, useMemo, useState } from 'react';
import type { RendererApi } from '../../shared/contract/operations.ts';
import type { PlanSummary } from '../../shared/contract/records.ts';
import { useApiAction, useApiQuery } from '../api/useApi.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { useDebouncedValue } from '../shell/useDebouncedValue.ts';
import { Modal } from '../shell/Modal.tsx';
import { libraryToolbarItems } from '../slots.ts';
import {
  filterByStatus,
  StatusFilter,
  useNoneWithStatus,
  type StatusChoice,
} from '../issue/StatusFilter.tsx';
import { groupByYear } from './groupByYear.ts';
import { useIssuedDeleteText } from './issuedDeleteText.ts';
import { useLibraryText } from './libraryText.ts';
import { NewPlanDialog } from './NewPlanDialog.tsx';
import { PlanYearTable } from './PlanYearTable.tsx';

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
  const it = useIssuedDeleteText();
  const action = useApiAction();
  const { busy, error } = action;
  // An issued plan is a record: it goes only with an explicit tick, which the back end requires too.
  const issued = plan.status === 'issued';
  const [sure, setSure] = useState(false);
  const remove = async () => {
    const r = await action.run(() => (issued ? api.deletePlan(plan.id, { issued: true }) : api.deletePlan(plan.id)));
    if (r?.ok) onDone();
  };
  const title = plan.title || t('untitled');
  return (
    <Modal title={issued ? it('title') : t('deleteTitle')} onClose={onClose} testId="delete-dialog">
      {issued ? (
        <>
          <p>{it('text', { title, number: plan.numberSymbol })}</p>
          <label className="check">
            <input type="checkbox" checked={sure} onChange={(e) => setSure(e.target.checked)} />{' '}
            {it('confirm')}
          </label>
        </>
      ) : (
        <p>{t('deleteConfirm', { title })}</p>
      )}
      {error ? <ErrorBanner error={error} /> : null}
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('cancel')}
        </button>
        <button
          type="button"
          className="btn btn-danger"
          disabled={busy || (issued && !sure)}
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
  const lt = useLibraryText().t;
  const [query, setQuery] = useState('');
  const settled = useDebouncedValue(query.trim(), 250);
  // The whole library, or the full-text search (accent-insensitive in the store) while a query is typed.
  const list = useApiQuery(
    useCallback(() => (settled === '' ? api.listPlans() : api.searchPlans(settled)), [api, settled]),
  );
  const { error, reload: refresh } = list;
  const templateList = useApiQuery(useCallback(() => api.listTemplates(), [api]));
  const plans = useMemo(
    () =>
      list.data
        ? settled === ''
          ? [...list.data].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
          : list.data
        : null,
    [list.data, settled],
  );
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<PlanSummary | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [statusChoice, setStatusChoice] = useState<StatusChoice>('all');
  const shown = plans ? filterByStatus(plans, statusChoice) : null;
  const noneWithStatus = useNoneWithStatus();
  const duplicateAction = useApiAction();
  const duplicate = async (plan: PlanSummary) => {
    const r = await duplicateAction.run(() => api.duplicatePlan(plan.id));
    if (!r?.ok) return;
    setNotice(lt('duplicated', { title: r.value.plan.summary }));
    refresh();
  };
  const searching = settled !== '';
  return (
    <div className="screen library-screen">
      <div className="toolbar">
        <div className="toolbar-title">
          <h1>{t('libraryTitle')}</h1>
          {plans && !searching ? (
            <span className="muted">{t('librarySubtitle', { count: plans.length })}</span>
          ) : null}
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
        <div className="library-filters">
          <input
            type="search"
            className="input library-search"
            aria-label={lt('search')}
            placeholder={lt('searchPlaceholder')}
            value={query}
            maxLength={500}
            onChange={(e) => {
              setQuery(e.target.value);
              setNotice(null);
            }}
          />
          {plans && (plans.length > 0 || statusChoice !== 'all') ? (
            <StatusFilter plans={plans} value={statusChoice} onChange={setStatusChoice} />
          ) : null}
          {searching && plans ? (
            <span className="muted" role="status">
              {plans.length === 0
                ? lt('searchNone', { query: settled })
                : lt('searchCount', { count: plans.length, query: settled })}
            </span>
          ) : null}
        </div>
        {error ? <ErrorBanner error={error} onRetry={refresh} /> : null}
        {duplicateAction.error ? <ErrorBanner error={duplicateAction.error} /> : null}
        {notice ? (
          <p className="banner banner-ok" role="status">
            {notice}
          </p>
        ) : null}
        {plans === null && !error ? <p className="muted">{t('loading')}</p> : null}
        {plans && plans.length === 0 && !searching ? <div className="empty">{t('emptyLibrary')}</div> : null}
        {shown && plans && plans.length > 0 && shown.length === 0 && statusChoice !== 'all' ? (
          <div className="empty">{noneWithStatus(statusChoice)}</div>
        ) : null}
        {shown && shown.length > 0 ? (
          <div className="library-years" data-testid="plan-table">
            {groupByYear(shown).map((g) => (
              <PlanYearTable
                key={g.year}
                year={g.year}
                plans={g.plans}
                templates={templateList.data ?? []}
                busy={duplicateAction.busy}
                openPlan={openPlan}
                onDuplicate={(p) => void duplicate(p)}
                onDelete={(p) => {
                  setNotice(null);
                  setDeleting(p);
                }}
              />
            ))}
          </div>
        ) : null}
      </div>
      {creating ? (
        <NewPlanDialog
          api={api}
          onClose={() => {
            setCreating(false);
            // A template renamed in the dialog renames the origin shown in the table.
            templateList.reload();
          }}
          onCreated={(id) => openPlan(id)}
        />
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
