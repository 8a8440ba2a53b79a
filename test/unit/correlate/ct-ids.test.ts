// Conntrack's own id joined to the entry the probes read (agent/correlate/ct-ids.ts).
import t from 'tap';
import { ConntrackIds } from '../../../agent/correlate/ct-ids.js';
import { ConntrackEventType, type ConntrackEvent, type ConntrackRef } from '../../../proto/index.js';

const orig = { src: '10.85.0.2', dst: '192.168.61.12', protocol: 6, srcPort: 40000, dstPort: 5201 };
const reply = { src: '192.168.61.12', dst: '192.168.61.11', protocol: 6, srcPort: 5201, dstPort: 40000 };
const ev = (type: number, id: string, netns = 111, zone = 0): ConntrackEvent => ({ type, netns, entry: { id, protocol: 6, zone, original: orig, reply } });
const ref: ConntrackRef = { id: '0xffff888100000000', status: 0x19a, original: orig, reply };

t.test('an entry reported by conntrack is found by netns, zone and original tuple', async (t) => {
  const ids = new ConntrackIds();
  ids.note(ev(ConntrackEventType.CONNTRACK_EVENT_TYPE_NEW, '3001'), 0);
  t.equal(ids.idOf(ref, [222, 111]), '3001');
  t.equal(ids.idOf(ref, [222]), undefined, 'another netns');
  t.equal(ids.idOf({ ...ref, zone: 5 }, [111]), undefined, 'another zone');
  t.equal(ids.idOf({ ...ref, original: { ...orig, srcPort: 40001 } }, [111]), undefined, 'another flow');
  // a new entry for the same tuple (the old one timed out) takes over
  ids.note(ev(ConntrackEventType.CONNTRACK_EVENT_TYPE_SNAPSHOT, '3002'), 1);
  t.equal(ids.idOf(ref, [111]), '3002');
});

t.test('a destroyed entry stays known for a while, then goes; the table is bounded', async (t) => {
  const ids = new ConntrackIds(3);
  ids.note(ev(ConntrackEventType.CONNTRACK_EVENT_TYPE_NEW, '1'), 0);
  ids.note(ev(ConntrackEventType.CONNTRACK_EVENT_TYPE_DESTROY, '1'), 1e9);
  ids.expire(10e9);
  t.equal(ids.idOf(ref, [111]), '1', 'journeys close after their packets: still there 9 s later');
  ids.expire(40e9);
  t.equal(ids.idOf(ref, [111]), undefined, 'gone 39 s after its destroy');
  for (let i = 0; i < 5; i++) ids.note({ ...ev(ConntrackEventType.CONNTRACK_EVENT_TYPE_NEW, `${i}`), entry: { id: `${i}`, original: { ...orig, srcPort: i + 1 } } }, 0);
  t.equal(ids.size, 3);
});
