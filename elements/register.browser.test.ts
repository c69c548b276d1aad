import { expect } from '@open-wc/testing';
import { OrgUserTable } from './org-user-table/org-user-table.js';
import { defineElement } from './register.js';
import { SeatCounter } from './seat-counter/seat-counter.js';
import { UserActionDialog } from './user-action-dialog/user-action-dialog.js';

describe('register', () => {
  let warnings: unknown[][] = [];
  const warn = console.warn;

  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
  });

  afterEach(() => {
    console.warn = warn;
  });

  it('defines the three tags with the kit classes', () => {
    expect(customElements.get('org-user-table')).to.equal(OrgUserTable);
    expect(customElements.get('seat-counter')).to.equal(SeatCounter);
    expect(customElements.get('user-action-dialog')).to.equal(UserActionDialog);
  });

  it('skips a tag defined by the same class, silently', () => {
    expect(defineElement('seat-counter', SeatCounter)).to.equal(true);
    expect(warnings).to.deep.equal([]);
  });

  it('skips a tag defined by another copy of the same version', () => {
    class SecondCopy extends SeatCounter {}

    expect(defineElement('seat-counter', SecondCopy)).to.equal(true);
    expect(customElements.get('seat-counter')).to.equal(SeatCounter);
    expect(warnings).to.deep.equal([]);
  });

  it('defines a subclass under a name of the host', () => {
    class MySeats extends SeatCounter {}

    expect(defineElement('my-seats', MySeats)).to.equal(true);
    expect(document.createElement('my-seats')).to.be.instanceOf(SeatCounter);
  });

  it('warns once, prefixed, when other code holds the name', () => {
    customElements.define('taken-dialog', class extends HTMLElement {});
    class Late extends UserActionDialog {}
    class Later extends UserActionDialog {}

    expect(defineElement('taken-dialog', Late)).to.equal(false);
    expect(defineElement('taken-dialog', Later)).to.equal(false);
    expect(warnings.length).to.equal(1);
    expect(String(warnings[0]![0])).to.match(
      /^org-user-kit: <taken-dialog> is already defined by other code/,
    );
  });
});
