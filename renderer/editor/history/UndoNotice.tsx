import { useMessages } from '../../i18n/I18n.tsx';
import { historyMessages } from './historyText.ts';
import type { PlanHistoryApi } from './usePlanHistory.ts';
import './history.css';

/** The non-modal notice after a deletion ("Đã xóa mục 8") with the button that brings it back. */
export function UndoNotice({ history }: { history: PlanHistoryApi }) {
  const { t } = useMessages(historyMessages);
  const { notice } = history;
  if (!notice) return null;
  return (
    <div className="undo-notice" role="status" aria-live="polite" data-testid="undo-notice">
      <span className="undo-notice-text">{notice.text}</span>
      <button type="button" className="btn btn-small undo-notice-undo" onClick={history.undo}>
        {t('undo')}
      </button>
      <button
        type="button"
        className="link undo-notice-close"
        onClick={history.dismissNotice}
        aria-label={t('closeNotice')}
        title={t('closeNotice')}
      >
        ✕
      </button>
    </div>
  );
}
