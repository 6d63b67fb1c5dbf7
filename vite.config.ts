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
  return {
    plugins: [react(), cspMetaTag(env.VITE_LL2_BASE_URL || LIVE_API)],
    preview: { port: 4173, strictPort: true },
    test: {
      environment: 'jsdom',
      include: ['test/unit/**/*.test.ts', 'test/component/**/*.test.tsx'],
      setupFiles: ['test/setup.ts'],
    },
  };
});
