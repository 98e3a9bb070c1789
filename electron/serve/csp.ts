/**
 * The Content Security Policy for the renderer, sent by `warrant serve` and by Electron's
 * app:// protocol handler. No inline scripts, no eval, nothing loaded from anywhere but the
 * app itself: article text is untrusted and must never become code.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
