import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { fixtureSite } from './fixture-site.ts';

const target = '/local/2024/03/05/synthetic-council-budget-vote/';

test('an old address sends the reader on to the permalink', async ({ page }) => {
  await page.goto(fixtureSite('/local/old-budget-story/'));
  await page.waitForURL(fixtureSite(target));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('council approves a budget');
});

test('the old address names the permalink as canonical and is not indexed', async ({ request }) => {
  const html = await (await request.get(fixtureSite('/local/old-budget-story/'))).text();
  expect(html).toContain(`<link rel="canonical" href="https://news.example.com${target}">`);
  expect(html).toContain('<meta name="robots" content="noindex">');
});

test('_redirects lists the old address as a permanent redirect, forced for Netlify, then plain for Cloudflare Pages', () => {
  expect(readFileSync('dist-fixture/_redirects', 'utf8')).toBe(
    `/local/old-budget-story/ ${target} 301!\n/local/old-budget-story/ ${target} 301\n`,
  );
});
