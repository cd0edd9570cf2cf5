import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { renderBody } from '#lib/markdown/render-body.ts';
import { captionAndCredit } from '#lib/markdown/rehype-body-images.ts';
import { displayTypography, typographicText } from '#lib/markdown/typographic-text.ts';

const AS_TYPED = { typography: 'as-typed' } as const;
const TYPOGRAPHIC = { typography: 'typographic' } as const;

const errors = async (markdown: string) => (await renderBody(markdown, AS_TYPED)).changes.filter((change) => change.severity === 'error');
const warnings = async (markdown: string) =>
  (await renderBody(markdown, AS_TYPED)).changes.filter((change) => change.severity === 'warning').map((change) => change.message);

function elements(html: string): Element[] {
  const found: Element[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    found.push(node);
  });
  return found;
}

const SWALLOWING = [
  'template',
  'select',
  'form',
  'object',
  'button',
  'script',
  'style',
  'svg',
  'math',
  'iframe',
  'textarea',
  'title',
  'noscript',
];

describe('a tag name written in prose', () => {
  it.each(SWALLOWING)('<%s> that would swallow the text after it is an error naming its line and the fix', async (tag) => {
    const found = await errors(`First paragraph.\n\nForms use the <${tag}> element to hold things.\n\nThe last paragraph.\n`);
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBe(3);
    expect(found[0]!.message).toContain(`the <${tag}> element would be removed with the text inside it`);
    expect(found[0]!.message).toContain(`(\`<${tag}>\`) or as &lt;${tag}>`);
  });

  it.each(SWALLOWING)('<%s> written as code is published as its name', async (tag) => {
    const { html, changes } = await renderBody(`Forms use the \`<${tag}>\` element, or &lt;${tag}>.\n`, AS_TYPED);
    expect(changes).toEqual([]);
    expect(html).toContain(`<code>&#x3C;${tag}></code> element, or &#x3C;${tag}>.`);
  });

  it('quotes the words that would be lost', async () => {
    const [error] = await errors('Before <script>the words after</script>.');
    expect(error?.message).toContain('("the words after")');
  });
});

describe('markup the sanitiser removes without losing words', () => {
  it.each([
    ['<script src="https://evil.example/x.js"></script>', 'the <script> element is not published'],
    ['<iframe src="https://evil.example/"></iframe>', 'the <iframe> element is not published'],
    ['Red <font color="red">words</font>.', 'the <font> element is not published; the text inside it is kept'],
    ['<div onclick="steal()">text</div>', 'the onclick attribute of <div> ("steal()") is not published'],
    ['<p style="position:fixed">text</p>', 'the style attribute of <p> ("position:fixed") is not published'],
    ['[text](javascript:alert(1))', 'the href attribute of <a> ("javascript:alert(1)") is not published'],
  ])('%s is reported as a warning', async (markdown, message) => {
    expect(await warnings(markdown)).toContain(message);
    expect(await errors(markdown)).toEqual([]);
  });

  it('reports nothing for the markup articles use', async () => {
    const markdown =
      '## A heading\n\nA *b* **c** [link](https://example.org) <abbr title="x">X</abbr> x<sup>2</sup>.\n\n> Quote\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n<figure><blockquote>Q</blockquote><figcaption>C</figcaption></figure>\n';
    expect((await renderBody(markdown, AS_TYPED)).changes).toEqual([]);
  });

  it('keeps the words of a link whose address was refused, without an empty <a>', async () => {
    const { html } = await renderBody('Click <a href="javascript:alert(1)">these words</a> now.', AS_TYPED);
    expect(html).toContain('Click these words now.');
    expect(elements(html).filter((element) => element.tagName === 'a')).toEqual([]);
  });
});

describe('ids and focus from the body', () => {
  it.each(['Main content', 'Share heading', 'Corrections heading'])(
    'a heading "%s" cannot take one of the page\'s own ids',
    async (heading) => {
      const { html } = await renderBody(`## ${heading}\n\nText.`, AS_TYPED);
      const ids = elements(html).map((element) => element.properties['id']);
      expect(ids).not.toContain(heading.toLowerCase().replace(' ', '-'));
      expect(ids).toContain(`article-${heading.toLowerCase().replace(' ', '-')}`);
    },
  );

  it('points a link to a heading of the body at its prefixed id', async () => {
    const { html } = await renderBody('## The talks\n\nSee [the talks](#the-talks).', AS_TYPED);
    expect(html).toContain('<a href="#article-the-talks">the talks</a>');
  });

  it('an id written in raw HTML is prefixed too', async () => {
    const { html } = await renderBody('<p id="main-content">Text.</p>', AS_TYPED);
    expect(html).toContain('id="article-main-content"');
  });

  it.each(['tabindex="1"', 'tabindex="0"', 'accesskey="s"'])(
    "drops %s, which would take the page's keyboard order or keys",
    async (attribute) => {
      const { html, changes } = await renderBody(`<div ${attribute}>Text.</div>`, AS_TYPED);
      expect(html).not.toMatch(/tabindex|accesskey/i);
      expect(changes.map((change) => change.message).join()).toMatch(/the (tabindex|accesskey) attribute of <div>/);
    },
  );

  it.each(['# Heading', '<h1>Heading</h1>'])('publishes a level-1 heading (%s) as level 2, with a warning', async (markdown) => {
    const { html, changes } = await renderBody(`${markdown}\n\nText.`, AS_TYPED);
    expect(html).toMatch(/^<h2 id="article-heading">Heading<\/h2>/);
    expect(changes.map(({ severity, line }) => ({ severity, line }))).toEqual([{ severity: 'warning', line: 1 }]);
    expect(changes[0]?.message).toContain('level-1 heading');
  });
});

