/** The Content Security Policy holds on real pages: nothing is blocked, on pages with and without JavaScript features. */
import { expect, test, type Page } from '@playwright/test';
import { fixtureSite } from './fixture-site.ts';

async function collectViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { cspViolations: string[] }).cspViolations ??= [];
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}

/** Every dialog a page opens (dismissed) and every request it makes to another site: what a live attack would do. */
function watchForAttacks(page: Page): { dialogs: string[]; foreign: string[] } {
  const dialogs: string[] = [];
  const foreign: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(fixtureSite('/'))) foreign.push(request.url());
  });
  return { dialogs, foreign };
}

for (const path of [
  '/',
  '/world/',
  '/world/2018/05/09/mexico-frustration-with-trump-grows/',
  '/local/2024/03/05/synthetic-council-budget-vote/',
  '/by/fixture-reporter-one/',
  '/no/such/page/',
]) {
  test(`no CSP violation on ${path}`, async ({ page }) => {
    const violations = await collectViolations(page);
    await page.goto(fixtureSite(path));
    await page.waitForLoadState('networkidle');
    const reported = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
    expect([...violations, ...reported]).toEqual([]);
  });
}

test('no CSP violation while searching', async ({ page }) => {
  const violations = await collectViolations(page);
  await page.goto(fixtureSite('/search/'));
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('trade');
  await expect(page.locator('[data-search-results] h2 a').first()).toBeVisible();
  const reported = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
  expect([...violations, ...reported]).toEqual([]);
});

test('the share button works under the policy', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const violations = await collectViolations(page);
  await page.goto(fixtureSite('/world/2024/02/20/synthetic-summit-ends/'));
  await expect(page.getByRole('region', { name: 'Share this article' }).getByRole('button')).toBeVisible();
  expect(violations).toEqual([]);
});

test('every page carries the policy in a meta element, and _headers adds frame-ancestors', async ({ page, request }) => {
  await page.goto(fixtureSite('/'));
  const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'))!;
  for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"])
    expect(policy).toContain(directive);
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  const headers = await (await request.get(fixtureSite('/_headers'))).text();
  expect(headers).toMatch(/Content-Security-Policy: .*frame-ancestors 'none'/);
  for (const header of ['X-Content-Type-Options: nosniff', 'Referrer-Policy:', 'Permissions-Policy:', 'Strict-Transport-Security:'])
    expect(headers).toContain(header);
});

test('the hostile-Markdown article opens no dialog and loads nothing from elsewhere', async ({ page }) => {
  const { dialogs, foreign } = watchForAttacks(page);
  await page.goto(fixtureSite('/testing/2023/06/01/synthetic-hostile-markdown/'));
  await page.waitForLoadState('networkidle');
  await page.locator('.article-body').hover();
  expect(dialogs).toEqual([]);
  expect(foreign).toEqual([]);
});

test('words that look like markup stay words in search results: no dialog, no image, no redirect', async ({ page }) => {
  const { dialogs, foreign } = watchForAttacks(page);
  await page.goto(fixtureSite('/search/'));
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('onerror');
  const result = page.locator('[data-search-results] > li').filter({ hasText: 'hostile Markdown' });
  await expect(result).toBeVisible();
  await expect(result.locator('h2 a')).toContainText("<img src=x onerror=alert('v32')>");
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('evilmarker');
  await expect(page.locator('[data-search-results] .result-excerpt').first()).toContainText('<a href=');
  await page.waitForTimeout(1500);
  expect(
    await page.locator('[data-search-results] img, [data-search-results] a[href*="evil.example"], [data-search-results] meta').count(),
  ).toBe(0);
  expect(page.url()).toBe(fixtureSite('/search/?q=evilmarker'));
  expect(dialogs).toEqual([]);
  expect(foreign).toEqual([]);
});
