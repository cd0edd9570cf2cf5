/**
 * Runs a command and measures its wall time and the peak resident memory of
 * its whole process tree (the command and every descendant), sampled from
 * /proc every 100 ms.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

function children(): Map<number, number[]> {
  const byParent = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      byParent.set(ppid, [...(byParent.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  return byParent;
}

function treeRssBytes(root: number): number {
  const byParent = children();
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      total += rss ? Number(rss[1]) * 1024 : 0;
    } catch {
      // Gone.
    }
    stack.push(...(byParent.get(pid) ?? []));
  }
  return total;
}

export interface Measured {
  seconds: number;
  peakRssBytes: number;
  exitCode: number | null;
  output: string;
  /** Every output line matching `options.keep`, in order (the output itself keeps only its tail). */
  kept: string[];
}

export function measure(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; keep?: RegExp },
): Promise<Measured> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const kept: string[] = [];
    let partial = '';
    const take = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output = (output + text).slice(-20_000);
      if (!options.keep) return;
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      kept.push(...lines.filter((line) => options.keep!.test(line)));
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    let peak = 0;
    const timer = setInterval(() => {
      peak = Math.max(peak, treeRssBytes(child.pid!));
    }, 100);
    child.on('close', (exitCode) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - start) / 1000, peakRssBytes: peak, exitCode, output, kept });
    });
  });
}
