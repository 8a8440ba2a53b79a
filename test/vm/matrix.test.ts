// The VM tier (npm run test:vm): for each kernel of the matrix, boot it once with test/vm/run and run
// test/vm/guest/matrix.test.ts inside; the guest's TAP output becomes this test's subtests, so every
// assertion made on 5.10, 6.1 and 6.12 counts in the summary. In CI (CI=true) a VM tier that cannot run
// fails; elsewhere it skips, saying why.
import t from 'tap';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

const KERNELS = (process.env.NETSCOPE_VM_KERNELS ?? '5.10 6.1 6.12').split(/[\s,]+/).filter(Boolean);
const GUEST_TIMEOUT_S = Number(process.env.NETSCOPE_VM_TIMEOUT ?? 1200);
const RUN = resolve('test/vm/run');

function blocker(): string | undefined {
  if (process.platform !== 'linux' || process.arch !== 'x64') return 'the VM tier boots amd64 kernels on Linux x86_64 only';
  for (const tool of ['qemu-system-x86_64', 'busybox', 'apt-get', 'dpkg-deb']) {
    try { execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }); } catch { return `the VM tier needs ${tool} (run sudo ./scripts/setup)`; }
  }
  if (!existsSync('bin/netscope')) return 'run the VM tier from the repository root';
  return undefined;
}

const why = blocker();
if (why && process.env.CI) throw new Error(`the VM tier cannot run in CI: ${why}`);

t.test('VM tier: the guest test on each kernel of the matrix', why ? { skip: why } : {}, async (t) => {
  // the guest runs compiled JS: the CLI from dist/, its test transpiled next to it (tap's loader is too slow under TCG)
  execFileSync('npx', ['--no-install', 'tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });
  const src = 'test/vm/guest/matrix.test.ts';
  const out = 'dist/test/vm/guest/matrix.test.js';
  const js = ts.transpileModule(readFileSync(src, 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, esModuleInterop: true }, fileName: src });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, js.outputText);

  const booted = new Map<string, number>();
  for (const kernel of KERNELS) {
    // the download and preparation first, so that a mirror problem is not reported as a guest failure
    t.test(`kernel ${kernel}: fetched and prepared`, async (t) => {
      const started = Date.now();
      execFileSync(RUN, ['--kernel', kernel, '--prepare'], { stdio: ['ignore', 'inherit', 'inherit'] });
      t.pass(`prepared in ${((Date.now() - started) / 1000).toFixed(0)} s`);
      booted.set(kernel, Date.now());
    });
    t.spawn(RUN, ['--kernel', kernel, '--timeout', String(GUEST_TIMEOUT_S), '--', 'node', out], {
      env: { ...process.env, NODE_OPTIONS: '' },
      timeout: (GUEST_TIMEOUT_S + 300) * 1000,
      stdio: ['ignore', 'pipe', 'inherit'],
    }, `kernel ${kernel}: the guest test (test/vm/guest/matrix.test.ts) in a VM`);
    t.test(`kernel ${kernel}: timing`, async (t) => { t.pass(`boot and guest test took ${((Date.now() - booted.get(kernel)!) / 1000).toFixed(0)} s`); });
  }
});
