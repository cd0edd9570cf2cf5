/**
 * `npm run build [-- --outDir DIR]`: builds the site and publishes it in one step.
 *
 * 1. Astro builds into a staging folder beside the output folder;
 * 2. Pagefind indexes the staged pages for search, after Astro has exited, so
 *    the two never hold their memory at the same time (at 10,000 articles
 *    Pagefind alone needs about 2 GB);
 * 3. `_headers` is written for static hosts, with the security headers and a
 *    Content-Security-Policy that allows exactly the inline styles the pages use;
 * 4. only then does the staging folder replace the output folder.
 * A build that fails at any step leaves the previous output untouched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { headersFile, mergePolicies } from '../lib/security-headers.ts';

/** V8 grows its heap lazily up to a quarter of the machine; the build's live set is far smaller. */
const ASTRO_HEAP_MB = 1536;

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\nbuild: ${command} ${args.join(' ')} failed; the previous output is untouched.`);
    process.exit(result.status ?? 1);
  }
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The union of every page's <meta> policy, so one header policy fits them all. */
function sitePolicy(dir: string): string {
  const policies = htmlFiles(dir).flatMap((file) => {
    const match = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'));
    return match ? [match[1]!.replaceAll('&#39;', "'")] : [];
  });
  return mergePolicies(policies);
}

const outDir = resolve(option('--outDir', 'dist'));
const staging = `${outDir}.staging`;
const bin = (name: string) => resolve('node_modules', '.bin', name);

rmSync(staging, { recursive: true, force: true });
run(bin('astro'), ['build', '--outDir', staging], {
  ...process.env,
  NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --max-old-space-size=${ASTRO_HEAP_MB}`.trim(),
});
run(bin('pagefind'), ['--site', staging, '--silent']);
writeFileSync(join(staging, '_headers'), headersFile(sitePolicy(staging)));

const previous = `${outDir}.previous`;
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`build: published to ${outDir}`);
