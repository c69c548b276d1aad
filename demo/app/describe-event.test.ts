import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { describeEvent } from './describe-event.js';

/** An event with the fields the elements' events carry. */
function event(type: string, fields: Record<string, unknown>): Event {
  return Object.assign(new Event(type, { cancelable: true }), fields);
}

describe('describeEvent', () => {
  it('names the action and the user of an action event', () => {
    const select = event('org-action-select', {
      action: 'delete',
      user: { id: 'usr_1', username: 'Zoë' },
    });

    assert.equal(describeEvent(select), 'delete on Zoë');
  });

  it('says when the page handled an event itself', () => {
    const select = event('org-action-select', {
      action: 'reauthenticate',
      user: { id: 'usr_1', username: 'Aiko' },
    });
    select.preventDefault();

    assert.equal(
      describeEvent(select),
      'reauthenticate on Aiko (handled by the page)',
    );
  });

  it('names the reason and the user id of a change', () => {
    const changed = event('org-users-changed', {
      orgId: 'org_team',
      reason: 'delete',
      userId: 'usr_7',
    });

    assert.equal(describeEvent(changed), 'delete on usr_7');
  });

  it('gives an empty line for an event without those fields', () => {
    assert.equal(describeEvent(new Event('org-users-changed')), '');
  });
});
