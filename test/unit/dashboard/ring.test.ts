import t from 'tap';
import { Ring } from '../../../cli/dashboard/ring.js';

t.test('ring: newest first, bounded, evicts the oldest', async (t) => {
  const r = new Ring<number>(3);
  t.equal(r.newest(), undefined);
  t.equal(r.push(1), undefined);
  r.push(2);
  r.push(3);
  t.equal(r.push(4), 1, 'push returns what it evicted');
  t.equal(r.size, 3);
  t.same(r.newestFirst(), [4, 3, 2]);
  t.same(r.toArray(), [2, 3, 4]);
  t.same(r.newestFirst(2), [4, 3]);
  t.same(r.newestFirst(Infinity, (x) => x % 2 === 0), [4, 2]);
  t.equal(r.newest(2), 2);
  t.equal(r.newest(3), undefined);
  r.retain((x) => x !== 3);
  t.same(r.newestFirst(), [4, 2]);
  r.push(5);
  r.push(6);
  t.same(r.newestFirst(), [6, 5, 4]);
  r.clear();
  t.equal(r.size, 0);
  t.throws(() => new Ring(0), RangeError);
});
