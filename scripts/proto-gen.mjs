#!/usr/bin/env node
// Generates the static protobufjs code for proto/ into proto/gen/ (committed).
// `node scripts/proto-gen.mjs --out DIR` writes elsewhere: the staleness test compares the two.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const outIdx = process.argv.indexOf('--out');
const out = outIdx > 0 ? process.argv[outIdx + 1] : join(root, 'proto', 'gen');
mkdirSync(out, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);
// every .proto under proto/netscope, in a stable order, into one generated module
const protos = readdirSync(join(root, 'proto', 'netscope', 'v1')).filter((f) => f.endsWith('.proto')).sort().map((f) => `proto/netscope/v1/${f}`);
const js = join(out, 'netscope.js');
// --force-number: uint64 fields become JS numbers (exact up to 2^53; kernel pointers are strings in the schema).
const pbjs = (extra) => execFileSync(bin('pbjs'), ['-t', 'static-module', '-w', 'es6', '--force-number', ...extra, '-o', js, ...protos], { cwd: root, stdio: 'inherit' });
// pbts reads the types from the JSDoc of a commented build; the committed runtime file is the lean one.
pbjs([]);
execFileSync(bin('pbts'), ['--no-comments', '-o', join(out, 'netscope.d.ts'), js], { cwd: root, stdio: 'inherit' });
pbjs(['--no-comments']);
// ESM needs the file extension on the runtime import.
writeFileSync(js, readFileSync(js, 'utf8').replace(/from "protobufjs\/minimal"/, 'from "protobufjs/minimal.js"'));
