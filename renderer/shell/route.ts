import { useEffect, useState } from 'react';

export type Route = { name: 'library' } | { name: 'editor'; planId: string };

/** Routes live in the fragment (#/plan/<id>) so they work from file:// under Electron too. */
export function parseRoute(hash: string): Route {
  const m = /^#\/plan\/([^/&]+)/.exec(hash);
  if (m?.[1]) return { name: 'editor', planId: decodeURIComponent(m[1]) };
  return { name: 'library' };
}

export function routeHash(route: Route): string {
  return route.name === 'editor' ? `#/plan/${encodeURIComponent(route.planId)}` : '#/';
}

export function useRoute(): [Route, (r: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const navigate = (r: Route) => {
    window.location.hash = routeHash(r);
  };
  return [route, navigate];
}
