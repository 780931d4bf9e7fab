import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RevisionInfo } from '../../shared/contract/records.ts';
import { useApiAction, useApiQuery } from '../api/useApi.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { Modal } from '../shell/Modal.tsx';
import { ariaShortcut, withShortcut } from '../editor/keys/shortcuts.ts';
import { useShortcuts } from '../editor/keys/useShortcuts.ts';
import type { EditorPanelProps } from '../slots.ts';
import { carryUndo } from '../editor/history/carriedUndo.ts';
import { HistoryCompare } from './HistoryCompare.tsx';
import { clockTime, dayOf, historyRows, revisionTime } from './historyGroups.ts';
import { kindKey, useHistoryText } from './historyText.ts';
import './history.css';

/** The list follows the autosaves, but not on every keystroke. */
const REFRESH_DELAY_MS = 2500;

/**
 * "Lịch sử phiên bản" (issue 9 §3): the plan's revisions newest first, autosaves grouped into
 * working sessions; a named version is saved here, and any revision can be compared or restored
 * (a restore appends a revision; "Hoàn tác" right after it brings the plan from before it back).
 */
export function HistoryPanel({
  api,
  planId,
  plan,
  flush,
  appendRevision,
  reload,
  readOnly,
}: EditorPanelProps) {
  const { t, lang } = useHistoryText();
  const list = useApiQuery(useCallback(() => api.listRevisions(planId), [api, planId]));
  const action = useApiAction();
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const [restoring, setRestoring] = useState<RevisionInfo | null>(null);
  const [comparing, setComparing] = useState<RevisionInfo | null>(null);
  const { reload: reloadList } = list;
  const nameInput = useRef<HTMLInputElement>(null);
  // Ctrl+S: a named version needs its name, so the key takes the drafter to the name box (and, typed
  // there already, saves it). On an issued plan there is nothing to save; the key does nothing.
  useShortcuts({
    saveVersion: () => {
      const input = nameInput.current;
      if (!input) return;
      if (document.activeElement === input && input.value.trim() !== '') input.form?.requestSubmit();
      else {
        input.scrollIntoView({ block: 'nearest' });
        input.focus({ preventScroll: true });
      }
    },
  });

  useEffect(() => {
    const timer = setTimeout(reloadList, REFRESH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [plan, reloadList]);

  const revisions = useMemo(() => list.data ?? [], [list.data]);
  const rows = useMemo(() => historyRows(revisions), [revisions]);
  const head = revisions[0]?.revision ?? null;
  const label = (r: RevisionInfo) =>
    r.name !== '' ? r.name : `${t(kindKey(r.kind))} ${revisionTime(r.createdAt)}`;

  const saveVersion = async () => {
    setSaved(null);
    const r = await action.run<{ revision: number } | null>(async () => {
      const out = await appendRevision((baseRevision) => api.nameVersion(planId, { name, baseRevision }));
      return out ?? { ok: true as const, value: null };
    });
    if (!r?.ok || r.value === null) return;
    setSaved(name.trim());
    setName('');
    reloadList();
  };

  const restore = async (target: RevisionInfo) => {
    const r = await action.run<{ revision: number } | null>(async () => {
      const out = await appendRevision((baseRevision) =>
        api.restoreRevision(planId, { revision: target.revision, baseRevision }),
      );
      return out ?? { ok: true as const, value: null };
    });
    setRestoring(null);
    // The editor opens the restored plan afresh (as after "Tải lại bản mới nhất"); the plan from
    // before the restore goes with it as the step "Hoàn tác" brings back.
    if (r?.ok && r.value !== null) {
      carryUndo(planId, plan, t('restoredNotice', { what: label(target) }));
      reload();
    }
  };

  const compare = async (r: RevisionInfo) => {
    // "Bản hiện tại" is what is stored: store what was typed first.
    if (await flush()) setComparing(r);
  };

  const toggle = (first: number) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(first)) next.delete(first);
      else next.add(first);
      return next;
    });

  const revisionRow = (r: RevisionInfo) => {
    const description = lang === 'vi' ? r.description : r.descriptionEn;
    return (
      <li key={r.revision} className="history-row" data-revision={r.revision}>
        <span className="history-time">{revisionTime(r.createdAt)}</span>
        <span className="history-kind">{t(kindKey(r.kind))}</span>
        {r.name !== '' ? <span className="history-named">“{r.name}”</span> : null}
        <span className="history-actions">
          <button
            type="button"
            className="btn btn-small"
            aria-label={t('compareOf', { what: label(r) })}
            onClick={() => void compare(r)}
          >
            {t('compare')}
          </button>
          {r.revision !== head && !readOnly ? (
            <button
              type="button"
              className="btn btn-small"
              aria-label={t('restoreOf', { what: label(r) })}
              disabled={action.busy}
              onClick={() => setRestoring(r)}
            >
              {t('restore')}
            </button>
          ) : null}
        </span>
        {description !== '' || (lang === 'vi' && r.note !== '') ? (
          <span className="history-desc">
            {[description, lang === 'vi' ? r.note : ''].filter(Boolean).join(' · ')}
          </span>
        ) : null}
      </li>
    );
  };

  return (
    <div className="history-panel" data-testid="history-panel">
      {action.error ? <ErrorBanner error={action.error} /> : null}
      {list.error ? <ErrorBanner error={list.error} onRetry={reloadList} /> : null}
      {readOnly ? null : (
        <form
          className="history-name"
          onSubmit={(e) => {
            e.preventDefault();
            void saveVersion();
          }}
        >
          <input
            ref={nameInput}
            type="text"
            value={name}
            maxLength={200}
            aria-label={t('versionName')}
            aria-keyshortcuts={ariaShortcut('saveVersion')}
            title={withShortcut(t('versionName'), 'saveVersion')}
            placeholder={t('versionNamePlaceholder')}
            onChange={(e) => setName(e.target.value)}
          />
          <button
            type="submit"
            className="btn btn-small"
            disabled={name.trim() === '' || action.busy}
            title={withShortcut(t('saveVersion'), 'saveVersion')}
            aria-keyshortcuts={ariaShortcut('saveVersion')}
          >
            {t('saveVersion')}
          </button>
        </form>
      )}
      {saved ? (
        <p className="muted" role="status">
          {t('versionSaved', { name: saved })}
        </p>
      ) : null}
      {list.data === null ? <p className="muted">{t('loading')}</p> : null}
      {list.data !== null && rows.length === 0 ? <p className="muted">{t('empty')}</p> : null}
      <ul className="history-list" aria-label={t('panelTitle')}>
        {rows.map((row) => {
          if (row.type === 'revision') return revisionRow(row.revision);
          const first = row.autosaves[0]!.revision;
          const expanded = open.has(first);
          return (
            <li key={`s${first}`}>
              <button
                type="button"
                className="history-session-toggle"
                aria-expanded={expanded}
                onClick={() => toggle(first)}
              >
                {expanded ? '▾' : '▸'} <span className="history-time">{dayOf(row.from)}</span>{' '}
                {t('session', {
                  from: clockTime(row.from),
                  to: clockTime(row.to),
                  count: row.autosaves.length,
                })}
              </button>
              {expanded ? <ul className="history-session-list">{row.autosaves.map(revisionRow)}</ul> : null}
            </li>
          );
        })}
      </ul>
      {restoring ? (
        <Modal title={t('restoreTitle')} onClose={() => setRestoring(null)} testId="history-restore">
          <p>{t('restoreText', { what: label(restoring) })}</p>
          <div className="modal-actions">
            <button type="button" className="btn" onClick={() => setRestoring(null)}>
              {t('cancel')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={action.busy}
              onClick={() => void restore(restoring)}
            >
              {action.busy ? t('restoring') : t('restoreConfirm')}
            </button>
          </div>
        </Modal>
      ) : null}
      {comparing ? (
        <HistoryCompare
          api={api}
          planId={planId}
          revision={comparing}
          revisions={revisions}
          label={label}
          onClose={() => setComparing(null)}
        />
      ) : null}
    </div>
  );
}
