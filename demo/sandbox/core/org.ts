/**
 * One organization: its spaces, groups, owners, memberships and
 * invitations, and the always-current list of billable users.
 *
 * Every change to what makes an account billable ends in `refresh()`,
 * which adds, moves or removes the account's row in three sorted indexes
 * (username, email, last access). Invitations wait in a min-heap by
 * expiry; `settle(now)` runs before every read and write and expires
 * exactly those whose 7 x 24 h window has closed, so the list and the
 * count are right at every instant without a cleanup job.
 */
import { MinHeap } from './min-heap.js';
import {
  addOnce,
  isQualifying,
  removeOnce,
  ROLE_BITS,
  type Account,
  type AuditEvent,
  type Group,
  type Invitation,
  type Membership,
  type Row,
  type Space,
} from './model.js';
import { SearchText } from './search-text.js';
import { SortedIndex } from './sorted-index.js';
import type { SpaceRole, UserStatus } from './types.js';

/** Where an organization finds the accounts its memberships refer to. */
export interface AccountDirectory {
  account(id: string): Account | undefined;
}

export interface OrgInit {
  id: string;
  name: string;
  plan: string;
  contractedSeats: number;
  requiresTwoFactor: boolean;
}

const ELIGIBLE_PLANS = new Set(['team', 'business']);

export class Org {
  readonly id: string;
  name: string;
  plan: string;
  contractedSeats: number;
  requiresTwoFactor: boolean;

  readonly spaces = new Map<string, Space>();
  readonly groups = new Map<string, Group>();
  readonly owners = new Set<string>();
  readonly members = new Map<string, Membership>();
  readonly invitations = new Map<string, Invitation>();
  readonly audit: AuditEvent[] = [];

  /** Billable users by account id. */
  readonly rows = new Map<string, Row>();
  /** Rows whose only reason is a pending invitation. */
  readonly invited = new Set<Row>();
  readonly byUsername = new SortedIndex<Row>((r) => r.usernameKey, 'string');
  readonly byEmail = new SortedIndex<Row>((r) => r.emailKey, 'string');
  readonly byAccess = new SortedIndex<Row>((r) => r.accessKey, 'number');

  /** Accounts with a membership, in the order they got one. */
  readonly memberAccounts: Account[] = [];
  readonly searchText = new SearchText(this.memberAccounts);

  /** Bumped whenever any row changes; list caches key on it. */
  listVersion = 0;
  readonly listCache = new Map<string, { version: number; rows: Row[] }>();

  private readonly expiries = new MinHeap<Invitation>();
  private versionSeq = 0;
  private loading = false;

  constructor(
    init: OrgInit,
    private readonly directory: AccountDirectory,
  ) {
    this.id = init.id;
    this.name = init.name;
    this.plan = init.plan;
    this.contractedSeats = init.contractedSeats;
    this.requiresTwoFactor = init.requiresTwoFactor;
  }

  /** Only the team and business plans have user management. */
  get userManagementAvailable(): boolean {
    return ELIGIBLE_PLANS.has(this.plan);
  }

  /** The membership record of an account, created on first use. */
  membership(accountId: string): Membership {
    let m = this.members.get(accountId);
    if (!m) {
      const account = this.directory.account(accountId);
      if (!account) {
        throw new Error(`org-user-kit sandbox: no account ${accountId}`);
      }
      m = {
        accountId,
        ordinal: this.memberAccounts.length,
        spaceRoles: new Map(),
        groups: [],
        pending: [],
        qualifyingSpaces: 0,
        version: ++this.versionSeq,
      };
      this.members.set(accountId, m);
      this.memberAccounts.push(account);
      addOnce(account.orgIds, this.id);
    }
    return m;
  }

  /** Sets or clears (`null`) the role an account holds in a space. */
  setSpaceRole(
    space: Space,
    accountId: string,
    role: SpaceRole | null,
    now: number,
  ): void {
    const m = this.membership(accountId);
    const before = m.spaceRoles.get(space.id);
    if (before && isQualifying(before)) {
      m.qualifyingSpaces--;
    }
    if (role === null) {
      m.spaceRoles.delete(space.id);
      space.roles.delete(accountId);
    } else {
      m.spaceRoles.set(space.id, role);
      space.roles.set(accountId, role);
      if (isQualifying(role)) {
        m.qualifyingSpaces++;
      }
    }
    this.refresh(accountId, now);
  }

