/**
 * The Content Security Policy for the renderer, written once: sent as a header by `warrant
 * serve` and by Electron's app:// protocol handler, and put into the built index.html as a meta
 * tag by the Vite build (vite.config.ts), so it holds wherever the page is loaded. No inline
 * scripts, no eval, nothing loaded from anywhere but the app itself: article text is untrusted
 * and must never become code.
 *
 * One inline stylesheet is allowed, by its hash: the HTML report's (shared/report/html-styles.ts).
 * The export dialog previews the report in a sandboxed `<iframe srcdoc>`, and a srcdoc document
 * inherits this policy, so without the hash the preview showed unstyled. A hash admits exactly
 * that text and nothing an article or a claim could inject.
 */
import { createHash } from 'node:crypto';
import { REPORT_STYLES } from '../../shared/report/html-styles.js';

/** The CSP source admitting the report's `<style>` element (its text exactly). */
export const REPORT_STYLE_HASH = `'sha256-${createHash('sha256').update(REPORT_STYLES, 'utf8').digest('base64')}'`;

const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${REPORT_STYLE_HASH}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
] as const;

/** The policy as a header value. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** The policy for a `<meta http-equiv>` tag: without `frame-ancestors`, which browsers ignore (and warn about) there. */
export const CONTENT_SECURITY_POLICY_META = DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');
