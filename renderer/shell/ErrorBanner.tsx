import type { ErrorInfo } from '../../shared/contract/appError.ts';
import { userMessage } from '../../shared/contract/userMessage.ts';
import { useI18n } from '../i18n/I18n.tsx';

/**
 * What support needs (the code, the operation, a path) and the user does not: folded away under
 * "Chi tiết kỹ thuật", so the sentence above it stays one a civil servant reads.
 */
export function TechnicalDetails({ error }: { error: ErrorInfo }) {
  const { t, lang } = useI18n();
  return (
    <details className="tech-details" data-testid="tech-details">
      <summary>{t('technicalDetails')}</summary>
      <pre className="err-code">{userMessage(error, lang).technical}</pre>
    </details>
  );
}

/** An error from an envelope, in the UI language, its technical side folded away. Never swallowed. */
export function ErrorBanner({ error, onRetry }: { error: ErrorInfo; onRetry?: () => void }) {
  const { t, errorText } = useI18n();
  return (
    <div className="banner banner-error" role="alert" data-testid="error-banner">
      <span>{errorText(error)}</span>
      <TechnicalDetails error={error} />
      {onRetry ? (
        <button type="button" className="btn btn-small" onClick={onRetry}>
          {t('retry')}
        </button>
      ) : null}
    </div>
  );
}