  setOwner(accountId: string, owner: boolean, now: number): void {
    this.membership(accountId);
    if (owner) {
      this.owners.add(accountId);
    } else {
      this.owners.delete(accountId);
    }
    this.refresh(accountId, now);
  }

  /** Stores an invitation; a pending one starts waiting for expiry. */
  addInvitation(inv: Invitation, now: number): void {
    this.invitations.set(inv.id, inv);
    if (inv.state === 'pending' && inv.expiresAt > now) {
      this.membership(inv.accountId).pending.push(inv);
      this.expiries.push({ at: inv.expiresAt, seq: inv.seq, value: inv });
    }
    this.refresh(inv.accountId, now);
  }

  /** Ends an invitation as accepted or cancelled. */
  closeInvitation(
    inv: Invitation,
    state: 'accepted' | 'cancelled',
    now: number,
  ): void {
    inv.state = state;
    const m = this.members.get(inv.accountId);
    if (m) {
      removeOnce(m.pending, inv);
    }
    this.refresh(inv.accountId, now);
  }

  /** Opens a new 7-day window for a pending or expired invitation. */
  reopenInvitation(inv: Invitation, sentAt: number, ttl: number): void {
    inv.state = 'pending';
    inv.sentAt = sentAt;
    inv.expiresAt = sentAt + ttl;
    addOnce(this.membership(inv.accountId).pending, inv);
    this.expiries.push({ at: inv.expiresAt, seq: inv.seq, value: inv });
    this.refresh(inv.accountId, sentAt);
  }

  /** The invitation's state at `now`; `expired` is computed, not stored. */
  invitationState(
    inv: Invitation,
    now: number,
  ): 'pending' | 'accepted' | 'expired' | 'cancelled' {
    if (inv.state === 'pending' && now >= inv.expiresAt) {
      return 'expired';
    }
    return inv.state;
  }

  /**
   * Expires every invitation whose window closed at or before `now`.
   * Entries left behind by a resend or a cancellation are skipped.
   */
  settle(now: number): void {
    for (;;) {
      const top = this.expiries.peek();
      if (!top || top.at > now) {
        return;
      }
      this.expiries.pop();
      const inv = top.value;
      if (inv.state !== 'pending' || inv.expiresAt !== top.at) {
        continue;
      }
      const m = this.members.get(inv.accountId);
      if (m && removeOnce(m.pending, inv)) {
        this.refresh(inv.accountId, now);
      }
    }
  }

  /** The instant the next pending invitation expires, if any. */
  nextExpiry(): number | null {
    return this.expiries.peek()?.at ?? null;
  }

  /** Whether the account is on the list (call after `settle(now)`). */
  isBillable(accountId: string): boolean {
    return this.rows.has(accountId);
  }

  /** Bumps the version of a user whose account changed. */
  touch(accountId: string, now: number): void {
    if (this.members.has(accountId)) {
      this.refresh(accountId, now);
    }
  }

  /**
   * Recomputes an account's billable state and row after a change, and
   * bumps its version. During a bulk load the indexes are built once at
   * the end instead.
   */
  refresh(accountId: string, now: number): void {
    const m = this.members.get(accountId);
    const account = this.directory.account(accountId);
    if (!m || !account) {
      return;
    }
    m.version = ++this.versionSeq;
    this.listVersion++;
    const row = this.rows.get(accountId);
    const billable =
      this.owners.has(accountId) ||
      m.qualifyingSpaces > 0 ||
      qualifyingExpiry(m, now) !== null;

    if (!billable) {
      if (row) {
        this.removeRow(row);
      }
      return;
    }
    if (!row) {
      const created = this.createRow(account, m, now);
      this.rows.set(accountId, created);
      if (!this.loading) {
        this.byUsername.insert(created);
        this.byEmail.insert(created);
        this.byAccess.insert(created);
      }
      this.trackInvited(created);
      return;
    }
    this.updateRow(row, now);
  }

