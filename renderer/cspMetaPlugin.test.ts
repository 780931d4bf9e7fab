import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_META,
} from '../shared/contract/contentSecurityPolicy.ts';
import { withCspMeta } from './cspMetaPlugin.ts';
import indexHtml from './index.html?raw';

describe('CSP meta injection', () => {
  it('puts the shared policy first in <head> of index.html, which carries none of its own', () => {
    const html = withCspMeta(indexHtml);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)" \/>/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY_META);
    expect(html.indexOf('<meta charset')).toBeLessThan(html.indexOf('Content-Security-Policy'));
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<link'));
    expect(html).toContain('<title>Soạn thảo Kế hoạch — PlanDraft</title>');
  });

  it('refuses a second, hand-written policy and a page without <head>', () => {
    expect(() => withCspMeta(withCspMeta(indexHtml))).toThrow(/already has a CSP/);
    expect(() => withCspMeta('<html><body></body></html>')).toThrow(/no <head>/);
  });

  it('escapes the attribute value', () => {
    expect(withCspMeta('<head></head>', `a "b" & c`)).toContain('content="a &quot;b&quot; &amp; c"');
  });
});

describe('the policy', () => {
  it('is strict: nothing by default, scripts only from the app, no eval, not frameable', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'; /);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('leaves out of the meta tag only what browsers ignore there', () => {
    expect(CONTENT_SECURITY_POLICY_META).not.toContain('frame-ancestors');
    expect(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", '')).toBe(
      CONTENT_SECURITY_POLICY_META,
    );
  });
});
