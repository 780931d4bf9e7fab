import { useCallback, useId, useMemo, useState } from 'react';
import { MAX_EXPORT_REASON } from '../../shared/checks/exportGate.ts';
import type { Finding } from '../../shared/checks/finding.ts';
import type { RendererApi } from '../../shared/contract/operations.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { planTexts, textKey } from '../../shared/model/walk.ts';
import { useApiQuery } from '../api/useApi.ts';
import { jumpToFinding } from '../checks/jumpToFinding.ts';
import { useEditorSession } from '../editor/session/EditorSessionContext.tsx';
import { useMessages } from '../i18n/I18n.tsx';
import { Modal } from '../shell/Modal.tsx';
import { useDelayedFlag } from '../shell/useDelayedFlag.ts';
import { exportGateMessages } from './exportGateText.ts';
import './exportGate.css';

const CHECKING_DELAY_MS = 300;

/**
 * The export gate: "Xuất Word" was refused because error findings remain in the stored plan. Lists
 * them (checked as final by the back end, as the gate does), each with a jump to its place; the
 * final copy goes out only with a reason, which the back end logs. Cancel or Esc closes it.
 */
export function ExportGate({
  api,
  planId,
  plan,
  onExport,
  onCancel,
}: {
  api: RendererApi;
  planId: string;
  /** The plan as edited: the derived number/symbol text for a jump into the header. */
  plan: Plan;
  onExport: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useMessages(exportGateMessages);
  const session = useEditorSession();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const check = useApiQuery(useCallback(() => api.checkPlan(planId, { final: true }), [api, planId]));
  const errors: Finding[] = useMemo(
    () => (check.data ?? []).filter((f) => f.severity === 'error'),
    [check.data],
  );
  const texts = useMemo(() => new Map(planTexts(plan).map((x) => [textKey(x.location), x.text])), [plan]);
  const jump = (f: Finding) => {
    const loc = f.location;
    if (!loc) return;
    onCancel();
    // After the dialog is gone, so that closing it does not take the focus back from the field.
    window.setTimeout(() => jumpToFinding(session, loc, texts.get(textKey(loc))), 0);
  };
  const given = reason.trim() !== '';
  const clean = check.data !== null && errors.length === 0;
  // "Đang kiểm tra…" only when the check is slow enough to be seen, not as a flash.
  const slowCheck = useDelayedFlag(check.loading && check.data === null, CHECKING_DELAY_MS);

  return (
    <Modal title={t('title')} onClose={onCancel} testId="export-gate">
      {slowCheck ? <p role="status">{t('checking')}</p> : null}
      {check.errorText ? (
        <p className="export-gate-problem" role="alert">
          {check.errorText}
        </p>
      ) : null}
      {clean ? <p role="status">{t('noErrors')}</p> : null}
      {errors.length > 0 ? (
        <>
          <p>{t('intro', { count: errors.length })}</p>
          <ul className="export-gate-errors" aria-label={t('errorsList')}>
            {errors.map((f, i) => {
              const where = f.location ? (lang === 'en' ? f.location.labelEn : f.location.label) : t('plan');
              return (
                <li key={`${f.rule}-${i}`} className="export-gate-error">
                  <span className="export-gate-message">{lang === 'en' ? f.messageEn : f.message}</span>
                  {f.location ? (
                    <button type="button" className="link" onClick={() => jump(f)}>
                      {t('jump', { where })}
                    </button>
                  ) : (
                    <span className="export-gate-where">{where}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {clean ? null : (
        <div className="export-gate-reason">
          <label htmlFor={reasonId}>{t('reason')}</label>
          <textarea
            id={reasonId}
            rows={3}
            maxLength={MAX_EXPORT_REASON}
            value={reason}
            placeholder={t('reasonHint')}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
      )}
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onCancel}>
          {t('cancel')}
        </button>
        {clean ? (
          <button type="button" className="btn btn-primary" onClick={() => onExport('')}>
            {t('exportNow')}
          </button>
        ) : (
          <button type="button" className="btn btn-danger" disabled={!given} onClick={() => onExport(reason)}>
            {t('forceExport')}
          </button>
        )}
      </div>
    </Modal>
  );
}
