import type { ErrorInfo } from '../../shared/contract/appError.ts';
import { useI18n } from '../i18n/I18n.tsx';

/** An error from an envelope, in the UI language, with its code for support. Never swallowed. */
export function ErrorBanner({ error, onRetry }: { error: ErrorInfo; onRetry?: () => void }) {
  const { t, errorText } = useI18n();
  return (
    <div className="banner banner-error" role="alert" data-testid="error-banner">
      <span>{errorText(error)}</span>
      <code className="err-code">{error.code}</code>
      {onRetry ? (
        <button type="button" className="btn btn-small" onClick={onRetry}>
          {t('retry')}
        </button>
      ) : null}
    </div>
  );
}
