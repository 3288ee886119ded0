#!/usr/bin/env node
// Copies npm packages and everything they depend on (at run time) from a checkout's
// node_modules into a folder, for the node sandbox image: no registry is reachable while the
// image is built, so the packages the candidates may require come from this repository.
//
//   node vendor-modules.js <repo root> <destination node_modules> <package>...
//
// Nested node_modules folders are kept where npm put them, so every package resolves the
// same versions as in the checkout. Source maps, type declarations and the minified/ESM browser
// bundles are left out (Node never loads them). Prints "name@version" per copied package.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const [rootArg, destArg, ...roots] = process.argv.slice(2);
if (!rootArg || !destArg || roots.length === 0) {
  console.error('usage: vendor-modules.js <repo root> <destination node_modules> <package>...');
  process.exit(2);
}
const repoModules = path.join(path.resolve(rootArg), 'node_modules');
const dest = path.resolve(destArg);

// Finds the folder a package resolves to from `fromDir`, the way Node does: the nearest
// node_modules/<name> walking up, but never above the checkout's own node_modules.
function resolvePackageDir(name, fromDir) {
  let dir = fromDir;
  for (;;) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === path.dirname(repoModules) || dir === path.dirname(dir)) return null;
    dir = path.dirname(dir);
  }
}

const skipFile = (name) =>
  /\.(map|d\.ts|d\.mts|tsbuildinfo|html|md)$/.test(name) || /\.(min|es2017|fesm|esm)\.js$/.test(name) || /\.min\.mjs$/.test(name);
const skipDir = (name) => name === 'miniprogram' || name === 'node_modules';

function copyPackage(srcDir, destDir) {
  fs.mkdirSync(destDir, { recursive: true });
  for (const entry of fs.readdirSync(srcDir, { withFileTypes: true })) {
    const from = path.join(srcDir, entry.name);
    const to = path.join(destDir, entry.name);
    if (entry.isDirectory()) {
      if (!skipDir(entry.name)) copyPackage(from, to);
    } else if (entry.isFile() && !skipFile(entry.name)) {
      fs.copyFileSync(from, to);
    }
  }
}

const seen = new Set();
const copied = [];
const queue = roots.map((name) => ({ name, from: path.dirname(repoModules) }));
while (queue.length > 0) {
  const { name, from } = queue.shift();
  const dir = resolvePackageDir(name, from);
  if (!dir) {
    // Optional dependencies may be absent; a missing required one would fail at run time,
    // which the sandbox tests catch.
    console.error(`vendor-modules: ${name} not found from ${from}, skipped`);
    continue;
  }
  if (seen.has(dir)) continue;
  seen.add(dir);
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  copyPackage(dir, path.join(dest, path.relative(repoModules, dir)));
  copied.push(`${pkg.name}@${pkg.version}`);
  // Type-only packages (@types/*, @webgpu/types) are declared as dependencies by tfjs-core but
  // never loaded at run time.
  const deps = Object.keys(pkg.dependencies || {}).filter((d) => !d.startsWith('@types/') && d !== '@webgpu/types');
  for (const dep of deps) queue.push({ name: dep, from: dir });
}
console.log(copied.sort().join('\n'));
