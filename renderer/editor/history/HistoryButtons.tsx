import { useMessages } from '../../i18n/I18n.tsx';
import { historyMessages } from './historyText.ts';
import type { PlanHistoryApi } from './usePlanHistory.ts';

/** The toolbar's "Hoàn tác" and "Làm lại", disabled when there is no step to take. */
export function HistoryButtons({ history }: { history: PlanHistoryApi }) {
  const { t } = useMessages(historyMessages);
  return (
    <span className="history-buttons">
      <button
        type="button"
        className="btn"
        disabled={!history.canUndo}
        onClick={history.undo}
        title={t('undoTip')}
      >
        <span aria-hidden="true">↶ </span>
        {t('undo')}
      </button>
      <button
        type="button"
        className="btn"
        disabled={!history.canRedo}
        onClick={history.redo}
        title={t('redoTip')}
      >
        <span aria-hidden="true">↷ </span>
        {t('redo')}
      </button>
    </span>
  );
}
