/**
 * Everything the sandbox holds: accounts (shared by organizations), the
 * organizations, the outbox of emails with their links, access tokens,
 * and the clock. The domain rules live in `org.ts`, `actions.ts` and
 * `user-side.ts`; this is the storage they share.
 */
import { Clock } from './clock.js';
import { emailKey, fold } from './fold.js';
import type { Account, Email, EmailLink, Space } from './model.js';
import { Org, type AccountDirectory } from './org.js';
import { Random } from './random.js';
import { searchable } from './search-text.js';
import type { EmailKind, TwoFactorState } from './types.js';

export interface AccountInit {
  id?: string;
  username: string;
  email: string;
  avatarUrl?: string | null;
  twoFactor?: TwoFactorState;
  reauthenticationRequired?: boolean;
  lastAccessAt?: number | null;
}

/** An organization built only when first asked for (the large one). */
export interface LazyOrg {
  orgId: string;
  /** Account ids starting with this belong to the lazy organization. */
  accountPrefix: string;
  build(world: World): void;
}

/** A response kept for an `Idempotency-Key`, to answer a repeat with. */
export interface StoredResponse {
  fingerprint: string;
  at: number;
  status: number;
  headers: [string, string][];
  body: string | null;
}

interface Session {
  accountId: string;
  expiresAt: number;
}

export class World implements AccountDirectory {
  readonly accounts = new Map<string, Account>();
  readonly accountsByEmail = new Map<string, Account>();
  readonly orgs = new Map<string, Org>();
  readonly spaceOrgs = new Map<string, Org>();
  readonly outbox: Email[] = [];
  readonly links = new Map<string, EmailLink>();
  /** Static tokens of the personas, besides `tok_<accountId>`. */
  readonly tokenAliases = new Map<string, string>();
  readonly sessions = new Map<string, Session>();
  /** Caller and key to the first response, for idempotent replays. */
  readonly idempotency = new Map<string, StoredResponse>();
  readonly random: Random;
  private readonly lazy = new Map<string, LazyOrg>();
  private readonly counters = new Map<string, number>();

  constructor(
    readonly clock: Clock,
    seed: number,
  ) {
    this.random = new Random(seed ^ 0x5eed);
  }

  now(): number {
    return this.clock.now();
  }

  /** A fresh id such as `eml_12`, unique per prefix. */
  nextId(prefix: string): string {
    return `${prefix}_${this.nextNumber(prefix)}`;
  }

  nextNumber(prefix: string): number {
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    return n;
  }

  registerLazy(lazy: LazyOrg): void {
    this.lazy.set(lazy.orgId, lazy);
  }

  /** The organization, building a lazy one on first use. */
  org(id: string): Org | undefined {
    const pending = this.lazy.get(id);
    if (pending) {
      this.lazy.delete(id);
      pending.build(this);
      this.orgs.get(id)?.settle(this.now());
    }
    return this.orgs.get(id);
  }

  addOrg(org: Org): Org {
    this.orgs.set(org.id, org);
    return org;
  }

  addSpace(org: Org, space: Space): Space {
    org.spaces.set(space.id, space);
    this.spaceOrgs.set(space.id, org);
    return space;
  }

  space(spaceId: string): { org: Org; space: Space } | undefined {
    let org = this.spaceOrgs.get(spaceId);
    if (!org) {
      for (const lazy of [...this.lazy.values()]) {
        if (spaceId.startsWith(lazy.orgId.replace('org_', 'sp_'))) {
          this.org(lazy.orgId);
        }
      }
      org = this.spaceOrgs.get(spaceId);
    }
    const space = org?.spaces.get(spaceId);
    return org && space ? { org, space } : undefined;
  }

  account(id: string): Account | undefined {
    const found = this.accounts.get(id);
    if (found) {
      return found;
    }
    for (const lazy of [...this.lazy.values()]) {
      if (id.startsWith(lazy.accountPrefix)) {
        this.org(lazy.orgId);
        return this.accounts.get(id);
      }
    }
    return undefined;
  }

