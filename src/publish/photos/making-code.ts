/**
 * What decides a photo variant's bytes beyond its name (which holds the photo's hash and the
 * encoder settings): the making code and sharp's version. It keys the variants kept in the build
 * cache, and the share cards drawn over a variant (share-images/card-cache-keys.ts).
 */
export const PHOTO_MAKING_CODE = [
  'src/publish/photos/variant-making.ts',
  'node_modules/sharp/package.json',
  'node_modules/@img/sharp-libvips-*/package.json',
] as const;
