/**
 * Loaded into Astro's build process (`node --import`, see publish-site.ts): a file Astro writes
 * under its output folder replaces the one there instead of being written into it. The staging
 * folder starts with the published site's unchanged pages hard-linked into it (published-pages.ts),
 * and writing into a linked file would alter the published site in place, before the swap and
 * even if the build then failed. Replacing gives the new page a file of its own.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const outDirFlag = process.argv.indexOf('--outDir');
const outDir = outDirFlag >= 0 && process.argv[outDirFlag + 1] ? `${resolve(process.argv[outDirFlag + 1]!)}${sep}` : undefined;

if (outDir) {
  const writeFile = fs.promises.writeFile;
  const pathOf = (file: unknown) => (file instanceof URL ? fileURLToPath(file) : typeof file === 'string' ? resolve(file) : undefined);
  const appends = (options: unknown) => typeof options === 'object' && options !== null && 'flag' in options && options.flag !== 'w';
  fs.promises.writeFile = async (file, data, options) => {
    const path = pathOf(file);
    if (path?.startsWith(outDir) && !appends(options)) await fs.promises.rm(path, { force: true });
    return writeFile(file, data, options);
  };
  // `import { writeFile } from 'node:fs/promises'` elsewhere sees the replacement too.
  syncBuiltinESMExports();
}
