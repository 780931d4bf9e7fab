import { useMemo } from 'react';
import { getApi } from './api/getApi.ts';
import { EditorScreen } from './editor/EditorScreen.tsx';
import { useI18n } from './i18n/I18n.tsx';
import { LibraryScreen } from './library/LibraryScreen.tsx';
import { useRoute } from './shell/route.ts';

function LangSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t('language')}>
      {(['vi', 'en'] as const).map((l) => (
        <button
          key={l}
          type="button"
          className={lang === l ? 'lang lang-on' : 'lang'}
          aria-pressed={lang === l}
          onClick={() => setLang(l)}
          data-testid={`lang-${l}`}
        >
          {l === 'vi' ? 'VI' : 'EN'}
        </button>
      ))}
    </div>
  );
}

export function App() {
  const { t } = useI18n();
  const source = useMemo(() => getApi(), []);
  const [route, navigate] = useRoute();
  return (
    <div className="app">
      <header className="appbar">
        <button type="button" className="brand" onClick={() => navigate({ name: 'library' })}>
          <span className="brand-mark">KH</span>
          <span className="brand-name">{t('appName')}</span>
        </button>
        <span className="appbar-spacer" />
        <LangSwitch />
      </header>
      {source.kind === 'no-token' ? (
        <div className="screen">
          <div className="screen-body">
            <div className="banner banner-error" role="alert">
              {t('noToken')}
            </div>
          </div>
        </div>
      ) : route.name === 'editor' ? (
        <EditorScreen
          key={route.planId}
          api={source.api}
          planId={route.planId}
          onBack={() => navigate({ name: 'library' })}
        />
      ) : (
        <LibraryScreen api={source.api} openPlan={(planId) => navigate({ name: 'editor', planId })} />
      )}
    </div>
  );
}
