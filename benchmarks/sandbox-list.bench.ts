/**
 * Listing the 100,000-user sandbox organization: how long one request
 * takes through the sandbox's Fetch handler, as the median of many.
 *
 *   node --import tsx benchmarks/sandbox-list.bench.ts
 *
 * Prints one line per case, `sandbox-list <case> median_ms=<n> p95_ms=<n>
 * runs=<n>`, plus the one-off time to generate the organization. Search
 * cases use a different query each run, so no cached result helps.
 */
import { createSandbox } from '../demo/sandbox/sandbox.js';

const RUNS = 40;
const sandbox = createSandbox();
const headers = { Authorization: 'Bearer tok_large_owner' };
const base = 'http://bench.test/v1/orgs/org_large';

async function get(path: string): Promise<{ nextCursor: string | null }> {
  const response = await sandbox.handle(
    new Request(`${base}${path}`, { headers }),
  );
  if (response.status !== 200) {
    throw new Error(`${path} answered ${response.status}`);
  }
  return response.json() as Promise<{ nextCursor: string | null }>;
}

async function measure(
  name: string,
  run: (i: number) => Promise<unknown>,
): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const p95 = times[Math.floor(times.length * 0.95)]!;
  console.log(
    `sandbox-list ${name} median_ms=${median.toFixed(2)} ` +
      `p95_ms=${p95.toFixed(2)} runs=${RUNS}`,
  );
}

const started = performance.now();
await get('/users?limit=1');
const generated = (performance.now() - started).toFixed(0);
console.log(`sandbox-list generate_org_large ms=${generated}`);

const syllables = ['ma', 'an', 'li', 'ra', 'el', 'or', 'in', 'sa', 'ko', 'ta'];
const syllable = (n: number) => syllables[n % syllables.length];
const query = (i: number) => `${syllable(i)}${syllable(i * 7 + 3)}`;

await measure('first_page', () => get('/users?limit=50'));
await measure('first_page_sort_email_desc', () =>
  get('/users?limit=50&sort=-email'),
);
let cursor: string | null = null;
await measure('next_page', async () => {
  const page = await get(
    `/users?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
  );
  cursor = page.nextCursor;
});
await measure('search_new_query', (i) =>
  get(`/users?limit=50&q=${query(i)}${i}`),
);
await measure('search_short_query', (i) =>
  get(`/users?limit=50&q=${query(i)}`),
);
await measure('filter_status_invited', () =>
  get('/users?limit=50&status=invited'),
);
await measure('filter_combined_new', (i) =>
  get(
    `/users?limit=50&spaceRole=admin&group=grp_large_${(i % 10) + 1}` +
      `&status=active&sort=-lastAccessAt&q=${query(i)}`,
  ),
);
await measure('seat_summary', () => get('/seats'));
