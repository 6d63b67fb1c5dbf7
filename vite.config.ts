/// <reference types="vitest/config" />
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const LIVE_API = 'https://ll.thespacedevs.com/2.3.0';
const DEV_API = 'https://lldev.thespacedevs.com/2.3.0';
/** Where LL2's images live (production and development). */
const IMAGE_HOSTS = [
  'https://thespacedevs-prod.nyc3.digitaloceanspaces.com',
  'https://thespacedevs-dev.nyc3.digitaloceanspaces.com',
];

const TEST_TIME_ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Kolkata'];

/**
 * The production build's Content-Security-Policy: only the app itself, the LL2 hosts and LL2's
 * image host. Hosts serving the app should send the same as a header (see the README).
 */
export function contentSecurityPolicy(liveApi: string): string {
  const apiOrigins = [...new Set([new URL(liveApi).origin, new URL(DEV_API).origin])];
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' ${IMAGE_HOSTS.join(' ')}`,
    `connect-src 'self' ${apiOrigins.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * What `npm start` (vite preview) sends with every response, as a static host should: the policy as a
 * header, where it can also forbid framing, and the usual hardening headers.
 */
export function securityHeaders(liveApi: string): Record<string, string> {
  return {
    'Content-Security-Policy': `${contentSecurityPolicy(liveApi)}; frame-ancestors 'none'`,
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
}

function cspMetaTag(liveApi: string): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(liveApi) },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const liveApi = env.VITE_LL2_BASE_URL || LIVE_API;
  return {
    plugins: [react(), cspMetaTag(liveApi)],
    preview: { port: 4173, strictPort: true, headers: securityHeaders(liveApi) },
    test: {
      setupFiles: ['test/setup.ts'],
      // The unit tests run in three zones: UTC, one west of it with summer time, and a half-hour one.
      // The dashboard is rendered in one zone that is not UTC, as most people's machines are.
      projects: [
        ...TEST_TIME_ZONES.map((zone) => ({
          extends: true as const,
          test: {
            name: `unit ${zone}`,
            include: ['test/unit/**/*.test.ts'],
            // Pure code needs no DOM; a file that does says so with `@vitest-environment jsdom`.
            environment: 'node',
            env: { TZ: zone },
          },
        })),
        {
          extends: true as const,
          test: {
            name: 'component',
            include: ['test/component/**/*.test.tsx'],
            environment: 'jsdom',
            setupFiles: ['test/setup-dom.ts'],
            env: { TZ: 'America/Los_Angeles' },
          },
        },
      ],
    },
  };
});