describe('footnotes', () => {
  const markdown = 'A claim[^1] and another[^source].\n\n[^1]: The first note.\n[^source]: The second note.\n';

  it('every footnote link reaches its note, and every back-link its reference', async () => {
    const found = elements((await renderBody(markdown, AS_TYPED)).html);
    const ids = new Set(found.map((element) => element.properties['id']).filter(Boolean));
    const fragments = found.filter((element) => element.tagName === 'a').map((element) => String(element.properties['href']));
    expect(fragments).toHaveLength(4);
    for (const fragment of fragments) expect(ids).toContain(fragment.slice(1));
  });

  it('the notes have a visible heading the references name', async () => {
    const found = elements((await renderBody(markdown, AS_TYPED)).html);
    const heading = found.find((element) => element.tagName === 'h2');
    expect(heading?.properties).toEqual({ id: 'article-footnote-label' });
    const reference = found.find((element) => element.properties['dataFootnoteRef'] !== undefined);
    expect(reference?.properties['ariaDescribedBy']).toEqual(['article-footnote-label']);
  });
});

describe('links as browsers read them', () => {
  it.each(['/\\evil.example/', '\\\\evil.example/'])('writes a raw HTML link %s as the other site it goes to, with rel', async (href) => {
    const { html } = await renderBody(`See <a href="${href}">this</a>.`, AS_TYPED);
    const link = elements(html).find((element) => element.tagName === 'a');
    expect(link?.properties['href']).toBe('https://evil.example/');
    expect(link?.properties['rel']).toEqual(['noopener', 'noreferrer']);
  });

  it('a Markdown link /\\host/ stays on this site: Markdown escapes the backslash', async () => {
    const { html } = await renderBody('See [this](</\\evil.example/>).', AS_TYPED);
    expect(html).toContain('href="/%5Cevil.example/"');
  });

  it('escapes a quotation mark in an address written in raw HTML', async () => {
    const { html } = await renderBody(`See <a href='https://example.org/a"b'>this</a>.`, AS_TYPED);
    expect(html).toContain('href="https://example.org/a%22b"');
  });
});

describe('links with a user name or password', () => {
  it.each([
    '[a](https://user:secret@example.org/a)',
    '[a](https://user@example.org/a)',
    '[a](http://:secret@example.org/a)',
    '<a href="https://user:secret@example.org/a">a</a>',
    '<a href="/\\user:secret@example.org/a">a</a>',
    '<https://user:secret@example.org/a>',
  ])('%s is an error naming its line and the host, never the password', async (link) => {
    const [error] = await errors(`Intro.\n\n${link}\n`);
    expect(error).toEqual({
      severity: 'error',
      line: 3,
      message:
        'the link to example.org has a user name or password in it ("user:password@" before the host), which the page would publish for anyone to read; remove them from the address',
    });
  });

  it('accepts an @ in a path or a mail address', async () => {
    expect(await errors('[a](https://social.example/@reporter) [b](mailto:desk@example.org)\n')).toEqual([]);
  });
});

