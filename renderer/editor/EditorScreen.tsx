import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { RendererApi } from '../../shared/contract/operations.ts';
import type { ExportResult, PlanRecord } from '../../shared/contract/records.ts';
import { newId } from '../../shared/model/ids.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { renumberReferences } from '../../shared/model/refs/rewriteReferences.ts';
import type { InvalidField } from '../../shared/model/savablePlan.ts';
import { useApiAction, useApiQuery } from '../api/useApi.ts';
import { ExportGate } from '../export/ExportGate.tsx';
import { isExportRefusal } from '../export/exportGateText.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { ErrorBanner, TechnicalDetails } from '../shell/ErrorBanner.tsx';
import { downloadFile } from '../shell/download.ts';
import type { EditorPanelProps } from '../slots.ts';
import { Autosaver, type SaveStatus } from './autosave.ts';
import { sameInvalid } from './invalid/sameInvalid.ts';
import { savePlanEdit } from './savePlanEdit.ts';
import { HeaderBlock, TitleBlock } from './blocks/HeaderBlock.tsx';
import { SectionBlock } from './blocks/SectionBlock.tsx';
import { TaskLabelsBlock } from './blocks/TaskLabelsBlock.tsx';
import {
  AppendicesBlock,
  LegalBasesBlock,
  PreambleBlock,
  RecipientsBlock,
  SignatureBlock,
} from './blocks/SimpleBlocks.tsx';
import { Outline } from './Outline.tsx';
import { SidePanels } from './SidePanels.tsx';
import {
  createLazyFields,
  LAZY_FROM_FIELDS,
  LazyFieldsContext,
  sectionRichFields,
} from './lazy/lazyFields.ts';
import { useStableNumbers } from './stableNumbers.ts';
import { ReferenceLinker } from './refs/ReferenceLinks.tsx';
import { createEditorSession } from './session/editorSession.ts';
import { EditorSessionProvider } from './session/EditorSessionContext.tsx';
import { AgencyDirectoryProvider } from '../agencies/AgencyDirectoryContext.tsx';
import { isSaveConflict, resolveConflict, type ConflictChoice } from './saveConflict.ts';
import './saveConflict.css';
import { IssueControls } from '../issue/IssueControls.tsx';
import { LockedForm } from '../issue/LockedForm.tsx';
import { HistoryButtons } from './history/HistoryButtons.tsx';
import { UndoNotice } from './history/UndoNotice.tsx';
import { usePlanHistory } from './history/usePlanHistory.ts';
import { SideResizer } from './window/SideResizer.tsx';
import { ariaShortcut, withShortcut } from './keys/shortcuts.ts';
import { useOutlineShortcuts } from './keys/useOutlineShortcuts.ts';
import { useShortcuts } from './keys/useShortcuts.ts';
import { InvalidFieldsBanner } from './invalid/InvalidFieldsBanner.tsx';
import { InvalidFieldsContext } from './invalid/InvalidFields.tsx';
import { useSettledValue } from '../preview/useSettledValue.ts';

const AUTOSAVE_DELAY_MS = 800;
/** How long typing pauses before the outline, the side panels and the marks follow the plan. */
export const SETTLE_MS = 250;

const addSection = (p: Plan): Plan => ({
  ...p,
  sections: [...p.sections, { id: newId('s'), title: '', role: 'other', content: [] }],
});

export function EditorScreen({
  api,
  planId,
  onBack,
}: {
  api: RendererApi;
  planId: string;
  onBack: () => void;
}) {
  const { t } = useI18n();
  const {
    data: record,
    error,
    loading,
    reload,
  } = useApiQuery(useCallback(() => api.getPlan(planId), [api, planId]));
  // While a request runs nothing else shows: a reload (retry, save conflict) opens the plan afresh.
  if (loading) return <div className="screen loading">{t('loading')}</div>;
  if (error) {
    return (
      <div className="screen">
        <div className="toolbar">
          <button type="button" className="btn" onClick={onBack}>
            ← {t('back')}
          </button>
        </div>
        <div className="screen-body">
          <ErrorBanner error={error} onRetry={reload} />
        </div>
      </div>
    );
  }
  if (!record) return <div className="screen loading">{t('loading')}</div>;
  // Reloading after a save conflict unmounts the editor (its autosaver was told to drop its edits),
  // as the loading screen replaces it, and opens the stored plan afresh.
  return <PlanEditor key={record.id} api={api} record={record} onBack={onBack} onReload={reload} />;
}

