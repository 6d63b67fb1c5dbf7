/// <reference types="vitest/config" />
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

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
    // The service worker and the manifest come from the app's own host.
    "worker-src 'self'",
    "manifest-src 'self'",
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

/**
 * `dist/_headers`, in the format static hosts such as Netlify and Cloudflare Pages read: the same
 * headers as `npm start` for every path, and caching that lets a new build and a new snapshot reach
 * visitors (the entry points are revalidated; hashed assets are kept for a year).
 */
export function staticHostHeaders(liveApi: string): string {
  const always = Object.entries(securityHeaders(liveApi)).map(
    ([name, value]) => `  ${name}: ${value}`,
  );
  const revalidate = ['/', '/index.html', '/sw.js', '/manifest.webmanifest', '/snapshot/*'].map(
    (path) => `${path}\n  Cache-Control: no-cache`,
  );
  return [
    `/*\n${always.join('\n')}`,
    ...revalidate,
    '/assets/*\n  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}

function headersFile(liveApi: string): Plugin {
  return {
    name: 'static-host-headers',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: staticHostHeaders(liveApi) });
    },
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

/** Light and dark: the browser's bar follows the page (index.html has one per colour scheme). */
const THEME_COLORS = { light: '#f7f8fa', dark: '#0f1318' };

/**
 * An installable app that opens offline after one visit: the service worker precaches the built
 * app (not the LL2 answers, which the query cache keeps, nor a snapshot, which changes daily and
 * would otherwise look like a new version). A new build waits until the person chooses to reload.
 */
function installableApp() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: null,
    manifest: {
      name: 'Station Dockings',
      short_name: 'Dockings',
      description:
        'Space-station docking events: who docked where and when, from Launch Library 2.',
      start_url: '.',
      scope: '.',
      display: 'standalone',
      background_color: THEME_COLORS.light,
      theme_color: '#1d3557',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
      globIgnores: ['snapshot/**'],
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
    },
  });
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const liveApi = env.VITE_LL2_BASE_URL || LIVE_API;
  return {
    plugins: [react(), cspMetaTag(liveApi), headersFile(liveApi), installableApp()],
    preview: { port: 4173, strictPort: true, headers: securityHeaders(liveApi) },
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              // Everything the first view needs in one file. Left alone, the bundler puts what the
              // entry shares with the panels loaded later into chunks of their own, two more
              // requests before the first render.
              { name: 'index', tags: ['$initial'] },
              // The code that reads LL2's answers in one file too: it comes with the first request.
              {
                name: 'read-dockings',
                test: /\/node_modules\/zod\/|\/src\/api\/(read-dockings|schemas|normalize|snapshot)\.ts$/,
              },
            ],
          },
        },
      },
    },
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
            // `npm run snapshot` run as a job would be, against a stand-in LL2 on this machine.
            name: 'scripts',
            include: ['test/scripts/**/*.test.ts'],
            environment: 'node',
            // Each test starts Node processes (the script, ESLint), which a busy machine can slow
            // past the default 5 s: the snapshot script's test took 5.7 s in a run at load 8.
            testTimeout: 30_000,
            env: { TZ: 'UTC' },
          },
        },
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
