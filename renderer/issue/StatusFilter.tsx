import type { PlanSummary } from '../../shared/contract/records.ts';
import { planStatusLabels, planStatuses, type PlanStatus } from '../../shared/model/planStatus.ts';
import { useIssueText } from './issueText.ts';

export type StatusChoice = PlanStatus | 'all';

const isChoice = (v: string): v is StatusChoice =>
  v === 'all' || (planStatuses as readonly string[]).includes(v);

/** The plans with the chosen status (all of them for 'all'). */
export function filterByStatus(plans: PlanSummary[], choice: StatusChoice): PlanSummary[] {
  return choice === 'all' ? plans : plans.filter((p) => p.status === choice);
}

/** The library's status filter, each status with how many plans have it: "Đã ban hành (2)". */
export function StatusFilter({
  plans,
  value,
  onChange,
}: {
  plans: PlanSummary[];
  value: StatusChoice;
  onChange: (choice: StatusChoice) => void;
}) {
  const { lang, it } = useIssueText();
  const count = (s: PlanStatus) => plans.filter((p) => p.status === s).length;
  return (
    <select
      className="input select status-filter"
      aria-label={it('filterStatus')}
      value={value}
      onChange={(e) => {
        if (isChoice(e.target.value)) onChange(e.target.value);
      }}
    >
      <option value="all">
        {it('allStatuses')} ({plans.length})
      </option>
      {planStatuses.map((s) => (
        <option key={s} value={s}>
          {planStatusLabels[s][lang]} ({count(s)})
        </option>
      ))}
    </select>
  );
}

/** "Không có kế hoạch nào ở trạng thái …" when the filter leaves nothing. */
export function useNoneWithStatus(): (status: PlanStatus) => string {
  const { lang, it } = useIssueText();
  return (status) => it('noneWithStatus', { status: planStatusLabels[status][lang] });
}