describe('a control character made by a character reference', () => {
  it.each(['<p>raw &#x7; bell</p>', '<p>an &#x1b;[2J escape</p>', '<p>a &#127; delete</p>', '<abbr title="x&#x1;">X</abbr>'])(
    '%s is an error at its line',
    async (html) => {
      const [error] = await errors(`Intro.\n\n${html}\n`);
      expect(error).toMatchObject({
        line: 3,
        message: expect.stringMatching(/^a character reference in the HTML makes a control character \(U\+00/) as unknown,
      });
    },
  );

  it('leaves a Markdown reference to one, which becomes "\uFFFD", alone', async () => {
    const { html, changes } = await renderBody('A &#x1b; here.\n', AS_TYPED);
    expect(changes).toEqual([]);
    expect(html).toBe('<p>A \uFFFD here.</p>');
  });
});

describe('images in the body', () => {
  it.each([
    ['![A river at dawn](./river.jpg)', './river.jpg', 'A river at dawn'],
    ['![A river at dawn](river.jpg)', './river.jpg', 'A river at dawn'],
    ['<img src="./river.jpg" alt="A river at dawn">', './river.jpg', 'A river at dawn'],
    ['![](./rule.png "decorative")', './rule.png', ''],
  ])('%s is kept for the image pipeline and listed', async (markdown, path, alt) => {
    const { html, changes, images } = await renderBody(markdown, AS_TYPED);
    expect(changes).toEqual([]);
    expect(images).toEqual([path]);
    const [img] = elements(html).filter((element) => element.tagName === 'img');
    expect(img?.properties).toEqual({ src: path, alt, dataBodyImage: path });
  });

  it.each([
    ['![A river](https://images.example.org/river.jpg)', "is on another site: download it into the article's folder"],
    ['<img src="//images.example.org/river.jpg" alt="A river">', 'is on another site'],
    ['![A river](/photos/river.jpg)', 'must be a file beside the article'],
    ['![A river](../elsewhere/river.jpg)', 'must be a file beside the article'],
    ['![A river](./river.txt)', 'is not an image file'],
    ['![](./river.jpg)', 'needs alt text: describe it'],
    ['<img src=x onerror="alert(1)">', 'is not an image file'],
    ['<img src="javascript:alert(1)" alt="x">', 'is on another site'],
    [
      'Upstream, ![A river](./river.jpg "The river at dawn (A. Reporter)") and more.',
      'has a caption, "The river at dawn (A. Reporter)", so it must stand in a paragraph of its own',
    ],
  ])('%s stops the build', async (markdown, problem) => {
    const { html, changes, images } = await renderBody(markdown, AS_TYPED);
    expect(
      changes
        .filter((change) => change.severity === 'error')
        .map((change) => change.message)
        .join(),
    ).toContain(problem);
    expect(images).toEqual([]);
    expect(html).not.toContain('<img');
  });

  it('becomes a figure, its title the caption and the bracketed end the credit', async () => {
    const { html, changes, images } = await renderBody('![A river](./river.jpg "The river at dawn. (Ana Ruiz/Reuters)")', AS_TYPED);
    expect(changes).toEqual([]);
    expect(images).toEqual(['./river.jpg']);
    expect(html).toBe(
      '<figure><img src="./river.jpg" alt="A river" data-body-image="./river.jpg"><figcaption>The river at dawn. <small>Ana Ruiz/Reuters</small></figcaption></figure>',
    );
  });

  it('takes a title from raw HTML as a caption too', async () => {
    const { html } = await renderBody('<img src="./river.jpg" alt="A river" title="At dawn">', AS_TYPED);
    expect(html).toContain('<figcaption>At dawn</figcaption>');
  });

  it('keeps a caption without a credit whole', () => {
    expect(captionAndCredit('The river at dawn')).toEqual({ caption: 'The river at dawn' });
  });

  it('leaves brackets inside a caption in the caption', () => {
    expect(captionAndCredit('The Thames (London) at dawn')).toEqual({ caption: 'The Thames (London) at dawn' });
  });

  it('lists an image shown twice once', async () => {
    expect((await renderBody('![A](./a.jpg) and ![A again](./a.jpg)', AS_TYPED)).images).toEqual(['./a.jpg']);
  });
});

describe('typography', () => {
  it('curls quotes and apostrophes in a body by default', async () => {
    const { html } = await renderBody(`The minister said "it's over" -- and left...`, TYPOGRAPHIC);
    expect(html).toContain('The minister said “it’s over” — and left…');
  });

  it('keeps a verbatim capture exactly as typed', async () => {
    const { html } = await renderBody(`Mexico's minister said "no".`, AS_TYPED);
    expect(html).toContain(`Mexico's minister said "no".`);
  });

  it('leaves code as typed in a typographic body', async () => {
    const { html } = await renderBody('Type `"quoted"` here.', TYPOGRAPHIC);
    expect(html).toContain('<code>"quoted"</code>');
  });

  it('sets a headline the way its body is set', () => {
    expect(typographicText(`Trump's "defining moment"`)).toBe('Trump’s “defining moment”');
  });

  it('sets headline, dek and caption, and nothing else, of a typographic entry', () => {
    const frontmatter = {
      headline: `It's "on"`,
      dek: `A 'dek'`,
      photo: { caption: `Mexico's minister`, credit: `A "credit"` },
      tags: [`Don't`],
    };
    expect(displayTypography(frontmatter, 'typographic')).toEqual({
      headline: 'It’s “on”',
      dek: 'A ‘dek’',
      photo: { caption: 'Mexico’s minister', credit: 'A "credit"' },
      tags: [`Don't`],
    });
    expect(displayTypography(frontmatter, 'as-typed')).toBe(frontmatter);
  });
});
