/**
 * `org_team`: Acme Workspace on the team plan, requiring 2FA, with about
 * 240 users in 6 spaces and 5 groups, 3 owners, invitations of every age,
 * access settings and blocklists, users pending re-authentication, and
 * the hostile data a real list meets: emoji, right-to-left and accented
 * names in both Unicode forms, markup, a 200-character email and
 * plus-addressed emails.
 */
import type { Account, Space } from '../core/model.js';
import type { Org } from '../core/org.js';
import type { Random } from '../core/random.js';
import { DAY, HOUR, MINUTE } from '../core/time.js';
import type { SpaceRole, TwoFactorState } from '../core/types.js';
import type { AccountInit, World } from '../core/world.js';
import { addGroup, addInvitation, addOrg, addRole, addSpace } from './build.js';
import { asciiSlug, FIRST_NAMES, LAST_NAMES } from './names.js';

const DOMAIN = 'acme.example';
const REGULAR_USERS = 222;

export function seedTeam(world: World, random: Random, now: number): Org {
  const org = addOrg(world, {
    id: 'org_team',
    name: 'Acme Workspace',
    plan: 'team',
    contractedSeats: 250,
    requiresTwoFactor: true,
  });
  const spaces = [
    addSpace(world, org, 'sp_team_design', 'Design Studio'),
    addSpace(world, org, 'sp_team_eng', 'Engineering'),
    addSpace(world, org, 'sp_team_hq', 'Headquarters'),
    addSpace(world, org, 'sp_team_lounge', 'Lounge'),
    addSpace(world, org, 'sp_team_sales', 'Sales Floor'),
    addSpace(world, org, 'sp_team_support', 'Support Desk'),
  ];
  const [design, eng, hq, lounge, sales, support] = spaces as [
    Space,
    Space,
    Space,
    Space,
    Space,
    Space,
  ];
  const lastAccess = () => now - random.int(10, 90 * 24 * 60) * MINUTE;
  const make = (init: AccountInit) =>
    world.createAccount({
      twoFactor: 'active',
      lastAccessAt: lastAccess(),
      ...init,
    });

  // The people the demo signs in as, and a third owner.
  const owner = make({
    id: 'usr_team_owner',
    username: 'Aiko Tanaka',
    email: `aiko.tanaka@${DOMAIN}`,
  });
  const owner2 = make({
    id: 'usr_team_owner_2',
    username: 'Marco Rossi',
    email: `marco.rossi@${DOMAIN}`,
  });
  const owner3 = make({
    id: 'usr_team_owner_3',
    username: 'Grace Okafor',
    email: `grace.okafor@${DOMAIN}`,
  });
  const member = make({
    id: 'usr_team_member',
    username: 'Lars Jensen',
    email: `lars.jensen@${DOMAIN}`,
  });
  world.tokenAliases.set('tok_team_owner', owner.id);
  world.tokenAliases.set('tok_team_owner_2', owner2.id);
  world.tokenAliases.set('tok_team_member', member.id);
  for (const o of [owner, owner2, owner3]) {
    org.setOwner(o.id, true, now);
  }
  addRole(org, hq, owner, 'admin', now);
  addRole(org, eng, owner2, 'admin', now);
  addRole(org, eng, member, 'member', now);
  addRole(org, lounge, member, 'visitor', now);

  const hostile = seedHostile(world, make);
  for (const account of hostile) {
    addRole(org, random.pick(spaces), account, 'member', now);
  }

  const regular: Account[] = [];
  const usedEmails = new Set<string>();
  for (let i = 0; regular.length < REGULAR_USERS; i++) {
    const first = FIRST_NAMES[(i * 7 + random.int(0, 3)) % FIRST_NAMES.length]!;
    const last = random.pick(LAST_NAMES);
    let local = `${asciiSlug(first)}.${asciiSlug(last)}`;
    for (let n = 2; usedEmails.has(local); n++) {
      local = `${asciiSlug(first)}.${asciiSlug(last)}${n}`;
    }
    usedEmails.add(local);
    const account = make({
      id: `usr_t${String(i + 1).padStart(4, '0')}`,
      username: `${first} ${last}`,
      email: `${local}@${DOMAIN}`,
      twoFactor: twoFactorFor(random),
      reauthenticationRequired: random.chance(0.035),
      lastAccessAt: random.chance(0.04) ? null : lastAccess(),
    });
    regular.push(account);
    const count = random.int(1, 3);
    const chosen = new Set<Space>();
    while (chosen.size < count) {
      chosen.add(random.pick(spaces));
    }
    for (const space of chosen) {
      addRole(org, space, account, roleFor(random), now);
    }
  }

  seedInvitations(world, org, random, now, { eng, design, sales, support, hq });
  seedAccessRules(org, regular, { eng, lounge, sales, support }, now);

  addGroup(org, 'grp_team_managers', 'Managers', [
    owner.id,
    owner2.id,
    owner3.id,
    ...regular.filter((_, i) => i % 17 === 0).map((a) => a.id),
  ]);
  addGroup(
    org,
    'grp_team_engineering',
    'Engineering',
    [...eng.roles.keys()].filter((id) => eng.roles.get(id) !== 'guest'),
  );
  addGroup(org, 'grp_team_oncall', 'On-call', [
    member.id,
    ...regular.filter((_, i) => i % 11 === 3).map((a) => a.id),
  ]);
  addGroup(
    org,
    'grp_team_remote',
    'Remote',
    [...regular, ...hostile].filter(() => random.chance(0.3)).map((a) => a.id),
  );
  addGroup(
    org,
    'grp_team_newhires',
    'New hires',
    regular.slice(-14).map((a) => a.id),
  );
  // Group membership is part of each user's view: refresh once at the end.
  for (const accountId of org.members.keys()) {
    org.refresh(accountId, now);
  }
  return org;
}

