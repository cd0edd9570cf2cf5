/** Every built page passes the W3C Nu HTML Checker (vnu.jar, on the machine's Java) with no error. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

/** vnu-jar's main export is the path of the jar it ships. */
const vnuJar = String(createRequire(import.meta.url)('vnu-jar') as unknown);

describe('HTML validity', () => {
  it('the Nu HTML Checker finds no error in the published site or the fixture site', () => {
    const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--skip-non-html', '--format', 'json', 'dist', 'dist-fixture'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error) throw new Error(`The HTML check needs Java on the PATH (apt-get install -y default-jre-headless): ${run.error.message}`);
    const { messages } = JSON.parse(run.stderr || run.stdout) as {
      messages: { type: string; url: string; lastLine?: number; message: string }[];
    };
    const errors = messages
      .filter((m) => m.type === 'error')
      .map((m) => `${m.url.replace(/^file:.*?\/(dist)/, '$1')}:${m.lastLine ?? '?'} ${m.message}`);
    expect(errors).toEqual([]);
  }, 120_000);
});
