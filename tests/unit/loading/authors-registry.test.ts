import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAuthors } from '#lib/loading/registries.ts';
import { temporaryFolder } from '../../support/temporary-folder.ts';

/** A content folder with the given author files, as content/authors/<name>. */
function authorsFolder(files: Record<string, string>): { root: string; contentDir: string } {
  const root = temporaryFolder('authors');
  const contentDir = join(root, 'content');
  mkdirSync(join(contentDir, 'authors'), { recursive: true });
  for (const [file, name] of Object.entries(files))
    writeFileSync(join(contentDir, 'authors', file), `---\nname: ${name}\nkind: person\n---\n\nBio.\n`);
  return { root, contentDir };
}

describe('readAuthors: one name, one file', () => {
  it.each([
    ['in NFC and NFD', 'José Pérez'.normalize('NFD')],
    ['in two cases', 'JOSÉ PÉREZ'],
    ['in full-width letters, which look the same on a page', 'Ｊｏｓé Ｐéｒｅｚ'],
  ])('refuses two files with one name %s, naming both', (_how, other) => {
    const { root, contentDir } = authorsFolder({ 'jose-perez.md': 'José Pérez', 'jperez.md': other });
    expect(readAuthors(root, contentDir).problems).toEqual([
      `content/authors/jperez.md\n  name: "${other}" is also the name of content/authors/jose-perez.md; one person or organisation, one file`,
    ]);
  });

  it('keeps two people whose names differ by an accent, a middle name or a Turkish i', () => {
    const { root, contentDir } = authorsFolder({
      'jose-perez.md': 'José Pérez',
      'jperez.md': 'Jose Perez',
      'ana-ruiz.md': 'Ana María Ruiz',
      'aruiz.md': 'Ana Ruiz',
      'isik.md': 'Işık Yılmaz',
      'isik-yilmaz.md': 'Isik Yilmaz',
      'ilkay.md': 'İlkay Demir',
      'ilkay-demir.md': 'Ilkay Demir',
    });
    expect(readAuthors(root, contentDir).problems).toEqual([]);
  });
});
