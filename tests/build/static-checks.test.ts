/**
 * The static checks `npm test` runs before the build catch what they are there
 * for: a planted floating promise fails ESLint, a planted unused export fails
 * knip (with the project's own configuration).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

describe('ESLint', () => {
  it('fails a promise nobody awaits', async () => {
    const [result] = await new ESLint().lintText(
      'async function later(): Promise<number> {\n  return Promise.resolve(1);\n}\nexport function go(): void {\n  later();\n}\n',
      { filePath: 'src/lib/addresses/slug.ts' },
    );
    expect(result!.messages.map((message) => message.ruleId)).toContain('@typescript-eslint/no-floating-promises');
  }, 60_000);

  it('passes the same code once the promise is handled', async () => {
    const [result] = await new ESLint().lintText(
      'async function later(): Promise<number> {\n  return Promise.resolve(1);\n}\nexport function go(): void {\n  void later();\n}\n',
      { filePath: 'src/lib/addresses/slug.ts' },
    );
    expect(result!.messages).toEqual([]);
  }, 60_000);
});

describe('knip', () => {
  // Not under a git-ignored folder: knip skips those.
  const plant = join('tests', 'knip-plant');
  afterAll(() => rmSync(plant, { recursive: true, force: true }));

  it('fails an export nothing imports', () => {
    mkdirSync(plant, { recursive: true });
    writeFileSync(join(plant, 'module.ts'), 'export const used = 1;\nexport const plantedUnusedExport = 2;\n');
    writeFileSync(join(plant, 'entry.ts'), "import { used } from './module.ts';\nconsole.log(used);\n");
    // The project's own configuration, with the planted files added to it.
    const jsonc = readFileSync('knip.jsonc', 'utf8');
    const json = jsonc.replace(/^\s*\/\/.*$/gm, '').replace(/,(\s*[\]}])/g, '$1');
    const config = JSON.parse(json) as { entry: string[]; project: string[] };
    const plantedConfig = join(plant, 'knip.json');
    writeFileSync(
      plantedConfig,
      JSON.stringify({ ...config, entry: [...config.entry, `${plant}/entry.ts`], project: [...config.project, `${plant}/*.ts`] }),
    );
    const run = spawnSync('npx', ['knip', '--config', plantedConfig, '--no-progress'], { encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stdout).toContain('plantedUnusedExport');
    expect(run.stdout).not.toContain('Unused files');
  }, 60_000);
});
