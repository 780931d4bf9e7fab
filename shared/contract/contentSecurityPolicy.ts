/**
 * THE content security policy of the app's page, wherever it is served: the Electron window (a
 * response header from the session), the browser-mode host (a response header) and the built
 * renderer/index.html (a meta tag, injected at build by renderer/cspMetaPlugin.ts, so that a gap in
 * the header delivery is still covered). Inline styles stay allowed because the rich-text editor
 * sets style attributes; scripts and workers come only from the app's own files; nothing may frame
 * the page.
 */
const directives: ReadonlyArray<readonly [name: string, value: string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  // The live checks run in a Web Worker loaded from the app's own files (issue 13).
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a browser ignores (and warns about) in a meta tag: they work only as a header. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

const serialise = (list: typeof directives) => list.map(([name, value]) => `${name} ${value}`).join('; ');

/** The `Content-Security-Policy` response header. */
export const CONTENT_SECURITY_POLICY = serialise(directives);

/** The same policy for `<meta http-equiv="Content-Security-Policy">`, without the header-only part. */
export const CONTENT_SECURITY_POLICY_META = serialise(directives.filter(([name]) => !HEADER_ONLY.has(name)));
