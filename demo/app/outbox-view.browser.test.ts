import { expect } from '@open-wc/testing';
import { render } from 'lit';

import { outboxView, type OutboxActions } from './outbox-view.js';
import type { Email } from './sandbox-api.js';
import type { DemoState } from './store.js';

const NOW = '2026-03-05T09:00:00.000Z';

function email(overrides: Partial<Email>): Email {
  return {
    id: 'em_1',
    to: 'zoe@acme.example',
    userId: 'usr_zoe',
    kind: 'reauthentication_notice',
    subject: 'Please sign in again',
    sentAt: NOW,
    link: null,
    ...overrides,
  };
}

function link(expiresAt: string, used = false): Email['link'] {
  return { token: 'lnk_1', expiresAt, used };
}

function state(outbox: Email[]): DemoState {
  return {
    mode: 'server',
    personas: [],
    persona: undefined,
    now: NOW,
    outbox,
    spaces: [],
    locale: 'en',
    theme: 'light',
    busy: false,
    notice: undefined,
    log: [],
  };
}

/** Renders the outbox and records which action each button calls. */
function show(outbox: Email[]) {
  const calls: string[] = [];
  const actions: OutboxActions = {
    requestReauthenticationEmail: (id) => calls.push(`request ${id}`),
    useLink: (token) => calls.push(`use ${token}`),
    setUpTwoFactor: (id) => calls.push(`set up ${id}`),
    prefillEntry: (to) => calls.push(`enter ${to}`),
  };
  const host = document.createElement('div');
  render(outboxView(state(outbox), actions), host);
  const buttons = [...host.querySelectorAll('button')];
  return {
    host,
    calls,
    labels: buttons.map((button) => button.textContent?.trim()),
    click: (index: number) => buttons[index]!.click(),
  };
}

describe('the demo outbox', () => {
  it('says how to get an email when there is none', () => {
    const { host } = show([]);

    expect(host.textContent).to.include('No email yet');
  });

  it('offers to ask for the sign-in email after a re-authentication notice', () => {
    const view = show([email({})]);
    view.click(0);

    expect(view.labels).to.deep.equal(['Ask for the sign-in email']);
    expect(view.calls).to.deep.equal(['request usr_zoe']);
  });

  it('offers a valid sign-in link, and tells when it expires', () => {
    const view = show([
      email({
        kind: 'reauthentication_link',
        link: link('2026-03-05T10:00:00.000Z'),
      }),
    ]);
    view.click(0);

    expect(view.labels).to.deep.equal(['Follow the sign-in link']);
    expect(view.host.querySelector('.tag')?.textContent).to.equal(
      'valid, expires in 1 hour',
    );
    expect(view.calls).to.deep.equal(['use lnk_1']);
  });

  it('offers nothing more for a sign-in link already used', () => {
    const view = show([
      email({
        kind: 'reauthentication_link',
        link: link('2026-03-05T10:00:00.000Z', true),
      }),
    ]);

    expect(view.labels).to.deep.equal([]);
    expect(view.host.querySelector('.tag')?.textContent).to.equal('used');
  });

  it('still offers an expired link, so its refusal can be seen', () => {
    const view = show([
      email({
        kind: 'reauthentication_link',
        link: link('2026-03-05T08:00:00.000Z'),
      }),
    ]);

    expect(view.labels).to.deep.equal(['Follow the sign-in link']);
    expect(view.host.querySelector('.tag')?.textContent).to.equal(
      'expired 1 hour ago',
    );
  });

  it('offers to set 2FA up again once the reset link was used', () => {
    const unused = show([
      email({ kind: 'two_factor_reset', link: link('2026-03-07T09:00:00Z') }),
    ]);
    const used = show([
      email({
        kind: 'two_factor_reset',
        link: link('2026-03-07T09:00:00Z', true),
      }),
    ]);
    used.click(0);

    expect(unused.labels).to.deep.equal(['Follow the reset link']);
    expect(used.labels).to.deep.equal(['Set 2FA up again']);
    expect(used.calls).to.deep.equal(['set up usr_zoe']);
  });

  it('puts an invitee into the "enter a space" form', () => {
    const view = show([email({ kind: 'invitation', userId: null })]);
    view.click(0);

    expect(view.calls).to.deep.equal(['enter zoe@acme.example']);
  });

  it('shows a subject with markup as text', () => {
    const view = show([email({ subject: '<img src=x onerror=alert(1)>' })]);

    expect(view.host.querySelector('img')).to.equal(null);
    expect(view.host.querySelector('.mail-subject')?.textContent).to.equal(
      '<img src=x onerror=alert(1)>',
    );
  });
});
