import { useState, type ComponentType } from 'react';
import type { Plan } from '../../shared/model/plan.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { useSettledValue } from '../preview/useSettledValue.ts';

type PreviewZoom = 'fit' | 'actual' | 'page';

interface A4PreviewProps {
  plan: Plan;
  draft: boolean;
  zoom?: PreviewZoom;
  revision?: number | null;
  exportedAt?: string | null;
}

/*
 * ── MOUNT POINT: live A4 preview (renderer/preview/A4Preview.tsx, built by the exporter). ──
 * Resolved at build time: while the file does not exist the glob is empty and a placeholder shows;
 * once it exists it is mounted here with no other change.
 */
const previewModules = import.meta.glob<{ A4Preview?: ComponentType<A4PreviewProps> }>(
  '../preview/A4Preview.tsx',
  {
    eager: true,
  },
);
const A4Preview = Object.values(previewModules)[0]?.A4Preview ?? null;

const ZOOMS = [
  { zoom: 'fit', label: 'zoomFit' },
  { zoom: 'actual', label: 'zoomActual' },
  { zoom: 'page', label: 'zoomPage' },
] as const;

/**
 * The side panels already get the plan once typing pauses (EditorScreen's SETTLE_MS): the preview
 * only waits for the main thread to be idle on top of that.
 */
const PREVIEW_SETTLE_MS = 0;

/** The export stamps a draft with the time to the minute: the preview shows the same line, now. */
function minuteNow(): string {
  return new Date().toISOString().slice(0, 16);
}

export function PreviewPanel({ plan, revision = null }: { plan: Plan; revision?: number | null }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(false);
  const [zoom, setZoom] = useState<PreviewZoom>('fit');
  // Re-laying out A4 pages must not slow typing (issue 13): the preview is laid out when the main
  // thread is idle after opening, then again once typing pauses, never on a keystroke.
  const shown = useSettledValue(plan, PREVIEW_SETTLE_MS);
  return (
    <div className="panel" data-testid="preview-panel">
      <div className="panel-head">
        <h3>{t('preview')}</h3>
        <div className="preview-zoom" role="group" aria-label={t('previewZoom')}>
          {ZOOMS.map((z) => (
            <button
              key={z.zoom}
              type="button"
              className={zoom === z.zoom ? 'zoom zoom-on' : 'zoom'}
              aria-pressed={zoom === z.zoom}
              onClick={() => setZoom(z.zoom)}
            >
              {t(z.label)}
            </button>
          ))}
        </div>
        <label className="check small">
          <input type="checkbox" checked={draft} onChange={(e) => setDraft(e.target.checked)} />{' '}
          {t('exportDraft')}
        </label>
      </div>
      <div
        className="panel-body preview-mount"
        id="a4-preview-mount"
        // Busy until the preview has caught up with the plan (it follows once typing pauses).
        aria-busy={A4Preview !== null && shown !== plan}
      >
        {A4Preview ? (
          shown === null ? null : (
            <A4Preview
              plan={shown}
              draft={draft}
              zoom={zoom}
              // Only the draft stamp shows the revision: without it, an autosave lays out nothing again.
              revision={draft ? revision : null}
              exportedAt={draft ? minuteNow() : null}
            />
          )
        ) : (
          <p className="muted">{t('previewPending')}</p>
        )}
      </div>
    </div>
  );
}