function twoFactorFor(random: Random): TwoFactorState {
  const r = random.next();
  return r < 0.82 ? 'active' : r < 0.96 ? 'not_set_up' : 'reset_pending';
}

function roleFor(random: Random): SpaceRole {
  const r = random.next();
  return r < 0.08
    ? 'admin'
    : r < 0.8
      ? 'member'
      : r < 0.92
        ? 'visitor'
        : 'guest';
}

/** Accounts whose names and emails test every renderer and search. */
function seedHostile(
  world: World,
  make: (init: AccountInit) => Account,
): Account[] {
  const longLocal = 'a'.repeat(200 - `@${DOMAIN}`.length - 'very.long.'.length);
  const longName =
    'Maximiliana Wolfeschlegelsteinhausenbergerdorff ' +
    'von Hohenzollern-Sigmaringen '.repeat(17);
  const accounts = [
    make({
      id: 'usr_t_zoe_nfc',
      username: 'Zo\u00eb Martin',
      email: `zoe.martin@${DOMAIN}`,
    }),
    make({
      id: 'usr_t_zoe_nfd',
      username: 'Zoe\u0308 Lefe\u0300vre',
      email: `zoe.lefevre@${DOMAIN}`,
    }),
    make({
      id: 'usr_t_markup',
      username: '<img src=x onerror=alert(1)>',
      email: `markup@${DOMAIN}`,
    }),
    make({
      id: 'usr_t_arabic',
      username: 'نور الهدى',
      email: `noor.alhuda@${DOMAIN}`,
    }),
    make({
      id: 'usr_t_hebrew',
      username: 'דניאל כהן',
      email: `daniel.cohen@${DOMAIN}`,
    }),
    make({
      id: 'usr_t_emoji',
      username: 'Sam 🚀 Rivera',
      email: `sam.rivera@${DOMAIN}`,
    }),
    make({
      id: 'usr_t_unicorn',
      username: '🦄✨',
      email: `unicorn@${DOMAIN}`,
    }),
    make({
      id: 'usr_t_cjk',
      username: '渡辺 さくら',
      email: `sakura.watanabe@${DOMAIN}`,
    }),
    make({
      id: 'usr_t_long_email',
      username: 'Very Long Email',
      email: `very.long.${longLocal}@${DOMAIN}`,
    }),
    make({
      id: 'usr_t_long_name',
      username: longName.slice(0, 500),
      email: `maximiliana@${DOMAIN}`,
    }),
    make({
      id: 'usr_t_formula',
      username: '=HYPERLINK("http://evil.example","click")',
      email: `formula@${DOMAIN}`,
    }),
    make({
      id: 'usr_t_alex',
      username: 'Alex Kim',
      email: `alex@${DOMAIN}`,
    }),
    make({
      id: 'usr_t_alex_billing',
      username: 'Alex Kim (billing)',
      email: `alex+billing@${DOMAIN}`,
    }),
    make({
      id: 'usr_t_alex_ops',
      username: 'Alex Kim (ops)',
      email: `alex+ops@${DOMAIN}`,
    }),
    make({
      id: 'usr_t_salex_ops',
      username: 'Salex Ops',
      email: `salex+ops@${DOMAIN}`,
    }),
  ];
  void world;
  return accounts;
}

