/**
 * `npm run bench -- [N] [runs] [--photos SHARE]`: a full build at scale (build-at-scale.ts);
 * `npm run bench -- publish N [runs]`: one publish at scale (publish-at-scale.ts);
 * `npm run bench -- listing-pages N`: the listing pages each publish changes (listing-page-changes.ts);
 * `npm run bench -- photo-variants [photos] [runs]`: what making a photo's variants costs, by plan (photo-variants.ts).
 */
export {};
const benchmarks: Record<string, string> = {
  publish: './publish-at-scale.ts',
  'listing-pages': './listing-page-changes.ts',
  'photo-variants': './photo-variants.ts',
};
await import(benchmarks[process.argv[2] ?? ''] ?? './build-at-scale.ts');
