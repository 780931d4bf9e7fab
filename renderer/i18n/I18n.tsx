import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ErrorInfo } from '../../shared/contract/appError.ts';
import { userMessage } from '../../shared/contract/userMessage.ts';
import {
  fillPlaceholders,
  translate,
  type Lang,
  type MessageKey,
  type MessageParams,
  type Messages,
} from './messages.ts';

const STORAGE_KEY = 'plandraft.lang';

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  /**
   * The message of an error envelope in the UI language (Vietnamese unless switched), never a path,
   * code or stack (shared/contract/userMessage; those are under "Chi tiết kỹ thuật").
   */
  errorText: (error: ErrorInfo) => string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLang(): Lang {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage may be unavailable (private mode); the switch still works for this session.
    }
    document.documentElement.lang = next;
  }, []);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, params) => translate(lang, key, params),
      errorText: (error) => userMessage(error, lang).text,
    }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}

/** `t` over one dictionary (see defineMessages), in the UI language. */
export function useMessages<K extends string>(
  messages: Messages<K>,
): { lang: Lang; t: (key: K, params?: MessageParams) => string } {
  const { lang } = useI18n();
  const t = useCallback(
    (key: K, params?: MessageParams) => fillPlaceholders(messages[lang][key], params),
    [messages, lang],
  );
  return { lang, t };
}
