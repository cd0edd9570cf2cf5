/**
 * Two articles must never claim the same address: not the same permalink, not
 * the same old path (redirectFrom), and no old path may shadow a permalink,
 * in any spelling a host or disk may take for the same (see addressKey).
 */
import { addressKey } from '#lib/addresses/old-address.ts';

export interface ArticleAddresses {
  file: string;
  permalink: string;
  redirectFrom: string[];
}

export function findAddressConflicts(articles: ReadonlyArray<ArticleAddresses>): string[] {
  const claims = new Map<string, { file: string; as: 'permalink' | 'redirectFrom'; path: string }>();
  const problems: string[] = [];
  const claim = (path: string, file: string, as: 'permalink' | 'redirectFrom') => {
    const earlier = claims.get(addressKey(path));
    if (!earlier) {
      claims.set(addressKey(path), { file, as, path });
      return;
    }
    const spelling = earlier.path === path ? '' : ` (as "${earlier.path}": hosts and disks may take one spelling for the other)`;
    if (earlier.file === file && as === 'redirectFrom') {
      problems.push(
        `${file}\n  redirectFrom: "${path}" is ${earlier.as === 'permalink' ? "the article's own permalink" : 'listed twice'}${spelling}; remove it`,
      );
      return;
    }
    const field = as === 'permalink' ? 'permalink' : 'redirectFrom';
    problems.push(
      `${file}\n  ${field}: "${path}" is already the ${earlier.as === 'permalink' ? 'permalink' : 'redirectFrom path'} of ${earlier.file}${spelling}; ` +
        (as === 'permalink' ? 'rename the file or change its date or section' : 'each old path can lead to one article only'),
    );
  };
  // Permalinks first, so an old path that shadows one is reported against the old path.
  for (const article of articles) claim(article.permalink, article.file, 'permalink');
  for (const article of articles) for (const path of article.redirectFrom) claim(path, article.file, 'redirectFrom');
  return problems;
}
