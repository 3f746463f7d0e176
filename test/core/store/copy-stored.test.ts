import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '@duikit/core';
import { cloneJson as copyStored } from '../../../packages/core/src/json/clone.js';

// copyStored stands in for structuredClone in the in-process stores: each case compares the two.
describe('copyStored', () => {
  const record = {
    collection: 'workflowInstances',
    id: 'wf-1',
    version: 3,
    data: {
      states: ['contract.handover'],
      snapshot: { value: { contract: 'handover' }, context: { plannedEntryDate: '2026-04-10', n: 0 } },
      deadlines: [{ key: 'a/b', reminders: [{ at: '2026-05-07T22:00:00.000Z', sent: false }] }],
      nothing: null,
      absent: undefined,
    },
  };

  it('copies JSON data as structuredClone does, sharing no object', () => {
    const copy = copyStored(record);
    expect(copy).toStrictEqual(structuredClone(record));
    expect(Object.keys(copy.data)).toEqual(Object.keys(record.data));
    expect('absent' in copy.data).toBe(true);
    expect(copy.data).not.toBe(record.data);
    expect(copy.data.snapshot.context).not.toBe(record.data.snapshot.context);
    copy.data.deadlines[0].reminders[0].sent = true;
    copy.data.states.push('x');
    expect(record.data.deadlines[0].reminders[0].sent).toBe(false);
    expect(record.data.states).toEqual(['contract.handover']);
  });

  it('keeps array holes and makes a "__proto__" key data, not a prototype', () => {
    // eslint-disable-next-line no-sparse-arrays
    const holes = [1, , 3];
    const copied = copyStored(holes);
    expect(1 in copied).toBe(false);
    expect(copied).toHaveLength(3);
    const parsed = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    const copy = copyStored(parsed);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'a']);
    expect((copy as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('hands anything but plain data to structuredClone, with its result and its errors', () => {
    const when = new Date('2026-04-10T08:00:00Z');
    const copy = copyStored({ when, tags: new Map([['a', 1]]) });
    expect(copy.when).toBeInstanceOf(Date);
    expect(copy.when).not.toBe(when);
    expect(copy.when.getTime()).toBe(when.getTime());
    expect(copy.tags.get('a')).toBe(1);
    expect(() => copyStored({ run: () => 1 })).toThrow(/could not be cloned/);
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const c = copyStored(cyclic);
    expect(c.self).toBe(c);
    expect(c).not.toBe(cyclic);
  });
});

describe('memory store copies', () => {
  it('a record returned by put or by a transaction shares nothing with the store', async () => {
    const store = createMemoryStore();
    const put = await store.put('c', 'x', { list: [1] }, null);
    put.data.list.push(2);
    let inTx: { list: number[] } | undefined;
    await store.transaction(async (tx) => {
      const written = await tx.put('c', 'y', { list: [1] }, null);
      written.data.list.push(2);
      inTx = (await tx.get<{ list: number[] }>('c', 'y'))!.data;
      inTx.list.push(3);
    });
    expect((await store.get<{ list: number[] }>('c', 'x'))!.data.list).toEqual([1]);
    expect((await store.get<{ list: number[] }>('c', 'y'))!.data.list).toEqual([1]);
  });

  it('log entries appended in a transaction are frozen copies, kept only when it commits', async () => {
    const store = createMemoryStore();
    const entry = { event: 'ACCEPT', payload: { at: '2026-04-10' } };
    await store.transaction(async (tx) => tx.appendLog!('workflowHistory', 'wf-1', [entry]));
    entry.payload.at = 'changed';
    const [read] = await store.readLog!<typeof entry>('workflowHistory', 'wf-1');
    expect(read.payload.at).toBe('2026-04-10');
    expect(Object.isFrozen(read.payload)).toBe(true);
    await expect(
      store.transaction(async (tx) => {
        await tx.appendLog!('workflowHistory', 'wf-1', [{ event: 'LOST' }]);
        await tx.put('c', 'z', {}, 5); // a stale version: the whole transaction fails
      }),
    ).rejects.toThrow();
    expect(await store.readLog!('workflowHistory', 'wf-1')).toHaveLength(1);
  });
});
