// `vagrant validate` on the project's Vagrantfile (Debian's vagrant package, installed by
// scripts/setup). It needs no provider with --ignore-provider. Like the kernel tier: in CI a missing
// vagrant fails the test, elsewhere it skips saying why. Vagrant's own state (VAGRANT_HOME, the
// .vagrant dotfile dir) goes to a temp dir that is removed; nothing is written into the checkout.
import t from 'tap';
import { execa } from 'execa';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

function vagrantGate(): { skip?: string } {
  try {
    execFileSync('sh', ['-c', 'command -v vagrant'], { stdio: 'ignore' });
    return {};
  } catch {
    const why = 'vagrant is not on PATH (scripts/setup installs Debian\'s vagrant package)';
    if (process.env.CI) throw new Error(`cannot validate the Vagrantfile in CI: ${why}`);
    return { skip: why };
  }
}

const root = resolve('.');

async function validate(dir: string, state: string) {
  return execa('vagrant', ['validate', '--ignore-provider'], {
    cwd: dir,
    reject: false,
    env: { VAGRANT_HOME: join(state, 'home'), VAGRANT_DOTFILE_PATH: join(state, 'dot'), VAGRANT_CHECKPOINT_DISABLE: '1', VAGRANT_NO_COLOR: '1', VAGRANT_CWD: dir },
  });
}

t.test('vagrant validate passes on the Vagrantfile and fails on a broken copy', vagrantGate(), async (t) => {
  const state = mkdtempSync(join(tmpdir(), 'netscope-vagrant-'));
  t.teardown(() => rmSync(state, { recursive: true, force: true }));
  const hadDot = existsSync(join(root, '.vagrant'));

  const r = await validate(root, state);
  t.equal(r.exitCode, 0, `vagrant validate exits 0 (${(r.stderr || r.stdout).slice(-400)})`);
  t.match(r.stdout, /Vagrantfile validated successfully/);
  t.equal(existsSync(join(root, '.vagrant')), hadDot, 'no .vagrant directory written into the checkout');

  // the validator checks something: a copy with a misspelt option fails
  const broken = join(state, 'broken');
  execFileSync('mkdir', ['-p', broken]);
  copyFileSync(join(root, 'Vagrantfile'), join(broken, 'Vagrantfile'));
  writeFileSync(join(broken, 'Vagrantfile'), readFileSync(join(broken, 'Vagrantfile'), 'utf8').replace('host.vm.hostname = name', 'host.vm.hostnam = name'));
  const bad = await validate(broken, state);
  t.not(bad.exitCode, 0, 'a misspelt option fails validation');
  t.match(bad.stdout + bad.stderr, /hostnam/, 'naming it');
});

t.test('the Vagrantfile describes the book\'s two hosts, provisioned by scripts/setup', async (t) => {
  const v = readFileSync(join(root, 'Vagrantfile'), 'utf8');
  t.match(v, /"host01" => "192\.168\.61\.11"/);
  t.match(v, /"host02" => "192\.168\.61\.12"/);
  t.match(v, /private_network/);
  t.match(v, /ubuntu-24\.04/, 'a recent Ubuntu LTS box');
  t.match(v, /\/opt\/netscope\/scripts\/setup/, 'provisioned by the project\'s setup');
  t.match(v, /node_20\.x/, 'with Node.js 20');
  t.match(v, /netscope demo --real/, 'and says how to trace to the real host02');
});
