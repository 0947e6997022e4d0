import type { Plugin } from 'vite';

/**
 * Adds a Content-Security-Policy to the built index.html. `connect-src 'self'` and friends make the
 * promise "no data leaves the page" hold in the browser itself: any request to another origin is blocked.
 * Build only: the dev server injects inline scripts (React Fast Refresh) that a strict policy would block.
 * 'wasm-unsafe-eval' lets TensorFlow.js compile its WebAssembly backend; inline styles are used by charts and KaTeX.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'lifecycle-lab:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
        injectTo: 'head-prepend',
      },
    ],
  };
}
