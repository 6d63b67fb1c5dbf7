#!/usr/bin/env node
// Draws the app's PNG icons from public/favicon.svg with Chromium: `node scripts/icons.mjs`.
// The maskable ones fill the square (the platform cuts its own shape); the drawing stays inside
// the central safe circle.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const config = JSON.parse(readFileSync(new URL('./chromium.json', import.meta.url), 'utf8'));
const svg = readFileSync('public/favicon.svg', 'utf8');
const fullBleed = svg.replace('rx="6" fill="#1d3557"', 'fill="#1d3557"');

const icons = [
  ['public/icons/icon-192.png', 192, svg],
  ['public/icons/icon-512.png', 512, svg],
  ['public/icons/maskable-192.png', 192, fullBleed],
  ['public/icons/maskable-512.png', 512, fullBleed],
  ['public/icons/apple-touch-icon.png', 180, fullBleed],
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? config.executablePath,
  args: config.args,
});
for (const [path, size, source] of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<style>*{margin:0}</style>${sized}`);
  await page.locator('svg').screenshot({ path, omitBackground: true });
  await page.close();
  console.log(`${path} (${size}×${size})`);
}
await browser.close();
