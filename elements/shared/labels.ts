import type { SpaceRole } from '../../sdk/index.js';
import { msg } from './msg.js';

/** A space role's localized name: "Admin", "Member", "Visitor", "Guest". */
export function spaceRoleLabel(role: SpaceRole): string {
  switch (role) {
    case 'admin':
      return msg('Admin');
    case 'member':
      return msg('Member');
    case 'visitor':
      return msg('Visitor');
    case 'guest':
      return msg('Guest');
  }
}
