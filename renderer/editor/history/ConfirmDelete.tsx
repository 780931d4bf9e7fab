import { useCallback, useState, type ReactNode } from 'react';
import { useMessages } from '../../i18n/I18n.tsx';
import { Modal } from '../../shell/Modal.tsx';
import { historyMessages } from './historyText.ts';

export interface DeleteRequest {
  title: string;
  text: string;
  onConfirm: () => void;
}

/**
 * Asking before a deletion, in the product's own dialog (never `window.confirm`, which the desktop
 * shell cannot style or translate). `ask` opens it; render `dialog` where the caller renders.
 */
export function useConfirmDelete(): { ask: (request: DeleteRequest) => void; dialog: ReactNode } {
  const { t } = useMessages(historyMessages);
  const [request, setRequest] = useState<DeleteRequest | null>(null);
  const ask = useCallback((r: DeleteRequest) => setRequest(r), []);
  const close = () => setRequest(null);
  const dialog = request ? (
    <Modal title={request.title} onClose={close} testId="confirm-delete-dialog">
      <p>{request.text}</p>
      <p className="muted small">{t('undoHint')}</p>
      <div className="modal-actions">
        <button type="button" className="btn" onClick={close}>
          {t('cancel')}
        </button>
        <button
          type="button"
          className="btn btn-danger"
          onClick={() => {
            setRequest(null);
            request.onConfirm();
          }}
        >
          {t('confirmDelete')}
        </button>
      </div>
    </Modal>
  ) : null;
  return { ask, dialog };
}
