import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Runs every *.test.ts(x) under src/ and test/, then the browser journeys under e2e/, through
// node:test (Node 20 needs explicit file paths). Extra arguments narrow the run to matching paths.

function find(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules') continue;
    if (statSync(path).isDirectory()) out.push(...find(path, pattern));
    else if (pattern.test(name)) out.push(path);
  }
  return out;
}

const filters = process.argv.slice(2);
const files = [
  ...find('src', /\.test\.tsx?$/),
  ...find('test', /\.test\.tsx?$/),
  ...find('e2e', /\.e2e\.ts$/),
]
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
if (files.length === 0) {
  console.error('no test files match', filters);
  process.exit(1);
}
const concurrency = process.env.TEST_CONCURRENCY ?? '2';
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
