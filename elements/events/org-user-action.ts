/**
 * The actions an owner can take on an organization user from the
 * elements, as a frozen object of names plus a type of its values.
 */
export const OrgUserAction = Object.freeze({
  Reauthenticate: 'reauthenticate',
  ResetTwoFactor: 'reset-two-factor',
  Delete: 'delete',
  CancelInvitation: 'cancel-invitation',
} as const);

/**
 * `'reauthenticate' | 'reset-two-factor' | 'delete' | 'cancel-invitation'`.
 */
export type OrgUserAction = (typeof OrgUserAction)[keyof typeof OrgUserAction];
