import { memo } from 'react';
import type { RendererApi } from '../../shared/contract/operations.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { editorPanels, type EditorPanelProps } from '../slots.ts';
import { PreviewPanel } from './PreviewPanel.tsx';

/**
 * The side column: the A4 preview, then the feature panels registered in renderer/slots.ts (checks,
 * …). Memoised and given the settled plan by the editor (issue 13): a keystroke re-renders only
 * its own block, and the column follows once typing pauses, in a render React may interrupt.
 */
export const SidePanels = memo(function SidePanels(
  props: Omit<EditorPanelProps, 'plan'> & { plan: Plan; revision: number | null; api: RendererApi },
) {
  const { lang, t } = useI18n();
  const { plan, revision, ...rest } = props;
  return (
    <aside className="side-panel" aria-label={t('sidePanel')}>
      <PreviewPanel plan={plan} revision={revision} />
      {editorPanels
        .filter((p) => p.visible?.(plan) ?? true)
        .map(({ id, title, Component }) => (
          <div className="panel" key={id} data-panel={id}>
            <div className="panel-head">
              <h3>{title(lang)}</h3>
            </div>
            <div className="panel-body">
              <Component {...rest} plan={plan} />
            </div>
          </div>
        ))}
    </aside>
  );
});
