// `node lookup-main.js container:NAME|pod:NS/NAME`: resolveIdentityNetns's child. Prints one JSON line,
// {"target": NetnsTarget} or {"error": "...", "user": true|false}, and exits (gRPC channels included).
import { UserError } from '../util/errors.js';
import { lookupIdentity } from './resolve.js';

const spec = process.argv[2] ?? '';
lookupIdentity(spec).then(
  (target) => {
    process.stdout.write(JSON.stringify({ target }) + '\n', () => process.exit(0));
  },
  (err: unknown) => {
    const e = err instanceof Error ? err : new Error(String(err));
    process.stdout.write(JSON.stringify({ error: e.message, user: e instanceof UserError }) + '\n', () => process.exit(0));
  },
);
