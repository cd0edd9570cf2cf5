/**
 * The article page, rendered by Astro's container API from the real content
 * store, for the seed entry.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getCollection } from 'astro:content';
import { beforeAll, describe, expect, it } from 'vitest';
import ArticlePage from '../../src/pages/[section]/[year]/[month]/[day]/[slug].astro';
import RelatedLinks from '#components/RelatedLinks.astro';
import ArticlePhoto from '#components/ArticlePhoto.astro';
import ArticleBody from '#components/ArticleBody.astro';
import { renderBody } from '#lib/markdown/render-body.ts';
import { bodyImagePicture, leadPicture } from '#lib/photos/photo-uses.ts';
import { htmlText } from '../support/html-text.ts';
import { seed } from '../support/seed.ts';

let html = '';
let text = '';

beforeAll(async () => {
  const articles = await getCollection('articles');
  const article = articles.find((entry) => entry.id === seed.slug);
  if (!article) throw new Error(`seed entry ${seed.slug} is not in the content store`);
  const container = await AstroContainer.create({ astroConfig: { site: 'https://news.example.com' } });
  html = await container.renderToString(ArticlePage, {
    props: {
      article,
      navigation: { sections: [{ label: 'World', href: '/world/' }], pages: [], since: '2018' },
      moreFromSection: [],
      authorProfiles: { 'The Washington Post': [] },
    },
    request: new Request(`https://news.example.com${seed.permalink}`),
  });
  text = htmlText(html);
});

describe('article page (seed entry)', () => {
  it('renders the headline as the one h1', () => {
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(htmlText(/<h1[^>]*>[\s\S]*?<\/h1>/.exec(html)![0])).toBe(seed.headline);
  });

  it('renders all 31 body paragraphs word for word', () => {
    expect(seed.paragraphs).toHaveLength(31);
    for (const paragraph of seed.paragraphs) expect(text).toContain(paragraph);
  });

  it('opens with no photo box while its photo has a caption but no file', () => {
    expect(html).not.toContain('<figure class="article-photo');
    expect(text).not.toContain(seed.caption);
  });

  it('renders the eight related headlines in order', () => {
    const aside = htmlText(/<aside[\s\S]*?<\/aside>/.exec(html)![0]);
    const positions = seed.relatedHeadlines.map((headline) => aside.indexOf(headline));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('has a canonical link to the absolute permalink', () => {
    expect(html).toContain(`<link rel="canonical" href="https://news.example.com${seed.permalink}">`);
  });

  it('leaves out the page furniture the seed marks as not article', () => {
    for (const furniture of seed.furniture) expect(text).not.toContain(furniture);
  });
});

describe('RelatedLinks', () => {
  it('renders nothing, not even its heading, when there are no related links', async () => {
    const container = await AstroContainer.create();
    const out = await container.renderToString(RelatedLinks, { props: { links: [], timeZone: 'America/New_York' } });
    expect(out.trim()).toBe('');
  });

  it('labels the aside by a heading that exists', async () => {
    const container = await AstroContainer.create();
    const out = await container.renderToString(RelatedLinks, {
      props: { links: [{ title: 'A', url: '/a/' }], timeZone: 'America/New_York' },
    });
    const labelledBy = /<aside[^>]*aria-labelledby="([^"]+)"/.exec(out)?.[1];
    expect(labelledBy).toBeTruthy();
    expect(out).toContain(`<h2 id="${labelledBy}"`);
  });

  it('renders an item without an address as text, not a link', async () => {
    const container = await AstroContainer.create();
    const out = await container.renderToString(RelatedLinks, {
      props: { links: [{ title: 'Unlinked headline' }], timeZone: 'America/New_York' },
    });
    expect(out).toContain('Unlinked headline');
    expect(out).not.toMatch(/<a[\s>]/);
    expect(out).toMatch(/<span class="no-link"[^>]*>\(no link\)<\/span>/);
  });

  it('tells screen-reader users an external link leaves the site', async () => {
    const container = await AstroContainer.create();
    const out = await container.renderToString(RelatedLinks, {
      props: { links: [{ title: 'Elsewhere', url: 'https://example.org/' }], timeZone: 'America/New_York' },
    });
    expect(out).toMatch(
      /<a href="https:\/\/example.org\/" rel="noopener noreferrer"[^>]*>Elsewhere<span class="visually-hidden"[^>]*> \(external site\)<\/span>/,
    );
  });
});

const source = { hash: 'a'.repeat(64), width: 1200, height: 800 };

describe('ArticlePhoto', () => {
  const render = async () =>
    (await AstroContainer.create()).renderToString(ArticlePhoto, {
      props: { photo: { caption: 'C', credit: 'K', alt: 'A desk', picture: leadPicture(source) } },
    });

  it('reserves the image box at the photo’s shape', async () => {
    expect(await render()).toMatch(/<img [^>]*width="1200" height="800"[^>]*alt="A desk"/);
  });

  it('offers WebP at every width it has, and a JPEG for the rest', async () => {
    const out = await render();
    expect(out).toMatch(
      /<source type="image\/webp" srcset="[^"]*400\.webp 400w, [^"]*608\.webp 608w, [^"]*800\.webp 800w, [^"]*1200\.webp 1200w"/,
    );
    expect(out).toMatch(/<img [^>]*src="\/_photos\/[0-9a-f]{20}\/800\.jpg"/);
  });

  it('loads first, as the page’s largest image', async () => {
    expect(await render()).toMatch(/<img [^>]*loading="eager"[^>]*fetchpriority="high"/);
  });
});

describe('ArticleBody', () => {
  it('draws a captioned body image inside its figure, above its caption', async () => {
    const { html: body } = await renderBody('![A river](./river.jpg "The river at dawn. (Ana Ruiz/Reuters)")', { typography: 'as-typed' });
    const container = await AstroContainer.create();
    const out = await container.renderToString(ArticleBody, {
      props: { html: body, images: { './river.jpg': bodyImagePicture(source) } },
    });
    expect(out).toMatch(
      /<figure><picture[ >][\s\S]*<\/picture><figcaption>The river at dawn\. <small>Ana Ruiz\/Reuters<\/small><\/figcaption><\/figure>/,
    );
  });
});
