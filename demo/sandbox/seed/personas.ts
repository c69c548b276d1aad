/** The seeded accounts to sign in as, with their static tokens. */
import type { PersonaView } from '../core/types.js';

export const PERSONAS: readonly PersonaView[] = Object.freeze([
  {
    key: 'team-owner',
    label: 'Owner of Acme Workspace (team plan)',
    orgId: 'org_team',
    userId: 'usr_team_owner',
    token: 'tok_team_owner',
  },
  {
    key: 'team-owner-2',
    label: 'Second owner of Acme Workspace',
    orgId: 'org_team',
    userId: 'usr_team_owner_2',
    token: 'tok_team_owner_2',
  },
  {
    key: 'team-member',
    label: 'Member of Acme Workspace (not an owner)',
    orgId: 'org_team',
    userId: 'usr_team_member',
    token: 'tok_team_member',
  },
  {
    key: 'free-owner',
    label: 'Owner of Pebble Studio (free plan)',
    orgId: 'org_free',
    userId: 'usr_free_owner',
    token: 'tok_free_owner',
  },
  {
    key: 'large-owner',
    label: 'Owner of Globex (100,000 users)',
    orgId: 'org_large',
    userId: 'usr_large_owner',
    token: 'tok_large_owner',
  },
]);
