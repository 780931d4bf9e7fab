import type { DiffSegment, PlanComparison } from '../../shared/compare/comparePlans.ts';
import { useReuseText } from './reuseText.ts';
import './reuse.css';

function Segments({ segments }: { segments: DiffSegment[] | null }) {
  if (!segments) return <span className="muted">—</span>;
  return (
    <>
      {segments.map((s, i) =>
        s.change === 'added' ? (
          <ins key={i}>{s.text}</ins>
        ) : s.change === 'removed' ? (
          <del key={i}>{s.text}</del>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}

/** Two plans side by side, block by block, with the words that changed marked. */
export function CompareView({
  comparison,
  leftTitle,
  rightTitle,
  changedOnly,
}: {
  comparison: PlanComparison;
  leftTitle: string;
  rightTitle: string;
  changedOnly: boolean;
}) {
  const { t, lang } = useReuseText();
  const rows = changedOnly ? comparison.rows.filter((r) => r.changed) : comparison.rows;
  return (
    <div className="compare" data-testid="compare-view">
      <p className="muted">
        {t('compareCounts', {
          changed: comparison.changedRows,
          added: comparison.addedRows,
          removed: comparison.removedRows,
        })}
      </p>
      <table className="compare-table">
        <thead>
          <tr>
            <th className="compare-label" />
            <th>{leftTitle}</th>
            <th>{rightTitle}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} className={r.changed ? 'compare-changed' : undefined}>
              <td className="compare-label">{lang === 'en' ? r.labelEn : r.label}</td>
              <td>
                <Segments segments={r.left} />
              </td>
              <td>
                <Segments segments={r.right} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
