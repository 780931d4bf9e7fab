import { useEffect, useState } from 'react';
import type { ErrorInfo } from '../../shared/contract/appError.ts';
import type { RevisionInfo } from '../../shared/contract/records.ts';
import type { CompareResult } from '../../shared/contract/reuseOperations.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { Modal } from '../shell/Modal.tsx';
import type { EditorPanelProps } from '../slots.ts';
import { CompareView } from './CompareView.tsx';
import { tr } from './tr.ts';

/**
 * Editor side panel: compare the plan with its predecessor (last year's plan) or with an earlier
 * revision, and keep the plan as a user template.
 */
export function ReusePanel({ api, planId, plan, flush }: EditorPanelProps) {
  const { lang } = useI18n();
  const [revisions, setRevisions] = useState<RevisionInfo[]>([]);
  const [revision, setRevision] = useState<string>('');
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [compare, setCompare] = useState<CompareResult | null>(null);
  const [changedOnly, setChangedOnly] = useState(true);
  const [templateName, setTemplateName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const predecessorId = plan.predecessor?.id ?? null;

  useEffect(() => {
    void api.listRevisions(planId).then((r) => {
      if (r.ok) setRevisions(r.value);
    });
  }, [api, planId]);

  const run = async (a: [string, number | null], b: [string, number | null]) => {
    setError(null);
    if (!(await flush())) return;
    const r = await api.comparePlans(a[0], a[1], b[0], b[1]);
    if (!r.ok) return setError(r.error);
    setCompare(r.value);
  };

  const saveTemplate = async () => {
    setError(null);
    if (!(await flush())) return;
    const r = await api.saveAsTemplate(planId, templateName);
    if (!r.ok) return setError(r.error);
    setSaved(r.value.name);
    setTemplateName('');
  };

  return (
    <div className="reuse-panel" data-testid="reuse-panel">
      {error ? <ErrorBanner error={error} /> : null}
      <div className="reuse-actions">
        {predecessorId ? (
          <button
            type="button"
            className="btn btn-small"
            data-testid="compare-predecessor"
            onClick={() => void run([predecessorId, null], [planId, null])}
          >
            {tr(
              lang,
              `So sánh với kế hoạch năm ${plan.predecessor?.year ?? ''}`,
              `Compare with the ${plan.predecessor?.year ?? ''} plan`,
            )}
          </button>
        ) : null}
        <select
          value={revision}
          onChange={(e) => setRevision(e.target.value)}
          aria-label={tr(lang, 'Phiên bản', 'Revision')}
        >
          <option value="">{tr(lang, '— phiên bản trước —', '— earlier revision —')}</option>
          {revisions.map((r) => (
            <option key={r.revision} value={r.revision}>
              {r.revision} · {r.kind} · {r.createdAt.slice(0, 16).replace('T', ' ')}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="btn btn-small"
          disabled={!revision}
          data-testid="compare-revision"
          onClick={() => void run([planId, Number(revision)], [planId, null])}
        >
          {tr(lang, 'So sánh', 'Compare')}
        </button>
      </div>
      <div className="reuse-actions" style={{ marginTop: '0.5rem' }}>
        <input
          type="text"
          value={templateName}
          placeholder={tr(lang, 'Tên mẫu', 'Template name')}
          onChange={(e) => setTemplateName(e.target.value)}
          data-testid="template-name"
        />
        <button
          type="button"
          className="btn btn-small"
          disabled={templateName.trim() === ''}
          onClick={() => void saveTemplate()}
          data-testid="save-template"
        >
          {tr(lang, 'Lưu làm mẫu', 'Save as template')}
        </button>
      </div>
      {saved ? (
        <p className="muted">{tr(lang, `Đã lưu mẫu "${saved}".`, `Template "${saved}" saved.`)}</p>
      ) : null}
      {compare ? (
        <Modal
          title={tr(lang, 'So sánh kế hoạch', 'Compare plans')}
          onClose={() => setCompare(null)}
          testId="compare-dialog"
        >
          <div className="modal-wide">
            <label>
              <input
                type="checkbox"
                checked={changedOnly}
                onChange={(e) => setChangedOnly(e.target.checked)}
              />{' '}
              {tr(lang, 'Chỉ hiện đoạn thay đổi', 'Changed blocks only')}
            </label>
            <CompareView
              comparison={compare.comparison}
              leftTitle={`${compare.before.year} · ${tr(lang, 'phiên bản', 'revision')} ${compare.before.revision}`}
              rightTitle={`${compare.after.year} · ${tr(lang, 'phiên bản', 'revision')} ${compare.after.revision}`}
              changedOnly={changedOnly}
            />
          </div>
          <div className="modal-actions">
            <button type="button" className="btn" onClick={() => setCompare(null)}>
              {tr(lang, 'Đóng', 'Close')}
            </button>
          </div>
        </Modal>
      ) : null}
    </div>
  );
}
