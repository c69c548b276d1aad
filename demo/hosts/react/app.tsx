import { StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

import '../../../elements/register.js';
import type { ColumnId } from '../../../elements/org-user-table/columns.js';
import type {
  OrgActionSelectEvent,
  UserActionDialog,
} from '../../../elements/index.js';
import { createOrgUserClient, type OrgUserClient } from '../../../sdk/index.js';

import {
  DEFAULT_COLUMNS,
  describeHostEvent,
  type HostOptions,
  type MountedHost,
} from '../shared/host-options.js';

interface ReactHostProps {
  options: HostOptions;
  client: OrgUserClient;
  columns: ColumnId[];
}

/**
 * The elements in a React 19 component. React sets `client`, `getToken`
 * and `columns` as properties because the registered elements have those
 * properties; `org-id` and `base-url` are strings and stay attributes.
 * `on<event-name>` props listen to the elements' events.
 */
function ReactHost({ options, client, columns }: ReactHostProps) {
  const dialog = useRef<UserActionDialog>(null);
  const [events, setEvents] = useState<string[]>([]);

  function record(event: Event): void {
    setEvents((list) => [describeHostEvent(event), ...list].slice(0, 8));
    options.onEvent?.(event);
  }

  function openDialog(event: OrgActionSelectEvent): void {
    record(event);
    event.preventDefault();
    void dialog.current?.show(event.action, event.user);
  }

  // The seat counter refreshes itself; the page listens on window too,
  // to show that a change made anywhere reaches the host.
  useEffect(() => {
    const listener = (event: Event) => record(event);
    window.addEventListener('org-users-changed', listener);
    return () => window.removeEventListener('org-users-changed', listener);
  });

  return (
    <div className="host">
      <seat-counter
        org-id={options.orgId}
        base-url={options.baseUrl}
        getToken={options.getToken}
        show-pending={true}
      />
      <org-user-table
        org-id={options.orgId}
        client={client}
        columns={columns}
        onorg-action-select={openDialog}
      />
      <user-action-dialog
        ref={dialog}
        org-id={options.orgId}
        client={client}
        onorg-action-request={record}
        onorg-action-complete={record}
      />
      <section aria-label="Events received by React">
        <ol className="events">
          {events.map((line, index) => (
            <li key={`${events.length - index}`}>{line}</li>
          ))}
        </ol>
      </section>
    </div>
  );
}

/** Renders the React host into `container`. */
export function mountReactHost(
  container: Element,
  options: HostOptions,
): MountedHost {
  const client = createOrgUserClient({
    baseUrl: options.baseUrl,
    getToken: options.getToken,
  });
  const columns = options.columns ?? [...DEFAULT_COLUMNS];
  const root = createRoot(container);

  root.render(
    <StrictMode>
      <ReactHost options={options} client={client} columns={columns} />
    </StrictMode>,
  );

  return {
    client,
    getToken: options.getToken,
    columns,
    unmount: () => root.unmount(),
  };
}
