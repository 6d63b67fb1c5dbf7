import type { HtmlTagDescriptor, Plugin, UserConfig } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import viteConfig, { staticHostHeaders } from '../../vite.config';

const IMAGES =
  "img-src 'self' https://thespacedevs-prod.nyc3.digitaloceanspaces.com https://thespacedevs-dev.nyc3.digitaloceanspaces.com";
const policy = (connect: string) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    IMAGES,
    `connect-src 'self' ${connect}`,
    "object-src 'none'",
    "base-uri 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "form-action 'self'",
  ].join('; ');

/** The config as `vite build` and `vite preview` resolve it, with the environment as it is now. */
function resolveConfig(): UserConfig {
  const config = viteConfig as unknown as (env: { mode: string; command: string }) => UserConfig;
  return config({ mode: 'production', command: 'build' });
}

/** The policy the build writes into index.html's meta tag. */
function metaPolicy(config: UserConfig): string {
  const plugin = (config.plugins as Plugin[]).find((p) => p.name === 'content-security-policy')!;
  const transform = plugin.transformIndexHtml as () => HtmlTagDescriptor[];
  return String(transform()[0]!.attrs!.content);
}

afterEach(() => {
  delete process.env.VITE_LL2_BASE_URL;
});

describe('the Content-Security-Policy', () => {
  it('allows the live and development LL2 hosts by default, in the build and as a header', () => {
    const config = resolveConfig();
    const expected = policy('https://ll.thespacedevs.com https://lldev.thespacedevs.com');
    expect(metaPolicy(config)).toBe(expected);
    expect(config.preview?.headers).toEqual({
      'Content-Security-Policy': `${expected}; frame-ancestors 'none'`,
      'X-Frame-Options': 'DENY',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    });
  });

  it('allows the API a build is pointed at with VITE_LL2_BASE_URL instead of the live host', () => {
    process.env.VITE_LL2_BASE_URL = 'https://ll2.example.org:8443/2.3.0';
    const config = resolveConfig();
    const expected = policy('https://ll2.example.org:8443 https://lldev.thespacedevs.com');
    expect(metaPolicy(config)).toBe(expected);
    expect(config.preview?.headers?.['Content-Security-Policy']).toBe(
      `${expected}; frame-ancestors 'none'`,
    );
  });
});

/** `_headers` as a static host reads it: a path, then its headers indented below it. */
function readHeadersFile(text: string): Record<string, Record<string, string>> {
  const rules: Record<string, Record<string, string>> = {};
  let path = '';
  for (const line of text.split('\n').filter(Boolean)) {
    if (!line.startsWith('  ')) rules[(path = line)] = {};
    else {
      const [name, ...value] = line.trim().split(': ');
      rules[path]![name!] = value.join(': ');
    }
  }
  return rules;
}

describe("the build's _headers file for static hosts", () => {
  it('sends every path the same headers as npm start, revalidates the entry points and keeps hashed assets', () => {
    const rules = readHeadersFile(staticHostHeaders('https://ll.thespacedevs.com/2.3.0'));
    expect(rules['/*']).toEqual(resolveConfig().preview?.headers);
    expect(rules['/*']!['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    for (const path of ['/', '/index.html', '/sw.js', '/manifest.webmanifest', '/snapshot/*'])
      expect(rules[path]).toEqual({ 'Cache-Control': 'no-cache' });
    expect(rules['/assets/*']).toEqual({
      'Cache-Control': 'public, max-age=31536000, immutable',
    });
    expect(Object.keys(rules)).toHaveLength(7);
  });
});
