/** A page of a cursor list, as every list of the contract answers it. */
export interface CursorPage<Item> {
  items: Item[];
  nextCursor: string | null;
}

/**
 * Every item of a cursor list, page after page, fetching the next page
 * only when the previous one has been consumed. Stops after the page whose
 * `nextCursor` is null, or with the signal's reason once it aborts.
 * Breaking out of a `for await` loop fetches nothing more.
 *
 * @param fetchPage Fetches the page at `cursor` (undefined: the first).
 * @param signal Stops the iteration; pass the same one to `fetchPage`.
 *
 * @example
 * ```ts
 * const invitations = paginate(async (cursor) =>
 *   unwrap(
 *     await client.raw.GET('/orgs/{orgId}/invitations', {
 *       params: { path: { orgId }, query: { cursor, limit: 200 } },
 *       signal,
 *     }),
 *   ),
 *   signal,
 * );
 * for await (const invitation of invitations) {
 *   console.log(invitation.email);
 * }
 * ```
 */
export async function* paginate<Item>(
  fetchPage: (cursor: string | undefined) => Promise<CursorPage<Item>>,
  signal?: AbortSignal,
  firstCursor?: string,
): AsyncGenerator<Item, void, undefined> {
  let cursor = firstCursor;
  do {
    signal?.throwIfAborted();
    const page = await fetchPage(cursor);
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}
