/**
 * The three tags for TypeScript's JSX checking under React 19, which sets
 * a prop as a property when the element has one (objects and functions),
 * as an attribute otherwise (`org-id`), and listens to `on<event-name>`
 * props as events.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

import type {
  OrgActionCompleteEvent,
  OrgActionRequestEvent,
  OrgActionSelectEvent,
  OrgUsersChangedEvent,
  OrgUserTable,
  SeatCounter,
  UserActionDialog,
} from '../../../elements/index.js';

type Base<T> = DetailedHTMLProps<HTMLAttributes<T>, T> & {
  'org-id'?: string;
  'base-url'?: string;
  client?: T extends { client?: infer C } ? C : never;
  getToken?: T extends { getToken?: infer G } ? G : never;
  'onorg-users-changed'?: (event: OrgUsersChangedEvent) => void;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'seat-counter': Base<SeatCounter> & { 'show-pending'?: boolean };
      'org-user-table': Base<OrgUserTable> & {
        columns?: OrgUserTable['columns'];
        'onorg-action-select'?: (event: OrgActionSelectEvent) => void;
      };
      'user-action-dialog': Base<UserActionDialog> & {
        'onorg-action-request'?: (event: OrgActionRequestEvent) => void;
        'onorg-action-complete'?: (event: OrgActionCompleteEvent) => void;
      };
    }
  }
}
