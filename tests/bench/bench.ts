/**
 * `npm run bench -- [N] [runs] [--photos SHARE]`: a full build at scale (build-at-scale.ts);
 * `npm run bench -- publish N [runs]`: one publish at scale (publish-at-scale.ts);
 * `npm run bench -- listing-pages N`: the listing pages each publish changes (listing-page-changes.ts);
 * `npm run bench -- photo-variants [photos] [runs]`: what making a photo's variants costs, by plan (photo-variants.ts).
 * `npm run bench -- photos N [runs] [cold|warm]`: a build with a photo on every article against one without (photos-at-scale.ts);
 * `npm run bench -- search-quality`: search results before and after issue #24, at 1, 4 and 40 parts (search-quality.ts);
 * `npm run bench -- search-at-scale N`: the search index of N articles, part by part, and a first query in Chromium (search-at-scale.ts).
 */
export {};
const benchmarks: Record<string, string> = {
  publish: './publish-at-scale.ts',
  'listing-pages': './listing-page-changes.ts',
  'photo-variants': './photo-variants.ts',
  photos: './photos-at-scale.ts',
  'search-quality': './search-quality.ts',
  'search-at-scale': './search-at-scale.ts',
};
await import(benchmarks[process.argv[2] ?? ''] ?? './build-at-scale.ts');
