import type { InvalidField } from '../../../shared/model/savablePlan.ts';
import { useMessages } from '../../i18n/I18n.tsx';
import type { EditorSession } from '../session/editorSession.ts';
import { invalidMessages } from './invalidText.ts';

/**
 * The values the save left out, above the form: what the drafter must fix, each with a jump to its
 * input. A warning, not an error — everything else of the plan is saved.
 */
export function InvalidFieldsBanner({
  invalid,
  session,
}: {
  invalid: readonly InvalidField[];
  session: EditorSession;
}) {
  const { t, lang } = useMessages(invalidMessages);
  if (invalid.length === 0) return null;
  return (
    <div className="banner banner-warn invalid-banner" role="status" data-testid="invalid-fields">
      <div>{t('invalidTitle', { count: invalid.length })}</div>
      <ul>
        {invalid.map((f, i) => (
          <li key={`${f.key ?? ''}-${i}`}>
            {lang === 'en' ? f.messageEn : f.message}{' '}
            {f.address ? (
              <button type="button" className="link" onClick={() => f.address && session.focus(f.address)}>
                {t('invalidShow')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
