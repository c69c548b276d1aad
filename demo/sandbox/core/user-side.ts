/**
 * The user's side, which only the sandbox plays: entering a space,
 * following email links, and setting two-factor authentication up.
 */
import { emailKey } from './fold.js';
import { ROLE_RANK, type Account, type Email } from './model.js';
import { Refusal } from './refusal.js';
import { REAUTH_LINK_TTL } from './time.js';
import type { SpaceEntryView, SpaceRole } from './types.js';
import type { World } from './world.js';

/**
 * An account enters a space. A blocked email is refused unless the
 * account is the space's admin; otherwise a pending invitation is
 * accepted with its role; otherwise the access settings give their role;
 * otherwise a role already held is kept; otherwise entry is refused.
 * Neither an invitation nor an access setting lowers a higher role the
 * account already holds there. Entering records the last
 * access time. An email the sandbox has not seen gets an account.
 */
export function enterSpace(
  world: World,
  spaceId: string,
  email: string,
): SpaceEntryView {
  const found = world.space(spaceId);
  if (!found) {
    throw new Refusal('space_not_found', `There is no space ${spaceId}.`);
  }
  const { org, space } = found;
  const now = world.now();
  const key = emailKey(email);
  const existing = world.accountByEmail(email);
  const held = existing ? space.roles.get(existing.id) : undefined;

  if (space.blocklist.has(key) && held !== 'admin') {
    throw new Refusal(
      'email_blocked',
      `${email} is blocked from ${space.name}.`,
    );
  }
  const account = existing ?? world.accountForEmail(email);
  const m = org.membership(account.id);
  const invitation = [...m.pending].find(
    (inv) => inv.spaceId === spaceId && inv.expiresAt > now,
  );
  let entry: SpaceEntryView;
  if (invitation) {
    const role = higher(held, invitation.role);
    org.closeInvitation(invitation, 'accepted', now);
    org.setSpaceRole(space, account.id, role, now);
    entry = entryOf(account, spaceId, role, 'invitation');
  } else {
    const access = space.access.get(key);
    if (access && (!held || ROLE_RANK[access.role] > ROLE_RANK[held])) {
      org.setSpaceRole(space, account.id, access.role, now);
      entry = entryOf(account, spaceId, access.role, 'access_settings');
    } else if (held) {
      entry = entryOf(account, spaceId, held, 'existing_role');
    } else {
      throw new Refusal(
        'no_access',
        `${email} has no access to ${space.name}.`,
      );
    }
  }
  world.updateAccount(account, (a) => {
    a.lastAccessAt = now;
  });
  return entry;
}

/** The higher of a role held (if any) and a role offered. */
function higher(held: SpaceRole | undefined, offered: SpaceRole): SpaceRole {
  return held && ROLE_RANK[held] > ROLE_RANK[offered] ? held : offered;
}

function entryOf(
  account: Account,
  spaceId: string,
  role: SpaceEntryView['role'],
  via: SpaceEntryView['via'],
): SpaceEntryView {
  return { userId: account.id, spaceId, role, via };
}

/** The account, or `404 user_not_found`. */
export function requireUser(world: World, userId: string): Account {
  const account = world.account(userId);
  if (!account) {
    throw new Refusal('user_not_found', `There is no user ${userId}.`);
  }
  return account;
}

/**
 * The user asks for a re-authentication email: a link valid one hour.
 * Asking again sends a new link; older ones work until they expire.
 */
export function requestReauthenticationEmail(
  world: World,
  userId: string,
): Email {
  const account = requireUser(world, userId);
  if (account.authStatus !== 'reauthentication_required') {
    throw new Refusal(
      'reauthentication_not_required',
      `${account.username} has nothing to re-authenticate.`,
    );
  }
  return world.sendEmail({
    to: account.email,
    userId,
    kind: 'reauthentication_link',
    subject: 'Confirm it is you',
    link: { kind: 'reauthentication', ttl: REAUTH_LINK_TTL },
  });
}

/** The user sets two-factor authentication up (again). */
export function setUpTwoFactor(world: World, userId: string): Account {
  const account = requireUser(world, userId);
  world.updateAccount(account, (a) => {
    a.twoFactor = 'active';
  });
  return account;
}

/**
 * The user follows a link: a re-authentication link verifies the
 * account; a 2FA reset link retires the old authenticator. A link works
 * until the instant it expires, and once.
 */
export function useLink(world: World, token: string): Account {
  const link = world.links.get(token);
  if (!link) {
    throw new Refusal('link_not_found', 'There is no such link.');
  }
  if (link.used) {
    throw new Refusal('link_used', 'This link was already used.');
  }
  if (world.now() >= link.expiresAt) {
    throw new Refusal('link_expired', 'This link has expired.');
  }
  const account = requireUser(world, link.accountId);
  link.used = true;
  world.updateAccount(account, (a) => {
    if (link.kind === 'reauthentication') {
      a.authStatus = 'verified';
    } else {
      a.twoFactor = 'reset_pending';
    }
  });
  return account;
}
