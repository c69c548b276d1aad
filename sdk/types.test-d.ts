/*
 * Type tests, checked by `tsc` and never run: each `@ts-expect-error`
 * line must fail to type-check, or tsc reports the directive as unused.
 */
import {
  createOrgUserClient,
  isApiError,
  type ApiError,
  type ErrorCode,
  type ListUsersQuery,
  type OrgUser,
} from './index.js';

declare const error: unknown;
const client = createOrgUserClient({ baseUrl: 'https://x.test/v1' });

export async function typeTests(): Promise<void> {
  // Queries take the contract's enumerations only.
  const query: ListUsersQuery = { sort: '-email', spaceRole: ['admin'] };
  await client.listUsers('org', query);
  // @ts-expect-error: 'name' is not a UserSort.
  await client.listUsers('org', { sort: 'name' });
  // @ts-expect-error: filters are arrays.
  await client.listUsers('org', { status: 'active' });
  // @ts-expect-error: 'owner' is no space role.
  await client.listUsers('org', { spaceRole: ['owner'] });

  // Action options are checked.
  await client.deleteUser('org', 'u', { ifMatch: 'v1', idempotencyKey: 'k' });
  // @ts-expect-error: the option is ifMatch.
  await client.deleteUser('org', 'u', { etag: 'v1' });
  // @ts-expect-error: versions are strings.
  await client.grantOwner('org', 'u', { ifMatch: 7 });
  // @ts-expect-error: read helpers take no action options.
  await client.getUser('org', 'u', { ifMatch: 'v1' });

  // Results carry the contract's types.
  const removed: OrgUser | null = await client.removeOwner('org', 'u');
  // @ts-expect-error: removeOwner may resolve with null.
  const user: OrgUser = await client.removeOwner('org', 'u');
  const nothing: void = await client.cancelInvitation('org', 'u');
  void [removed, user, nothing];

  // The raw client checks paths, parameters and bodies.
  await client.raw.GET('/orgs/{orgId}/users', {
    params: { path: { orgId: 'org' }, query: { limit: 10 } },
  });
  // @ts-expect-error: no such path.
  await client.raw.GET('/orgs/{orgId}/people', {
    params: { path: { orgId: 'org' } },
  });
  await client.raw.POST('/orgs/{orgId}/invitations', {
    params: { path: { orgId: 'org' } },
    // @ts-expect-error: 'owner' is no role to invite as.
    body: { spaceId: 's', role: 'owner', emails: ['a@b.c'] },
  });

  // Error codes are narrowed.
  if (isApiError(error)) {
    const code: ApiError['code'] = error.code;
    const contractCode: ErrorCode | undefined = error.problem?.code;
    // @ts-expect-error: status is a number.
    const status: string = error.status;
    void [code, contractCode, status];
  }
}
