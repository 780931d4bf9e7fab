import type { PlanSummary, TemplateInfo } from '../../shared/contract/records.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { StatusBadge } from '../issue/StatusBadge.tsx';
import { useIssueText } from '../issue/issueText.ts';
import { formatDayTime } from '../shell/format.ts';
import { originText, useLibraryText } from './libraryText.ts';

/** One year of the library: a heading "Năm 2026" and its plans, latest change first. */
export function PlanYearTable({
  year,
  plans,
  templates,
  busy,
  openPlan,
  onDuplicate,
  onDelete,
}: {
  year: number;
  plans: PlanSummary[];
  templates: TemplateInfo[];
  busy: boolean;
  openPlan: (id: string) => void;
  onDuplicate: (plan: PlanSummary) => void;
  onDelete: (plan: PlanSummary) => void;
}) {
  const { t } = useI18n();
  const { t: lt, lang } = useLibraryText();
  const { it } = useIssueText();
  const headingId = `library-year-${year}`;
  return (
    <section className="library-year" aria-labelledby={headingId}>
      <h2 id={headingId} className="library-year-heading">
        {lt('yearHeading', { year })}
      </h2>
      <table className="plan-table" aria-labelledby={headingId}>
        <thead>
          <tr>
            <th>{t('colTitle')}</th>
            <th className="col-number">{t('colNumber')}</th>
            <th className="col-status">{it('colStatus')}</th>
            <th className="col-origin">{lt('colOrigin')}</th>
            <th className="col-date">{lt('colUpdated')}</th>
            <th className="col-actions" />
          </tr>
        </thead>
        <tbody>
          {plans.map((p) => {
            const title = p.title || t('untitled');
            const origin = originText(p.origin, templates, lt, lang);
            return (
              <tr key={p.id} data-testid="plan-row" onDoubleClick={() => openPlan(p.id)}>
                <td>
                  <button type="button" className="link plan-title" onClick={() => openPlan(p.id)}>
                    {title}
                  </button>
                </td>
                <td className="col-number">
                  {p.numberSymbol.startsWith('/') ? (
                    <>
                      <span className="muted">{t('unnumbered')}</span>
                      {p.numberSymbol}
                    </>
                  ) : (
                    p.numberSymbol
                  )}
                </td>
                <td className="col-status">
                  <StatusBadge status={p.status} />
                </td>
                <td className="col-origin">
                  {/* Two lines at most (a copy's origin repeats a long trích yếu); the tooltip has all. */}
                  <span className="origin-text" title={origin}>
                    {origin}
                  </span>
                </td>
                <td className="col-date">{formatDayTime(p.updatedAt)}</td>
                <td className="col-actions">
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => openPlan(p.id)}
                    aria-label={lt('openNamed', { title })}
                    data-testid="open-plan"
                  >
                    {t('open')}
                  </button>
                  <button
                    type="button"
                    className="btn btn-small"
                    disabled={busy}
                    onClick={() => onDuplicate(p)}
                    aria-label={lt('duplicateNamed', { title })}
                  >
                    {lt('duplicate')}
                  </button>
                  <button
                    type="button"
                    className="btn btn-small btn-ghost-danger"
                    onClick={() => onDelete(p)}
                    aria-label={lt('deleteNamed', { title })}
                    data-testid="delete-plan"
                  >
                    {t('delete')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
