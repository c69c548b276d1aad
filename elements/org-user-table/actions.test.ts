import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { rowActions } from './actions.js';

const strict = { requiresTwoFactor: true };
const lax = { requiresTwoFactor: false };

describe('rowActions', () => {
  it('offers re-authenticate, reset 2FA and delete to an active user', () => {
    const user = {
      status: 'active',
      twoFactor: 'active',
      orgRole: null,
    } as const;

    assert.deepEqual(rowActions(user, strict), [
      { action: 'reauthenticate' },
      { action: 'reset-two-factor' },
      { action: 'delete' },
    ]);
  });

  it('hides reset 2FA when the user has not set it up', () => {
    const user = {
      status: 'active',
      twoFactor: 'not_set_up',
      orgRole: null,
    } as const;

    assert.deepEqual(
      rowActions(user, strict).map((a) => a.action),
      ['reauthenticate', 'delete'],
    );
  });

  it('hides reset 2FA when the organization does not require 2FA', () => {
    const user = {
      status: 'active',
      twoFactor: 'active',
      orgRole: null,
    } as const;

    assert.deepEqual(
      rowActions(user, lax).map((a) => a.action),
      ['reauthenticate', 'delete'],
    );
  });

  it('keeps re-authenticate for a user already asked to', () => {
    const user = {
      status: 'reauthentication_required',
      twoFactor: 'reset_pending',
      orgRole: null,
    } as const;

    assert.deepEqual(
      rowActions(user, strict).map((a) => a.action),
      ['reauthenticate', 'delete'],
    );
  });

  it('offers cancel invitation, not re-authenticate, to an invitee', () => {
    const user = {
      status: 'invited',
      twoFactor: 'not_set_up',
      orgRole: null,
    } as const;

    assert.deepEqual(
      rowActions(user, strict).map((a) => a.action),
      ['cancel-invitation', 'delete'],
    );
  });

  it('blocks delete for an owner', () => {
    const user = {
      status: 'active',
      twoFactor: 'active',
      orgRole: 'owner',
    } as const;

    assert.deepEqual(rowActions(user, strict).at(-1), {
      action: 'delete',
      blocked: 'owner-role-held',
    });
  });
});
