'use strict';
/**
 * `npm start`: the gateway from JavaScript, compiled by esbuild (what tsx runs on the fly) once per
 * version of the sources, then run in this very process, so signals reach it and no compiler stays
 * loaded (tsx kept about 50 MB of sources and maps in memory). Each version builds into its own
 * folder under dist/, renamed into place when complete, so two starts never read a half-written one.
 */
const { createHash } = require('node:crypto');
const { existsSync, readdirSync, readFileSync, renameSync, rmSync } = require('node:fs');
const { join } = require('node:path');
// One esbuild process that exits with the build, not a worker thread and a service kept for
// later builds: the gateway makes none.
process.env.ESBUILD_WORKER_THREADS = '0';
const esbuild = require('esbuild');

const root = join(__dirname, '..');
const sources = ['src', 'resolvers']
  .flatMap((dir) => readdirSync(join(root, dir), { recursive: true }).map((f) => join(dir, f)))
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
  .sort();

const hash = createHash('sha256').update(esbuild.version);
for (const file of [...sources, 'tsconfig.json']) {
  hash
    .update(file)
    .update('\0')
    .update(readFileSync(join(root, file)))
    .update('\0');
}
const version = hash.digest('hex').slice(0, 16);
const dist = join(root, 'dist');
const out = join(dist, version);

if (!existsSync(join(out, 'src', 'main.js'))) {
  const building = `${out}.building-${process.pid}`;
  esbuild.buildSync({
    entryPoints: sources.map((file) => join(root, file)),
    outdir: building,
    outbase: root,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'warning',
  });
  try {
    renameSync(building, out);
  } catch {
    // Another start finished the same version first; theirs is as good.
    rmSync(building, { recursive: true, force: true });
  }
  for (const old of readdirSync(dist)) {
    if (old !== version && !old.includes('.building-')) {
      rmSync(join(dist, old), { recursive: true, force: true });
    }
  }
}

require(join(out, 'src', 'main.js'));
