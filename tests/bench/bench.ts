/**
 * `npm run bench -- [N] [runs] [--photos SHARE]`: a full build at scale (build-at-scale.ts);
 * `npm run bench -- publish N [runs]`: one publish at scale (publish-at-scale.ts).
 */
export {};
await import(process.argv[2] === 'publish' ? './publish-at-scale.ts' : './build-at-scale.ts');
