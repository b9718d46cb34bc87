import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The production page's Content Security Policy: only this origin, no eval and no inline script
 * but the page's own (each allowed by its hash), no plugins, no <base> hijack. Inline style
 * attributes stay allowed: React Flow positions nodes with them. Build only: the dev server
 * injects inline scripts for hot reload.
 */
export const csp = (inlineScripts: string[]) =>
  [
    "default-src 'self'",
    [
      "script-src 'self'",
      ...inlineScripts.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`),
    ].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');

export function cspPlugin(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    // Last, so every inline script the other plugins put in is there to hash.
    transformIndexHtml: {
      order: 'post',
      handler: (html) => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: csp(
              [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([^]*?)<\/script>/g)].map((m) => m[1]),
            ),
          },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
