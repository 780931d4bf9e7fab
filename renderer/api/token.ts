const STORAGE_KEY = 'plandraft.token';

/**
 * The browser-mode host prints its address with a per-run token in the fragment (never sent to the
 * server in a request line, never logged). The page takes it once, keeps it for this tab in
 * sessionStorage so a reload keeps working, and removes it from the address bar.
 */
export function takeToken(loc: Pick<Location, 'hash'>, storage: Storage): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(loc.hash);
  if (match?.[1]) {
    const token = decodeURIComponent(match[1]);
    storage.setItem(STORAGE_KEY, token);
    return token;
  }
  return storage.getItem(STORAGE_KEY);
}

/** The fragment with the token removed, so the route part (if any) survives. */
export function hashWithoutToken(hash: string): string {
  const rest = hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => !part.startsWith('token='))
    .join('&');
  return rest ? `#${rest}` : '';
}
