import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError, type ApiErrorInit } from '../../sdk/index.js';
import { describeError } from './error-messages.js';

function apiError(init: Partial<ApiErrorInit>): ApiError {
  return new ApiError({
    status: 409,
    code: 'internal_error',
    title: 'Refused',
    request: { method: 'DELETE', url: 'https://api.test/v1/orgs/o/users/u' },
    ...init,
  });
}

describe('describeError', () => {
  it('tells to remove the owner role first for owner_role_held', () => {
    const described = describeError(apiError({ code: 'owner_role_held' }));

    assert.equal(described.message, 'This user is an organization owner.');
    assert.equal(
      described.action,
      'Remove the owner role first, then delete the user.',
    );
    assert.equal(described.retryable, false);
  });

  it('tells to make another owner first for last_owner', () => {
    const described = describeError(apiError({ code: 'last_owner' }));

    assert.match(described.action, /Make someone else an owner first/);
  });

  it('explains two_factor_not_enabled', () => {
    const described = describeError(
      apiError({ code: 'two_factor_not_enabled' }),
    );

    assert.equal(
      described.message,
      'This user has no two-factor authentication to reset.',
    );
  });

  it('tells to reload and try again for stale_version', () => {
    const described = describeError(
      apiError({ status: 412, code: 'stale_version' }),
    );

    assert.equal(
      described.action,
      'Reload the user, check the change, and try again.',
    );
  });

  it('says how many seconds to wait for rate_limited', () => {
    const seven = describeError(
      apiError({ status: 429, code: 'rate_limited', retryAfterMs: 6200 }),
    );
    const one = describeError(
      apiError({ status: 429, code: 'rate_limited', retryAfterMs: 1000 }),
    );
    const unknown = describeError(
      apiError({ status: 429, code: 'rate_limited' }),
    );

    assert.equal(seven.action, 'Wait 7 seconds, then try again.');
    assert.equal(one.action, 'Wait 1 second, then try again.');
    assert.equal(unknown.action, 'Wait a moment, then try again.');
    assert.equal(seven.retryable, true);
  });

  it('maps not_an_owner and plan_not_eligible to their state views', () => {
    const owner = describeError(
      apiError({ status: 403, code: 'not_an_owner' }),
    );
    const plan = describeError(
      apiError({ status: 403, code: 'plan_not_eligible' }),
    );

    assert.equal(owner.kind, 'not-owner');
    assert.equal(plan.kind, 'plan-not-eligible');
    assert.equal(
      plan.message,
      'User management is not available on your plan.',
    );
  });

  it('describes network errors and timeouts as retryable', () => {
    const network = describeError(
      apiError({ status: 0, code: 'network_error' }),
    );
    const timeout = describeError(apiError({ status: 0, code: 'timeout' }));

    assert.equal(network.message, 'The server could not be reached.');
    assert.equal(timeout.message, 'The server took too long to answer.');
    assert.equal(network.retryable && timeout.retryable, true);
  });

  it('keeps the request id for support', () => {
    const described = describeError(
      apiError({ status: 500, code: 'internal_error', requestId: 'req_42' }),
    );

    assert.equal(described.requestId, 'req_42');
    assert.equal(described.message, 'Something went wrong.');
  });

  it('describes anything else as a generic, retryable error', () => {
    const described = describeError(new TypeError('boom'));

    assert.equal(described.code, 'unknown');
    assert.equal(described.kind, 'error');
    assert.equal(described.retryable, true);
  });
});
