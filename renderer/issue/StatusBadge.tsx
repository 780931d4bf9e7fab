import { planStatusLabels, type PlanStatus } from '../../shared/model/planStatus.ts';
import { useI18n } from '../i18n/I18n.tsx';
import './issue.css';

/** "Dự thảo", "Xin ý kiến", "Trình ký", "Đã ban hành" as a coloured badge. */
export function StatusBadge({ status }: { status: PlanStatus }) {
  const { lang } = useI18n();
  return (
    <span className={`status-badge status-${status}`} data-testid="plan-status" data-status={status}>
      {planStatusLabels[status][lang]}
    </span>
  );
}
