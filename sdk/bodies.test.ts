import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import { isApiError } from './api-error.js';
import {
  API,
  problem,
  rejection,
  SEATS,
  testClient,
  useServer,
} from './test-harness.js';

const server = useServer();
const USER = `${API}/users/u_1`;

describe('response bodies', () => {
  describe('empty success bodies', () => {
    it('resolves cancelInvitation on 204 with undefined', async () => {
      server.use(
        http.post(
          `${USER}/cancel-invitation`,
          () => new HttpResponse(null, { status: 204 }),
        ),
      );
      const { client } = testClient();

      assert.equal(await client.cancelInvitation('org_1', 'u_1'), undefined);
    });

    it('resolves removeOwner on 204 with null', async () => {
      server.use(
        http.delete(
          `${API}/owners/u_1`,
          () => new HttpResponse(null, { status: 204 }),
        ),
      );
      const { client } = testClient();

      assert.equal(await client.removeOwner('org_1', 'u_1'), null);
    });

    it('reads an empty 202 as no data', async () => {
      server.use(
        http.post(
          `${USER}/reset-two-factor`,
          () => new HttpResponse(null, { status: 202 }),
        ),
      );
      const { client } = testClient();

      const { data, response } = await client.raw.POST(
        '/orgs/{orgId}/users/{userId}/reset-two-factor',
        { params: { path: { orgId: 'org_1', userId: 'u_1' } } },
      );

      assert.equal(response.status, 202);
      assert.equal(data, undefined);
    });

    it('reads a 200 without content as no data', async () => {
      server.use(http.get(`${API}/seats`, () => new HttpResponse(null)));
      const { client } = testClient();

      const { data, error } = await client.raw.GET('/orgs/{orgId}/seats', {
        params: { path: { orgId: 'org_1' } },
      });

      assert.equal(data, undefined);
      assert.equal(error, undefined);
    });

    it('reads a 200 with Content-Length 0 as no data', async () => {
      server.use(
        http.get(
          `${API}/seats`,
          () => new HttpResponse('', { headers: { 'Content-Length': '0' } }),
        ),
      );
      const { client } = testClient();

      const { data } = await client.raw.GET('/orgs/{orgId}/seats', {
        params: { path: { orgId: 'org_1' } },
      });

      assert.equal(data, undefined);
    });

    it('reads a 200 of blank space as no data', async () => {
      server.use(
        http.get(`${API}/seats`, () =>
          HttpResponse.text(' \n', {
            headers: { 'Content-Type': 'application/json' },
          }),
        ),
      );
      const { client } = testClient();

      const { data } = await client.raw.GET('/orgs/{orgId}/seats', {
        params: { path: { orgId: 'org_1' } },
      });

      assert.equal(data, undefined);
    });

    it('rejects a helper promising data with unexpected_response', async () => {
      server.use(
        http.post(
          `${USER}/reset-two-factor`,
          () => new HttpResponse(null, { status: 202 }),
        ),
      );
      const { client } = testClient();

      const error = await rejection(client.resetTwoFactor('org_1', 'u_1'));

      assert.ok(isApiError(error, 'unexpected_response'));
      assert.equal(error.status, 202);
    });
  });

  describe('malformed bodies', () => {
    it('rejects malformed JSON in a success body', async () => {
      server.use(
        http.get(`${API}/seats`, () =>
          HttpResponse.text('{"billableUsers": 12,', {
            headers: {
              'Content-Type': 'application/json',
              'X-Request-Id': 'req_42',
            },
          }),
        ),
      );
      const { client } = testClient();

      const error = await rejection(client.getSeatSummary('org_1'));

      assert.ok(isApiError(error, 'malformed_response'));
      assert.equal(error.status, 200);
      assert.equal(error.requestId, 'req_42');
      assert.equal(error.request.url, `${API}/seats`);
    });

    it('rejects a success body that is not JSON at all', async () => {
      server.use(
        http.get(`${API}/seats`, () => HttpResponse.html('<p>Welcome</p>')),
      );
      const { client } = testClient();

      const error = await rejection(client.getSeatSummary('org_1'));

      assert.ok(isApiError(error, 'malformed_response'));
    });

    it('rejects malformed JSON in a problem body, with its status', async () => {
      server.use(
        http.get(`${API}/seats`, () =>
          HttpResponse.text('{"code": "not_an', {
            status: 403,
            headers: { 'Content-Type': 'application/problem+json' },
          }),
        ),
      );
      const { client } = testClient();

      const error = await rejection(client.getSeatSummary('org_1'));

      assert.ok(isApiError(error, 'malformed_response'));
      assert.equal(error.status, 403);
    });

    it('rejects malformed JSON from the raw client too', async () => {
      server.use(
        http.get(`${API}/seats`, () =>
          HttpResponse.text('[1, 2', {
            headers: { 'Content-Type': 'application/json' },
          }),
        ),
      );
      const { client } = testClient();

      const error = await rejection(
        client.raw.GET('/orgs/{orgId}/seats', {
          params: { path: { orgId: 'org_1' } },
        }),
      );

      assert.ok(isApiError(error, 'malformed_response'));
    });
  });

  describe('error bodies', () => {
    it('takes code, title, detail and request id from a problem', async () => {
      server.use(
        http.get(`${USER}`, () =>
          problem(404, 'not_an_organization_user', {
            detail: 'u_1 is not on the list.',
          }),
        ),
      );
      const { client } = testClient();

      const error = await rejection(client.getUser('org_1', 'u_1'));

      assert.ok(isApiError(error, 'not_an_organization_user'));
      assert.equal(error.status, 404);
      assert.equal(error.title, 'Title of not_an_organization_user');
      assert.equal(error.detail, 'u_1 is not on the list.');
      assert.equal(error.requestId, 'req_not_an_organization_user');
      assert.equal(error.problem?.code, 'not_an_organization_user');
      assert.deepEqual(error.request, { method: 'GET', url: USER });
      assert.match(error.message, /^org-user-kit: GET \/v1\/orgs\/org_1/);
    });

    it('prefers the request id of the problem body', async () => {
      server.use(
        http.get(`${API}/seats`, () =>
          HttpResponse.json(
            {
              type: 'about:blank',
              title: 'Nope',
              status: 403,
              code: 'not_an_owner',
              requestId: 'req_body',
            },
            { status: 403, headers: { 'X-Request-Id': 'req_header' } },
          ),
        ),
      );
      const { client } = testClient();

      const error = await rejection(client.getSeatSummary('org_1'));

      assert.ok(isApiError(error, 'not_an_owner'));
      assert.equal(error.requestId, 'req_body');
    });

    it('gives an HTML error page unexpected_response', async () => {
      server.use(
        http.get(`${API}/seats`, () =>
          HttpResponse.html('<h1>Bad gateway</h1>', {
            status: 502,
            headers: { 'X-Request-Id': 'req_gw' },
          }),
        ),
      );
      const { client } = testClient();

      const error = await rejection(client.getSeatSummary('org_1'));

      assert.ok(isApiError(error, 'unexpected_response'));
      assert.equal(error.status, 502);
      assert.equal(error.requestId, 'req_gw');
      assert.equal(error.problem, undefined);
    });

    it('gives a JSON body without a code unexpected_response', async () => {
      server.use(
        http.get(`${API}/seats`, () =>
          HttpResponse.json({ message: 'no' }, { status: 400 }),
        ),
      );
      const { client } = testClient();

      const error = await rejection(client.getSeatSummary('org_1'));

      assert.ok(isApiError(error, 'unexpected_response'));
      assert.equal(error.status, 400);
    });

    it('derives unauthorized from a bare 401', async () => {
      server.use(
        http.get(`${API}/seats`, () => new HttpResponse(null, { status: 401 })),
      );
      const { client } = testClient();

      const error = await rejection(client.getSeatSummary('org_1'));

      assert.ok(isApiError(error, 'unauthorized'));
    });

    it('keeps an unknown code of a newer server', async () => {
      server.use(
        http.get(`${API}/seats`, () =>
          HttpResponse.json(
            { title: 'Later', status: 409, code: 'seat_frozen' },
            { status: 409 },
          ),
        ),
      );
      const { client } = testClient();

      const error = await rejection(client.getSeatSummary('org_1'));

      assert.ok(isApiError(error, 'seat_frozen'));
    });

    it('returns the error as a value from the raw client', async () => {
      server.use(
        http.get(`${API}/seats`, () => problem(403, 'plan_not_eligible')),
      );
      const { client } = testClient();

      const { data, error, response } = await client.raw.GET(
        '/orgs/{orgId}/seats',
        { params: { path: { orgId: 'org_1' } } },
      );

      assert.equal(data, undefined);
      assert.equal(response.status, 403);
      assert.equal(error?.code, 'plan_not_eligible');
    });
  });

  describe('successful bodies', () => {
    it('resolves listSpaces and listGroups with their items', async () => {
      const space = { id: 's_1', name: 'Lobby', memberCount: 3 };
      const group = { id: 'g_1', name: 'Design', memberCount: 2 };
      server.use(
        http.get(`${API}/spaces`, () => HttpResponse.json({ items: [space] })),
        http.get(`${API}/groups`, () => HttpResponse.json({ items: [group] })),
      );
      const { client } = testClient();

      assert.deepEqual(await client.listSpaces('org_1'), [space]);
      assert.deepEqual(await client.listGroups('org_1'), [group]);
    });

    it('resolves getSeatSummary with the body', async () => {
      server.use(http.get(`${API}/seats`, () => HttpResponse.json(SEATS)));
      const { client } = testClient();

      assert.deepEqual(await client.getSeatSummary('org_1'), SEATS);
    });
  });
});