/** Invitations of every age: fresh, expiring within a day, expired. */
function seedInvitations(
  world: World,
  org: Org,
  random: Random,
  now: number,
  s: Record<'eng' | 'design' | 'sales' | 'support' | 'hq', Space>,
): void {
  const invitee = (local: string) =>
    world.accountForEmail(`${local}@newcomers.example`);
  const invite = (
    account: Account,
    space: Space,
    role: SpaceRole,
    ageMs: number,
    state: 'pending' | 'cancelled' = 'pending',
  ) => addInvitation(world, org, space, account, role, now - ageMs, now, state);

  // Expiring within a day: sent 6 days and some hours ago.
  invite(invitee('hana.sato'), s.eng, 'member', 6 * DAY + 20 * HOUR);
  invite(invitee('omar.haddad'), s.sales, 'member', 6 * DAY + 14 * HOUR);
  invite(invitee('lena.vogel'), s.design, 'admin', 6 * DAY + 3 * HOUR);
  invite(invitee('tom.berg'), s.support, 'member', 6 * DAY + 23 * HOUR);
  // Fresh ones.
  for (const [i, local] of [
    'ines.moreau',
    'kwame.mensah',
    'yuki.mori',
    'pablo.ruiz',
    'anna.nowak',
    'li.wei',
  ].entries()) {
    const space = [s.eng, s.design, s.hq, s.support][i % 4]!;
    invite(invitee(local), space, 'member', random.int(1, 5 * 24) * HOUR);
  }
  // One invitee with two invitations: they stay until the later expires.
  const twice = invitee('nina.petrova');
  invite(twice, s.eng, 'member', 6 * DAY + 12 * HOUR);
  invite(twice, s.hq, 'member', 2 * DAY);
  // Expired: no longer billable, but still resendable.
  invite(invitee('jonas.weber'), s.eng, 'member', 8 * DAY);
  invite(invitee('mia.larsen'), s.sales, 'member', 12 * DAY);
  invite(invitee('ahmed.saleh'), s.support, 'admin', 7 * DAY + 2 * HOUR);
  // Visitor invitations never hold a seat.
  invite(invitee('guest.speaker'), s.hq, 'visitor', 1 * DAY);
  invite(invitee('auditor'), s.sales, 'guest', 3 * DAY);
  // A cancelled one stays in the history.
  invite(invitee('changed.mind'), s.design, 'member', 4 * DAY, 'cancelled');
}

/**
 * Access settings and blocklists: some would readmit a deleted member,
 * one is beaten by the blocklist, and one blocked admin is not blocked.
 */
function seedAccessRules(
  org: Org,
  regular: Account[],
  s: Record<'eng' | 'lounge' | 'sales' | 'support', Space>,
  now: number,
): void {
  const qualifying = (space: Space, role: SpaceRole) =>
    regular.filter((a) => space.roles.get(a.id) === role);
  const nonBillable = regular.filter((a) => !org.rows.has(a.id));

  const engMembers = qualifying(s.eng, 'member');
  for (const account of engMembers.slice(0, 3)) {
    s.eng.access.set(account.emailKey, {
      email: account.email,
      role: 'member',
    });
  }
  for (const account of nonBillable.slice(0, 2)) {
    s.eng.access.set(account.emailKey, {
      email: account.email,
      role: 'member',
    });
  }
  s.eng.access.set('contractor@partner.example', {
    email: 'contractor@partner.example',
    role: 'member',
  });

  for (const account of regular.slice(0, 6)) {
    s.lounge.access.set(account.emailKey, {
      email: account.email,
      role: 'visitor',
    });
  }

  const salesMember = qualifying(s.sales, 'member')[0];
  if (salesMember) {
    s.sales.access.set(salesMember.emailKey, {
      email: salesMember.email,
      role: 'member',
    });
    s.sales.blocklist.set(salesMember.emailKey, {
      email: salesMember.email,
      addedAt: now - 3 * DAY,
    });
  }
  const salesAdmin = qualifying(s.sales, 'admin')[0];
  if (salesAdmin) {
    s.sales.blocklist.set(salesAdmin.emailKey, {
      email: salesAdmin.email,
      addedAt: now - 10 * DAY,
    });
  }
  s.sales.blocklist.set('spam@bad.example', {
    email: 'spam@bad.example',
    addedAt: now - 30 * DAY,
  });
  const supportMember = qualifying(s.support, 'member')[0];
  if (supportMember) {
    s.support.access.set(supportMember.emailKey, {
      email: supportMember.email,
      role: 'admin',
    });
  }
}
