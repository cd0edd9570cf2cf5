import { describe, expect, it } from 'vitest';
import { withProblemsNotice } from '#lib/loading/problems-notice.ts';

const PAGE = '<!DOCTYPE html><html lang="en"><head><title>A</title></head><body class="x"><main>Story</main></body></html>';

describe('withProblemsNotice', () => {
  it('leaves a page alone when the content has no problems', () => {
    expect(withProblemsNotice(PAGE, [])).toBe(PAGE);
  });

  it('puts the problems first in the body, before the page itself', () => {
    const html = withProblemsNotice(PAGE, ['content/articles/a.md:3:1\n  headline: required']);
    expect(html.indexOf('role="alert"')).toBeGreaterThan(html.indexOf('<body class="x">'));
    expect(html.indexOf('role="alert"')).toBeLessThan(html.indexOf('<main>'));
    expect(html).toContain('content/articles/a.md:3:1\n  headline: required');
  });

  it('shows what an author typed as text, never as markup', () => {
    const html = withProblemsNotice(PAGE, ['content/articles/a.md\n  headline: "<img src=x onerror=alert(1)>" is too long']);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
