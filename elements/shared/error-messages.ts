import { isApiError } from '../../sdk/index.js';
import { msg, str } from './msg.js';

/**
 * Which shared state view fits an error: the page-wide states `not-owner`,
 * `plan-not-eligible` and `offline`, or a plain `error`.
 */
export type ErrorKind = 'not-owner' | 'plan-not-eligible' | 'offline' | 'error';

/** An error put in words for the person at the screen. */
export interface ErrorDescription {
  /** The error code (`owner_role_held`, ...), or `offline` or `unknown`. */
  readonly code: string;
  /** Which state view to show for it. */
  readonly kind: ErrorKind;
  /** What happened, in one sentence. */
  readonly message: string;
  /** What to do about it, in one sentence. */
  readonly action: string;
  /** Whether trying the same thing again may succeed. */
  readonly retryable: boolean;
  /** The server's request id, for support; null when none. */
  readonly requestId: string | null;
}

/*
 * Offline is what the browser says (`navigator.onLine`): a failure to
 * reach the server while the browser believes it is online is shown as a
 * plain network error with a retry.
 */
function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

function waitSentence(retryAfterMs: number | undefined): string {
  if (retryAfterMs === undefined || retryAfterMs <= 0) {
    return msg('Wait a moment, then try again.');
  }

  const seconds = Math.ceil(retryAfterMs / 1000);
  return seconds === 1
    ? msg('Wait 1 second, then try again.')
    : msg(str`Wait ${seconds} seconds, then try again.`);
}

/**
 * Describes any error an element meets, mostly the SDK's `ApiError`, as a
 * localized message and a sentence saying what to do.
 *
 * @example
 * ```ts
 * const { message, action } = describeError(task.error);
 * ```
 */
export function describeError(error: unknown): ErrorDescription {
  const api = isApiError(error) ? error : null;
  const code = api ? String(api.code) : 'unknown';
  const requestId = api?.requestId ?? null;

  const make = (
    kind: ErrorKind,
    message: string,
    action: string,
    retryable: boolean,
    as = code,
  ): ErrorDescription => ({
    code: as,
    kind,
    message,
    action,
    retryable,
    requestId,
  });

  if (code === 'network_error' && isOffline()) {
    return make(
      'offline',
      msg('You are offline.'),
      msg('Check your connection. This loads again when you are back.'),
      true,
      'offline',
    );
  }

  switch (code) {
    case 'owner_role_held':
      return make(
        'error',
        msg('This user is an organization owner.'),
        msg('Remove the owner role first, then delete the user.'),
        false,
      );
    case 'last_owner':
      return make(
        'error',
        msg('This user is the last owner of the organization.'),
        msg('Make someone else an owner first: one owner must remain.'),
        false,
      );
    case 'two_factor_not_enabled':
      return make(
        'error',
        msg('This user has no two-factor authentication to reset.'),
        msg(
          'Nothing to do: they have not set it up, or the organization does not require it.',
        ),
        false,
      );
    case 'stale_version':
      return make(
        'error',
        msg('This user changed since the list was loaded.'),
        msg('Reload the user, check the change, and try again.'),
        false,
      );
    case 'rate_limited':
      return make(
        'error',
        msg('Too many requests at once.'),
        waitSentence(api?.retryAfterMs),
        true,
      );
    case 'not_an_owner':
      return make(
        'not-owner',
        msg('Only organization owners can manage its users.'),
        msg('Ask an owner of the organization to do it, or to make you one.'),
        false,
      );
    case 'plan_not_eligible':
      return make(
        'plan-not-eligible',
        msg('User management is not available on your plan.'),
        msg('It comes with the Team and Business plans.'),
        false,
      );
    case 'not_an_organization_user':
      return make(
        'error',
        msg('This user is no longer an organization user.'),
        msg('Someone else may have removed them. Reload the list.'),
        false,
      );
    case 'invitation_only':
      return make(
        'error',
        msg('This user has only been invited and has not signed in yet.'),
        msg('Nothing to do until they accept the invitation.'),
        false,
      );
    case 'not_invitation_only':
      return make(
        'error',
        msg('This user is more than invited: they hold a role.'),
        msg('Delete the user instead if they should leave.'),
        false,
      );
    case 'unauthorized':
      return make(
        'error',
        msg('Your sign-in has expired or is not valid.'),
        msg('Sign in again, then try again.'),
        true,
      );
    case 'organization_not_found':
      return make(
        'error',
        msg('This organization does not exist.'),
        msg('Check the organization id given to the page.'),
        false,
      );
    case 'network_error':
      return make(
        'error',
        msg('The server could not be reached.'),
        msg('Check your connection, then try again.'),
        true,
      );
    case 'timeout':
      return make(
        'error',
        msg('The server took too long to answer.'),
        msg('Try again in a moment.'),
        true,
      );
    default:
      return make(
        'error',
        msg('Something went wrong.'),
        msg('Try again. If it keeps failing, contact support.'),
        true,
      );
  }
}