  accountByEmail(email: string): Account | undefined {
    return this.accountsByEmail.get(emailKey(email));
  }

  createAccount(init: AccountInit): Account {
    const id = init.id ?? this.nextId('usr_n');
    const usernameKey = fold(searchable(init.username));
    const account: Account = {
      id,
      username: init.username,
      email: init.email,
      emailKey: emailKey(init.email),
      avatarUrl: init.avatarUrl ?? null,
      twoFactor: init.twoFactor ?? 'not_set_up',
      authStatus: init.reauthenticationRequired
        ? 'reauthentication_required'
        : 'verified',
      lastAccessAt: init.lastAccessAt ?? null,
      usernameKey,
      searchKey: [usernameKey, fold(searchable(init.email))].join('\u0000'),
      orgIds: [],
    };
    this.accounts.set(id, account);
    this.accountsByEmail.set(account.emailKey, account);
    return account;
  }

  /**
   * The account for an email, created when the sandbox has not seen it
   * (an invitee or a first visitor); its username is the email's local
   * part until the person sets one.
   */
  accountForEmail(email: string): Account {
    const trimmed = email.trim();
    const found = this.accountByEmail(trimmed);
    if (found) {
      return found;
    }
    const local = trimmed.split('@')[0] || trimmed;
    return this.createAccount({ username: local, email: trimmed });
  }

  /** Applies a change to an account and bumps its version everywhere. */
  updateAccount(account: Account, change: (a: Account) => void): void {
    change(account);
    const now = this.now();
    for (const orgId of account.orgIds) {
      this.orgs.get(orgId)?.touch(account.id, now);
    }
  }

  /** Settles expiries in every organization built so far. */
  settle(): void {
    const now = this.now();
    for (const org of this.orgs.values()) {
      org.settle(now);
    }
  }

  /** Records an email in the outbox, with a link when it has one. */
  sendEmail(input: {
    to: string;
    userId: string | null;
    kind: EmailKind;
    subject: string;
    link?: { kind: EmailLink['kind']; ttl: number };
  }): Email {
    const now = this.now();
    let link: EmailLink | null = null;
    if (input.link && input.userId) {
      link = {
        token: this.linkToken(),
        kind: input.link.kind,
        accountId: input.userId,
        expiresAt: now + input.link.ttl,
        used: false,
      };
      this.links.set(link.token, link);
    }
    const email: Email = {
      id: this.nextId('eml'),
      to: input.to,
      userId: input.userId,
      kind: input.kind,
      subject: input.subject,
      sentAt: now,
      link,
    };
    this.outbox.push(email);
    return email;
  }

  /** The account a bearer token stands for, if it is valid now. */
  authenticate(token: string): Account | undefined {
    const session = this.sessions.get(token);
    if (session) {
      if (this.now() >= session.expiresAt) {
        return undefined;
      }
      return this.account(session.accountId);
    }
    const alias = this.tokenAliases.get(token);
    if (alias) {
      return this.account(alias);
    }
    if (token.startsWith('tok_')) {
      return this.account(token.slice(4));
    }
    return undefined;
  }

  /** Issues an expiring token for an account. */
  issueToken(accountId: string, ttlMs: number): Session & { token: string } {
    const n = this.nextNumber('session');
    const token = `tok_session_${n}_${this.randomHex(8)}`;
    const session = { accountId, expiresAt: this.now() + ttlMs };
    this.sessions.set(token, session);
    return { token, ...session };
  }

  /** Ends every issued session of an account (re-authentication). */
  revokeSessions(accountId: string): void {
    for (const [token, session] of this.sessions) {
      if (session.accountId === accountId) {
        this.sessions.delete(token);
      }
    }
  }

  private linkToken(): string {
    return `lnk_${this.nextNumber('link')}_${this.randomHex(12)}`;
  }

  private randomHex(length: number): string {
    let out = '';
    while (out.length < length) {
      out += Math.floor(this.random.next() * 16).toString(16);
    }
    return out;
  }
}