function statusText(status: SaveStatus, t: ReturnType<typeof useI18n>['t']): string {
  if (status.state === 'saved') return t('saved');
  if (status.state === 'saving') return t('saving');
  if (status.state === 'pending') return t('unsaved');
  return t('saveFailed');
}

function PlanEditor({
  api,
  record,
  onBack,
  onReload,
}: {
  api: RendererApi;
  record: PlanRecord;
  onBack: () => void;
  onReload: () => void;
}) {
  const { t, errorText } = useI18n();
  // One session per open plan: the fields and the side panels meet in it (renderer/editor/session).
  const [session] = useState(createEditorSession);
  // A large plan mounts its rich-text editors as they near the view (renderer/editor/lazy).
  const [lazyFields] = useState(() =>
    sectionRichFields(record.plan) > LAZY_FROM_FIELDS ? createLazyFields() : null,
  );
  useEffect(() => {
    lazyFields?.opened();
    return () => lazyFields?.dispose();
  }, [lazyFields]);
  const [plan, setPlanState] = useState<Plan>(record.plan);
  const planRef = useRef(plan);
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved' });
  // The values the last save had to leave out, marked on their inputs. They come with the save's
  // result (the back end checks a patched plan whole): no schema pass over the plan on this thread.
  const [invalid, setInvalid] = useState<InvalidField[]>([]);
  const exporting = useApiAction();
  // Which button runs (its label says so) and the file of the last export that succeeded.
  const [exportDraft, setExportDraft] = useState(false);
  const [exported, setExported] = useState<string | null>(null);
  const [leaveBlocked, setLeaveBlocked] = useState(false);
  const saver = useMemo(
    () =>
      new Autosaver({
        // A value the schema refuses is left out (cut to its limit, or blank) and marked on its input;
        // it never blocks saving the rest of the plan. Only the edit is sent when it can be.
        save: (p, baseRevision, stored) => savePlanEdit(api, record.id, p, baseRevision, stored),
        revision: record.revision,
        plan: record.plan,
        delayMs: AUTOSAVE_DELAY_MS,
        onStatus: setStatus,
        onSaved: (saved) =>
          setInvalid((shown) => (sameInvalid(shown, saved.invalid ?? []) ? shown : (saved.invalid ?? []))),
      }),
    [api, record],
  );
  // Leaving the editor (route change, closing the window) saves what is pending.
  useEffect(() => {
    // Electron cancels a close silently when beforeunload is prevented: hold the window open until the
    // save has landed, then close it again. If the save fails, its error stays on screen and the next
    // close goes through (the user has seen why).
    let closeAnyway = false;
    const onUnload = (e: BeforeUnloadEvent) => {
      if (!saver.dirty || closeAnyway) return;
      e.preventDefault();
      if (!window.api) {
        // The browser asks "leave the page?" while the save runs.
        void saver.flush();
        return;
      }
      void saver.flush().then((stored) => {
        closeAnyway = true;
        if (stored) window.close();
      });
    };
    window.addEventListener('beforeunload', onUnload);
    return () => {
      window.removeEventListener('beforeunload', onUnload);
      void saver.flush().finally(() => saver.dispose());
    };
  }, [saver]);

  // An issued plan is read-only: its form is locked (LockedForm) and no edit reaches the autosaver.
  const readOnly = record.status === 'issued';
  // Every new plan, an edit or an undone step, goes the same way: state, then the autosaver.
  const apply = useCallback(
    (next: Plan) => {
      planRef.current = next;
      setPlanState(next);
      saver.schedule(next);
    },
    [saver],
  );
  const history = usePlanHistory(record.plan, apply, readOnly, record.id);
  const { track } = history;
  const setPlan = useCallback(
    (edit: (p: Plan) => Plan) => {
      if (readOnly) return;
      // A structural edit renumbers; the references to moved targets follow in the same plan value,
      // so one undo step restores both (an edit that renumbers nothing is returned as is).
      const next = renumberReferences(planRef.current, edit(planRef.current));
      if (next === planRef.current) return;
      apply(next);
      track(next);
    },
    [apply, track, readOnly],
  );
  const flush = useCallback(() => saver.flush(), [saver]);
  const appendRevision = useCallback<EditorPanelProps['appendRevision']>(
    async (append) => {
      if (!(await saver.flush())) return null;
      const r = await append(saver.revision);
      if (r.ok) saver.rebase(r.value.revision);
      return r;
    },
    [saver],
  );
  // Issue 13: what the form shows follows each keystroke at once; what only reads the plan (the
  // outline, the side panels, the reference links, the refused-value marks) follows the plan once
  // typing has paused (useSettledValue, at transition priority), so a keystroke's frame renders only
  // its own block: each block is memoised, and the numbers keep their identity while nothing was
  // renumbered. Until the first settled value (opening) they show the current plan.
  const settledPlan = useSettledValue(plan, SETTLE_MS) ?? plan;
  // An edit made in a side panel (a tick, a quick fix) shows there at once: a controlled checkbox
  // shown with the plan from before its click would be unticked again by React until the plan
  // settles, so the panels take the current plan when it is the one their own edit made.
  const [panelEdit, setPanelEdit] = useState<Plan | null>(null);
  const setPlanFromPanel = useCallback(
    (edit: (p: Plan) => Plan) => {
      setPlan(edit);
      setPanelEdit(planRef.current);
    },
    [setPlan],
  );
  const panelPlan = panelEdit === plan ? plan : settledPlan;
  // Each autosave moves the revision on, often as the next keystroke arrives: the side panels (the
  // preview's draft stamp, the history) take it at transition priority, in a render a key interrupts,
  // not in one urgent render of the whole column (issue 13: 40 ms after the first key of a burst).
  const panelRevision = useDeferredValue(saver.revision);
  const numbers = useStableNumbers(plan);

  const back = async () => {
    if ((await saver.flush()) || leaveBlocked) onBack();
    else setLeaveBlocked(true);
  };

  // A final copy with open errors is refused by the back end: ExportGate asks for a reason.
  const doExport = async (draft: boolean, reason?: string) => {
    setExportDraft(draft);
    setExported(null);
    const r = await exporting.run<ExportResult | null>(async () => {
      // The export reads the stored plan: store what was typed first (a failed save shows its own error).
      if (!(await saver.flush())) return { ok: true, value: null };
      return api.exportPlan(record.id, reason ? { draft, reason } : { draft });
    });
    if (!r?.ok || r.value === null) return;
    downloadFile(r.value.fileName, r.value.base64);
    setExported(r.value.fileName);
  };
  const busy = exporting.busy;
  const getPlan = useCallback(() => planRef.current, []);
  const outlineKeys = useOutlineShortcuts(setPlan, getPlan, session, readOnly);
  useShortcuts({
    ...outlineKeys,
    exportFinal: () => {
      if (!busy) void doExport(false);
    },
  });

  const [resolving, setResolving] = useState(false);
  const resolve = async (choice: ConflictChoice) => {
    setResolving(true);
    const out = await resolveConflict(choice, {
      saver,
      getPlan: () => api.getPlan(record.id),
      reload: onReload,
    });
    setResolving(false);
    // A failed re-read shows as a save error; a refused save shows the choice again (via the status).
    if (!out.ok && out.error) setStatus({ state: 'error', error: out.error });
  };
  const conflict = isSaveConflict(status);
  const invalidByKey = useMemo(
    () => new Map(invalid.flatMap((f) => (f.key === null ? [] : [[f.key, f] as const]))),
    [invalid],
  );

  return (
    <div className="screen editor-screen">
      <div className="toolbar">
        <button type="button" className="btn" onClick={() => void back()} data-testid="back">
          ← {t('back')}
        </button>
        <div className="toolbar-title" title={plan.summary}>
          <span className="doc-type">{plan.typeName || 'KẾ HOẠCH'}</span>
          <span className="doc-summary">{plan.summary || t('untitled')}</span>
        </div>
        <span className={`save-status save-${status.state}`} data-testid="save-status" role="status">
          <span className="dot" />
          {statusText(status, t)}
        </span>
        <HistoryButtons history={history} />
        <IssueControls
          api={api}
          record={record}
          plan={plan}
          prepare={async () => ((await saver.flush()) ? saver.revision : null)}
          onIssued={onReload}
        />
        <button
          type="button"
          className="btn"
          disabled={busy}
          onClick={() => void doExport(true)}
          data-testid="export-draft"
        >
          {busy && exportDraft ? t('exporting') : t('exportDraft')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy}
          title={withShortcut(t('exportFinal'), 'exportFinal')}
          aria-keyshortcuts={ariaShortcut('exportFinal')}
          onClick={() => void doExport(false)}
          data-testid="export-final"
        >
          {busy && !exportDraft ? t('exporting') : t('exportFinal')}
        </button>
      </div>
      {conflict ? (
        <div className="banner banner-error conflict-banner" role="alert" data-testid="save-conflict">
          <div className="conflict-text">
            <strong>{t('conflictTitle')}</strong> {t('conflictText')}
            <ul>
              <li>
                <b>{t('reloadLatest')}</b>: {t('reloadLatestHint')}
              </li>
              <li>
                <b>{t('keepMine')}</b>: {t('keepMineHint')}
              </li>
            </ul>
          </div>
          <div className="conflict-actions">
            <button
              type="button"
              className="btn"
              disabled={resolving}
              onClick={() => void resolve('reload')}
              data-testid="conflict-reload"
            >
              {t('reloadLatest')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={resolving}
              onClick={() => void resolve('keepMine')}
              data-testid="conflict-keep"
            >
              {resolving ? t('resolving') : t('keepMine')}
            </button>
          </div>
        </div>
      ) : status.state === 'error' ? (
        <div className="banner banner-error" role="alert" data-testid="save-error">
          <span>
            <strong>{t('saveFailed')}:</strong> {errorText(status.error)}
            {leaveBlocked ? <span> — {t('back')}?</span> : null}
          </span>
          <TechnicalDetails error={status.error} />
        </div>
      ) : null}
      {exporting.errorText !== null && !(exporting.error && isExportRefusal(exporting.error)) ? (
        <div className="banner banner-error" role="alert" data-testid="export-error">
          <span>{exporting.errorText}</span>
          {exporting.error ? <TechnicalDetails error={exporting.error} /> : null}
        </div>
      ) : null}
      {exported !== null ? (
        <div className="banner banner-ok" role="status" data-testid="export-done">
          {t('exported', { file: exported })}
          <button type="button" className="link" onClick={() => setExported(null)}>
            {t('close')}
          </button>
        </div>
      ) : null}
      <UndoNotice history={history} />
      <InvalidFieldsContext.Provider value={invalidByKey}>
        <EditorSessionProvider session={session} onDeleted={history.notifyDeleted}>
          <AgencyDirectoryProvider api={api} planId={record.id} plan={plan}>
            <InvalidFieldsBanner invalid={invalid} session={session} />
            <ReferenceLinker plan={settledPlan} />
            {exporting.error && isExportRefusal(exporting.error) ? (
              <ExportGate
                api={api}
                planId={record.id}
                plan={plan}
                onExport={(reason) => void doExport(false, reason)}
                onCancel={() => exporting.setError(null)}
              />
            ) : null}
            <LazyFieldsContext.Provider value={lazyFields}>
              <div className="editor-layout">
                <Outline plan={settledPlan} />
                <LockedForm className="doc-form" testId="editor" readOnly={readOnly} header={plan.header}>
                  <HeaderBlock header={plan.header} setPlan={setPlan} />
                  <TitleBlock
                    typeName={plan.typeName}
                    summary={plan.summary}
                    year={plan.year}
                    setPlan={setPlan}
                  />
                  <PreambleBlock preamble={plan.preamble} setPlan={setPlan} />
                  <LegalBasesBlock legalBases={plan.legalBases} setPlan={setPlan} />
                  {plan.sections.map((s, i) => (
                    <SectionBlock
                      key={s.id}
                      section={s}
                      numbers={numbers}
                      index={i}
                      count={plan.sections.length}
                      setPlan={setPlan}
                    />
                  ))}
                  <div className="add-section">
                    <button
                      type="button"
                      className="btn btn-ghost btn-small"
                      onClick={() => setPlan(addSection)}
                      data-testid="add-section"
                    >
                      + {t('addSection')}
                    </button>
                  </div>
                  <TaskLabelsBlock taskLabels={plan.taskLabels} setPlan={setPlan} />
                  <RecipientsBlock recipients={plan.recipients} setPlan={setPlan} />
                  <SignatureBlock signature={plan.signature} setPlan={setPlan} />
                  <AppendicesBlock appendices={plan.appendices} setPlan={setPlan} />
                </LockedForm>
                <SideResizer />
                <SidePanels
                  api={api}
                  planId={record.id}
                  plan={panelPlan}
                  revision={panelRevision}
                  setPlan={setPlanFromPanel}
                  flush={flush}
                  appendRevision={appendRevision}
                  reload={onReload}
                  readOnly={readOnly}
                />
              </div>
            </LazyFieldsContext.Provider>
          </AgencyDirectoryProvider>
        </EditorSessionProvider>
      </InvalidFieldsContext.Provider>
    </div>
  );
}
