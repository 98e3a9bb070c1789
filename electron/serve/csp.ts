/**
 * The Content Security Policy for the renderer, written once: sent as a header by `warrant
 * serve` and by Electron's app:// protocol handler, and put into the built index.html as a meta
 * tag by the Vite build (vite.config.ts), so it holds wherever the page is loaded. No inline
 * scripts, no eval, nothing loaded from anywhere but the app itself: article text is untrusted
 * and must never become code.
 */
const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
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
