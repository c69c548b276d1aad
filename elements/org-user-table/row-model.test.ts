import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { type Page, RowModel } from './row-model.js';

/** A server of `total` numbered rows whose cursors are page numbers. */
function server(total: number, size: number) {
  const calls: (string | undefined)[] = [];
  let rows = Array.from({ length: total }, (_, i) => i);

  const fetchPage = async (
    cursor: string | undefined,
  ): Promise<Page<number>> => {
    calls.push(cursor);
    const start = cursor === undefined ? 0 : Number(cursor) * size;
    const items = rows.slice(start, start + size);
    const next = start + size < rows.length ? String(start / size + 1) : null;

    return { items, total: rows.length, nextCursor: next };
  };

  return {
    calls,
    fetchPage,
    shrink(to: number) {
      rows = rows.slice(0, to);
    },
  };
}

/** Resolves once `check` holds, checking after each model change. */
function changed(check: () => boolean) {
  let resolve = () => {};
  const done = new Promise<void>((r) => (resolve = r));
  return {
    done,
    onChange: () => {
      if (check()) {
        resolve();
      }
    },
  };
}

describe('RowModel', () => {
  it('holds the first page and the total', async () => {
    const api = server(250, 100);
    const first = await api.fetchPage(undefined);
    const model = new RowModel(first, {
      pageSize: 100,
      fetchPage: api.fetchPage,
      onChange: () => {},
    });

    assert.equal(model.total, 250);
    assert.equal(model.rows.length, 250);
    assert.equal(model.rows[99], 99);
    assert.equal(model.rows[100], undefined);
  });

  it('walks the cursor chain to a far page and keeps only what is near', async () => {
    const api = server(100_000, 200);
    const first = await api.fetchPage(undefined);
    let model!: RowModel<number>;
    const wait = changed(() => model.rows[50_000] !== undefined);
    model = new RowModel(first, {
      pageSize: 200,
      fetchPage: api.fetchPage,
      onChange: wait.onChange,
    });

    model.request(50_000, 50_030);
    await wait.done;

    assert.equal(model.rows[50_030], 50_030);
    assert.equal(api.calls.length, 251);
    assert.equal(model.rows[10_000], undefined);
    assert.equal(Object.keys(model.rows).length <= 21 * 200, true);
  });

  it('comes back to an evicted page with one request', async () => {
    const api = server(10_000, 100);
    const first = await api.fetchPage(undefined);
    let wait = changed(() => true);
    const model = new RowModel(first, {
      pageSize: 100,
      maxPages: 1,
      fetchPage: api.fetchPage,
      onChange: () => wait.onChange(),
    });
    const load = async (row: number) => {
      wait = changed(() => model.rows[row] !== undefined);
      model.request(row, row + 10);
      await wait.done;
    };

    await load(5_000);
    await load(9_000);
    const before = api.calls.length;
    assert.equal(model.rows[5_000], undefined);
    await load(5_000);

    assert.equal(api.calls.length - before, 1);
    assert.equal(api.calls.at(-1), '50');
    assert.equal(model.rows[5_010], 5_010);
  });

  it('follows a list that shrank', async () => {
    const api = server(300, 100);
    const first = await api.fetchPage(undefined);
    api.shrink(150);
    let model!: RowModel<number>;
    const wait = changed(() => model.total === 150);
    model = new RowModel(first, {
      pageSize: 100,
      fetchPage: api.fetchPage,
      onChange: wait.onChange,
    });

    model.request(100, 299);
    await wait.done;

    assert.equal(model.rows.length, 150);
    assert.equal(model.rows[149], 149);
  });

  it("keeps a replaced model's rows on show, marked stale", async () => {
    const api = server(1_000, 100);
    const first = await api.fetchPage(undefined);
    let old!: RowModel<number>;
    const loaded = changed(() => old.rows[500] !== undefined);
    old = new RowModel(first, {
      pageSize: 100,
      fetchPage: api.fetchPage,
      onChange: loaded.onChange,
    });
    old.request(500, 520);
    await loaded.done;
    old.dispose();

    const model = new RowModel(await api.fetchPage(undefined), {
      pageSize: 100,
      fetchPage: api.fetchPage,
      onChange: () => {},
      previous: old,
    });

    assert.equal(model.rows[510], 510);
    assert.equal(model.isStale(510), true);
    assert.equal(model.isStale(10), false);
  });

  it('keeps the error and resumes on retry', async () => {
    const api = server(300, 100);
    const first = await api.fetchPage(undefined);
    let fail = true;
    let model!: RowModel<number>;
    let wait = changed(() => model.error !== undefined);
    model = new RowModel(first, {
      pageSize: 100,
      fetchPage: (cursor, signal) => {
        if (fail) {
          return Promise.reject(new Error('offline'));
        }
        return api.fetchPage(cursor);
      },
      onChange: () => wait.onChange(),
    });

    model.request(100, 150);
    await wait.done;
    assert.equal((model.error as Error).message, 'offline');

    fail = false;
    wait = changed(() => model.rows[150] !== undefined);
    model.retry();
    await wait.done;
    assert.equal(model.error, undefined);
    assert.equal(model.rows[150], 150);
  });

  it('stops fetching once disposed', async () => {
    const api = server(1_000, 100);
    const first = await api.fetchPage(undefined);
    let seen: AbortSignal | undefined;
    const model = new RowModel(first, {
      pageSize: 100,
      fetchPage: (cursor, signal) => {
        seen = signal;
        return new Promise(() => {});
      },
      onChange: () => {},
    });

    model.request(100, 150);
    model.dispose();

    assert.equal(seen?.aborted, true);
  });
});
