import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from '../shared/contract/contentSecurityPolicy.ts';

const CSP_META = /<meta\s+http-equiv=["']Content-Security-Policy["']/i;

/**
 * index.html with the app's CSP meta tag at the top of <head> (after the charset), so that it governs
 * every script and stylesheet after it. The policy's one source is shared/contract/contentSecurityPolicy.ts:
 * a policy written into index.html by hand is refused rather than silently doubled.
 */
export function withCspMeta(html: string, policy: string = CONTENT_SECURITY_POLICY_META): string {
  if (CSP_META.test(html)) {
    throw new Error('index.html already has a CSP meta tag; the policy comes from contentSecurityPolicy.ts');
  }
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error('index.html has no <head>');
  const escaped = policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  // Right after <meta charset> when there is one (the charset must come first), else after <head>.
  const charset = /<meta\s+charset=[^>]*>/i.exec(html.slice(head.index));
  const at = charset ? head.index + charset.index + charset[0].length : head.index + head[0].length;
  return `${html.slice(0, at)}\n    <meta http-equiv="Content-Security-Policy" content="${escaped}" />${html.slice(at)}`;
}

/**
 * Injects the CSP into the built page only: Vite's dev server adds an inline React-refresh preamble
 * that this policy would block.
 */
export function cspMetaPlugin(): Plugin {
  return {
    name: 'plandraft-csp-meta',
    apply: 'build',
    transformIndexHtml: { order: 'pre', handler: (html) => withCspMeta(html) },
  };
}
