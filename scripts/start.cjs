'use strict';
/**
 * `npm start`: the gateway from JavaScript, compiled by esbuild (what tsx runs on the fly) once per
 * version of the sources, then run in this very process, so signals reach it and no compiler stays
 * loaded (tsx kept about 50 MB of sources and maps in memory). Each version builds into its own
 * folder under dist/, renamed into place when complete, so two starts never read a half-written one.
 * On the embedded simulator it also builds the reference checkout (examples/checkout) with Vite, the
 * same way, into dist/checkout/, for the gateway to serve at /checkout.
 */
const { spawnSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const { existsSync, readdirSync, readFileSync, renameSync, rmSync } = require('node:fs');
const { dirname, join } = require('node:path');
// One esbuild process that exits with the build, not a worker thread and a service kept for
// later builds: the gateway makes none.
process.env.ESBUILD_WORKER_THREADS = '0';
const esbuild = require('esbuild');

const root = join(__dirname, '..');
const sources = ['src', 'resolvers']
  .flatMap((dir) => readdirSync(join(root, dir), { recursive: true }).map((f) => join(dir, f)))
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
  .sort();

function versionOf(files, salt) {
  const hash = createHash('sha256').update(salt);
  for (const file of files) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** A build made in <version>.building-<pid> goes into place whole, or not at all. */
function placeBuild(building, out) {
  try {
    renameSync(building, out);
  } catch {
    // Another start finished the same version first; theirs is as good.
    rmSync(building, { recursive: true, force: true });
  }
}

function removeOtherVersions(folder, version, keep = []) {
  for (const old of readdirSync(folder)) {
    if (old !== version && !old.includes('.building-') && !keep.includes(old)) {
      rmSync(join(folder, old), { recursive: true, force: true });
    }
  }
}

const version = versionOf([...sources, 'tsconfig.json'], esbuild.version);
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
  placeBuild(building, out);
  removeOtherVersions(dist, version, ['checkout']);
}

/**
 * The checkout's built folder, or null when Vite (a dev dependency) is not installed. Vite runs in
 * a child process, so none of it stays loaded in the gateway.
 */
function buildCheckout() {
  let viteBin;
  let viteVersion;
  try {
    const manifest = require.resolve('vite/package.json');
    viteBin = join(dirname(manifest), 'bin', 'vite.js');
    viteVersion = require(manifest).version;
  } catch {
    return null;
  }
  const app = join('examples', 'checkout');
  const files = [app, join('client', 'generated')]
    .flatMap((dir) => readdirSync(join(root, dir), { recursive: true }).map((f) => join(dir, f)))
    .filter((file) => /\.(tsx?|mts|css|html|json)$/.test(file))
    .sort();
  const folder = join(dist, 'checkout');
  const checkoutVersion = versionOf(files, viteVersion);
  const built = join(folder, checkoutVersion);
  if (!existsSync(join(built, 'index.html'))) {
    const building = `${built}.building-${process.pid}`;
    const vite = spawnSync(
      process.execPath,
      [viteBin, 'build', join(root, app), '--outDir', building, '--emptyOutDir'],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    if (vite.status !== 0) throw new Error('the checkout did not build (vite build failed)');
    placeBuild(building, built);
    removeOtherVersions(folder, checkoutVersion);
  }
  return built;
}

if (!process.env.ATLAS_BASE_URL) {
  const checkout = buildCheckout();
  if (checkout) process.env.CHECKOUT_DIR = checkout;
  else process.stdout.write('Vite is not installed (a dev dependency): /checkout is off.\n');
}

/**
 * V8 lets the old generation grow to several times what outlived its last full collection before
 * collecting again: under payOrder at c=50 the old space swung between about 70 and 200 MB, and the
 * process's RSS peaked at 386 MB. Growing by half at most, it peaked at 231 MB for the same CPU per
 * payment. V8 reads the factor at every collection, so setting it here, before the gateway loads,
 * is in time. A factor given on the command line (`node --heap-growing-percent=N`) wins.
 */
const HEAP_GROWING = '--heap-growing-percent';
if (!process.execArgv.some((arg) => arg.startsWith(HEAP_GROWING))) {
  require('node:v8').setFlagsFromString(`${HEAP_GROWING}=50`);
}

require(join(out, 'src', 'main.js'));
