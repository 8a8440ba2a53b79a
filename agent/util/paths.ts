// Where the project's own files are, whether running from source (tests) or from dist/.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'bpf'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('netscope: cannot find the project root (package.json next to bpf/) above ' + fileURLToPath(import.meta.url));
}

export const ROOT = findRoot();
export const BPF_DIR = join(ROOT, 'bpf');
export const NF_LOADER = join(BPF_DIR, 'build', 'netscope-nf-loader');
export const NF_OBJECT = join(BPF_DIR, 'netfilter', 'nf_hooks.bpf.o');
export const TP_OBJECT = join(BPF_DIR, 'tracepoint', 'packet_path.bpf.o');
/** the same tracepoint programs without the bpf_rdonly_cast kfunc, for kernels where TP_OBJECT does not load */
export const TP_COMPAT_OBJECT = join(BPF_DIR, 'tracepoint', 'packet_path_compat.bpf.o');
