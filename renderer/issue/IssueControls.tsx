import { useState } from 'react';
import type { RendererApi } from '../../shared/contract/operations.ts';
import type { PlanRecord } from '../../shared/contract/records.ts';
import type { Plan } from '../../shared/model/plan.ts';
import {
  planStatusLabels,
  workingStatusSchema,
  type PlanStatus,
  type WorkingStatus,
} from '../../shared/model/planStatus.ts';
import { useApiAction } from '../api/useApi.ts';
import { routeHash } from '../shell/route.ts';
import { IssueDialog } from './IssueDialog.tsx';
import { useIssueText } from './issueText.ts';
import { StatusBadge } from './StatusBadge.tsx';

const workingStatuses = workingStatusSchema.options;

/**
 * The editor toolbar's status controls: the working status (Dự thảo ⇄ Xin ý kiến ⇄ Trình ký),
 * "Ban hành" for a plan not issued yet, and "Tạo bản sửa đổi" once it is issued.
 * `prepare` stores pending edits and returns the stored revision (null when saving failed);
 * `onIssued` reopens the plan, now locked.
 */
export function IssueControls({
  api,
  record,
  plan,
  prepare,
  onIssued,
}: {
  api: RendererApi;
  record: PlanRecord;
  plan: Plan;
  prepare: () => Promise<number | null>;
  onIssued: () => void;
}) {
  const { lang, it } = useIssueText();
  const [status, setStatus] = useState<PlanStatus>(record.status);
  const [issuing, setIssuing] = useState(false);
  const action = useApiAction();

  const changeStatus = async (next: WorkingStatus) => {
    const r = await action.run(() => api.setPlanStatus(record.id, next));
    if (r?.ok) setStatus(r.value.status);
  };
  const amend = async () => {
    const r = await action.run(() => api.createAmendment(record.id));
    if (r?.ok) window.location.hash = routeHash({ name: 'editor', planId: r.value.id });
  };

  return (
    <div className="issue-controls" data-testid="issue-controls">
      {status === 'issued' ? (
        <>
          <StatusBadge status="issued" />
          <button type="button" className="btn" disabled={action.busy} onClick={() => void amend()}>
            {action.busy ? it('amending') : it('amend')}
          </button>
        </>
      ) : (
        <>
          <select
            className="input select"
            aria-label={it('statusOf')}
            title={it('status')}
            value={status}
            disabled={action.busy}
            onChange={(e) => void changeStatus(workingStatusSchema.parse(e.target.value))}
          >
            {workingStatuses.map((s) => (
              <option key={s} value={s}>
                {planStatusLabels[s][lang]}
              </option>
            ))}
          </select>
          <button type="button" className="btn" onClick={() => setIssuing(true)}>
            {it('issue')}
          </button>
        </>
      )}
      {action.errorText ? (
        <span className="field-error" role="alert">
          {action.errorText}
        </span>
      ) : null}
      {issuing ? (
        <IssueDialog
          api={api}
          planId={record.id}
          header={plan.header}
          year={plan.year}
          prepare={prepare}
          onClose={() => setIssuing(false)}
          onIssued={() => {
            setIssuing(false);
            onIssued();
          }}
        />
      ) : null}
    </div>
  );
}
