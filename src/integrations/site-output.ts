/**
 * Finishes a build and publishes it in one step:
 * - Astro writes into a staging folder beside the output folder;
 * - Pagefind indexes the staged pages for search;
 * - `_headers` is written for static hosts, with the security headers and a
 *   Content-Security-Policy that allows exactly the inline styles the pages use;
 * - only then does the staging folder replace the output folder.
 * A build that fails at any point leaves the previous output untouched.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { headersFile, mergePolicies } from '../lib/security-headers.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

async function indexForSearch(dir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
}

/** The union of every page's <meta> policy, so one header policy fits them all. */
function sitePolicy(dir: string): string {
  const policies = htmlFiles(dir).flatMap((file) => {
    const match = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'));
    return match ? [match[1]!.replaceAll('&#39;', "'")] : [];
  });
  return mergePolicies(policies);
}

export default function siteOutput(): AstroIntegration {
  let outDir = '';
  let stagingDir = '';
  return {
    name: 'site-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir).replace(/\/$/, '');
        stagingDir = `${outDir}.staging`;
        rmSync(stagingDir, { recursive: true, force: true });
        updateConfig({ outDir: new URL(`file://${stagingDir}/`) });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const staged = fileURLToPath(dir).replace(/\/$/, '');
        await indexForSearch(staged);
        writeFileSync(join(staged, '_headers'), headersFile(sitePolicy(staged)));
        const previous = `${outDir}.previous`;
        rmSync(previous, { recursive: true, force: true });
        if (existsSync(outDir)) renameSync(outDir, previous);
        renameSync(staged, outDir);
        rmSync(previous, { recursive: true, force: true });
        logger.info(`published to ${outDir}`);
      },
    },
  };
}
