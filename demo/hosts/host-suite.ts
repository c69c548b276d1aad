/**
 * The checks every framework host must pass, run by
 * react.browser.test.ts and vue.browser.test.ts against their built
 * bundles.
 */
import { expect, waitUntil } from '@open-wc/testing';

import {
  actionButton,
  expectNoStrayAttributes,
  loadBundle,
  mountHost,
  nativeDialog,
  part,
  received,
  useSandbox,
  type MountHost,
} from './shared/host-test-kit.js';

export function describeHost(
  name: string,
  bundle: string,
  exportName: string,
): void {
  describe(`the ${name} host`, () => {
    let mount: MountHost;

    useSandbox();
    before(async () => {
      mount = await loadBundle(bundle, exportName);
    });

    describe('properties', () => {
      it('passes the client to the table and the dialog as the same object', async () => {
        const host = await mountHost(mount);

        expect(host.table['client']).to.equal(host.mounted.client);
        expect(host.dialog['client']).to.equal(host.mounted.client);
      });

      it('passes getToken as a function property', async () => {
        const host = await mountHost(mount);

        expect(host.seats['getToken']).to.equal(host.mounted.getToken);
        expect(host.seats['baseUrl']).to.equal(
          new URL('/v1', location.origin).href,
        );
      });

      it('passes the columns array as a property and the table shows them', async () => {
        const host = await mountHost(mount);
        const headers = [
          ...host.table.shadowRoot!.querySelectorAll('[role=columnheader]'),
        ].map((cell) => cell.textContent?.trim());

        expect(host.table['columns']).to.equal(host.mounted.columns);
        expect(headers).to.deep.equal(['User', 'Email', 'Status', 'Actions']);
      });

      it('sets strings and booleans as attributes', async () => {
        const host = await mountHost(mount);

        for (const element of [host.seats, host.table, host.dialog]) {
          expect(element.getAttribute('org-id')).to.equal('org_team');
          expect(element['orgId']).to.equal('org_team');
        }
        expect(host.seats.getAttribute('show-pending')).to.equal('');
        expect(part(host.seats, '[part~=pending]')).not.to.equal(null);
      });

      it('sets no attribute that was meant to be a property', async () => {
        const host = await mountHost(mount);

        for (const element of [host.seats, host.table, host.dialog]) {
          expectNoStrayAttributes(element);
        }
      });
    });

    describe('events', () => {
      it('receives org-action-select and opens its own dialog', async () => {
        const host = await mountHost(mount);

        actionButton(host.table, 'Re-authenticate').click();
        const select = await received(host, 'org-action-select');

        expect(select.defaultPrevented).to.equal(true);
        expect((select as Event & { action?: string }).action).to.equal(
          'reauthenticate',
        );
        await waitUntil(
          () => nativeDialog(host.dialog)?.open === true,
          "the host's dialog did not open",
        );
        const tableDialog = part(host.table, 'user-action-dialog');
        expect(
          tableDialog === null || nativeDialog(tableDialog)?.open !== true,
        ).to.equal(true);
      });

      it('receives org-action-request, org-action-complete and org-users-changed', async () => {
        const host = await mountHost(mount);

        actionButton(host.table, 'Re-authenticate').click();
        await waitUntil(() => nativeDialog(host.dialog)?.open === true);
        const confirm = part(host.dialog, '[part~=confirm-button]');
        (confirm as HTMLButtonElement).click();

        await received(host, 'org-action-complete');
        await received(host, 'org-users-changed');
        const types = host.events.map((event) => event.type);
        expect(types.indexOf('org-action-request')).to.be.greaterThan(
          types.indexOf('org-action-select'),
        );
        expect(types.indexOf('org-action-complete')).to.be.greaterThan(
          types.indexOf('org-action-request'),
        );
        await waitUntil(
          () => nativeDialog(host.dialog)?.open === false,
          'the dialog stayed open',
        );
      });
    });
  });
}
