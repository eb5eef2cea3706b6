#!/usr/bin/env node
// `npm test`: every check CI runs, in order, stopping at the first failure.
import { spawnSync } from 'node:child_process';

const steps = [
  ['format and lint (Biome)', 'npx', ['biome', 'ci', '--colors=off', '.']],
  ['types (tsc --noEmit)', 'npx', ['tsc', '--noEmit']],
  ['unit tests (Vitest)', 'npx', ['vitest', 'run']],
  ['Chrome build', 'npx', ['wxt', 'build']],
  ['real-browser tests (Chromium)', 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts']],
];

const only = process.argv.slice(2);
const timings = [];
for (const [name, command, args] of steps) {
  if (only.length && !only.some((o) => name.toLowerCase().includes(o))) continue;
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${name}: ${seconds} s`);
  if (status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${status}) after ${seconds} s`);
    process.exit(status ?? 1);
  }
}
console.log(`\n✔ all checks passed\n  ${timings.join('\n  ')}`);