  /** Runs `fill` with index maintenance deferred, then sorts once. */
  bulkLoad(fill: () => void): void {
    this.loading = true;
    try {
      fill();
    } finally {
      this.loading = false;
    }
    this.byUsername.load([...this.rows.values()]);
    // The other two orders are sorted when first asked for, or right
    // after the request that built the organization, whichever is first.
    this.byEmail.unload();
    this.byAccess.unload();
    if (typeof setTimeout === 'function') {
      setTimeout(() => {
        this.sorted('email');
        this.sorted('lastAccessAt');
      }, 0);
    }
  }

  /** The index for a sort key, sorted now if it was left for later. */
  sorted(key: 'username' | 'email' | 'lastAccessAt'): SortedIndex<Row> {
    const index =
      key === 'email'
        ? this.byEmail
        : key === 'lastAccessAt'
          ? this.byAccess
          : this.byUsername;
    if (!index.loaded) {
      index.load([...this.rows.values()]);
    }
    return index;
  }

  private createRow(account: Account, m: Membership, now: number): Row {
    const row: Row = {
      id: account.id,
      ordinal: m.ordinal,
      account,
      membership: m,
      usernameKey: account.usernameKey,
      emailKey: account.emailKey,
      accessKey: account.lastAccessAt ?? -1,
      isOwner: false,
      status: 'active',
      roleMask: 0,
      invitationExpiresAt: null,
    };
    this.deriveFields(row, now);
    return row;
  }

  private updateRow(row: Row, now: number): void {
    const account = row.account;
    if (this.loading) {
      row.usernameKey = account.usernameKey;
      row.emailKey = account.emailKey;
      row.accessKey = account.lastAccessAt ?? -1;
    }
    if (row.usernameKey !== account.usernameKey) {
      this.byUsername.remove(row);
      row.usernameKey = account.usernameKey;
      this.byUsername.insert(row);
    }
    if (row.emailKey !== account.emailKey) {
      this.byEmail.remove(row);
      row.emailKey = account.emailKey;
      this.byEmail.insert(row);
    }
    const accessKey = account.lastAccessAt ?? -1;
    if (row.accessKey !== accessKey) {
      this.byAccess.remove(row);
      row.accessKey = accessKey;
      this.byAccess.insert(row);
    }
    this.deriveFields(row, now);
    this.trackInvited(row);
  }

  private deriveFields(row: Row, now: number): void {
    const m = row.membership;
    row.isOwner = this.owners.has(row.id);
    let mask = 0;
    for (const role of m.spaceRoles.values()) {
      mask |= ROLE_BITS[role];
    }
    row.roleMask = mask;
    const invitedOnly = !row.isOwner && m.qualifyingSpaces === 0;
    row.invitationExpiresAt = invitedOnly ? qualifyingExpiry(m, now) : null;
    row.status = statusOf(invitedOnly, row.account);
  }

  private trackInvited(row: Row): void {
    if (row.status === 'invited') {
      this.invited.add(row);
    } else {
      this.invited.delete(row);
    }
  }

  private removeRow(row: Row): void {
    this.rows.delete(row.id);
    this.invited.delete(row);
    this.byUsername.remove(row);
    this.byEmail.remove(row);
    this.byAccess.remove(row);
  }
}

function statusOf(invitedOnly: boolean, account: Account): UserStatus {
  if (invitedOnly) {
    return 'invited';
  }
  return account.authStatus === 'reauthentication_required'
    ? 'reauthentication_required'
    : 'active';
}

/**
 * The latest expiry among the pending admin or member invitations still
 * open at `now`, or null when none qualifies (rule 3).
 */
function qualifyingExpiry(m: Membership, now: number): number | null {
  let latest: number | null = null;
  for (const inv of m.pending) {
    if (isQualifying(inv.role) && inv.expiresAt > now) {
      latest =
        latest === null ? inv.expiresAt : Math.max(latest, inv.expiresAt);
    }
  }
  return latest;
}
