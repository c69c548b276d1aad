import {
  createApp,
  defineComponent,
  h,
  onMounted,
  onUnmounted,
  ref,
} from 'vue';

import '../../../elements/register.js';
import type {
  OrgActionSelectEvent,
  UserActionDialog,
} from '../../../elements/index.js';
import { createOrgUserClient } from '../../../sdk/index.js';

import {
  DEFAULT_COLUMNS,
  describeHostEvent,
  type HostOptions,
  type MountedHost,
} from '../shared/host-options.js';

/**
 * The elements in a Vue 3 component written with render functions, so the
 * page needs no template compiler. A `.`-prefixed prop key (what a
 * template's `.prop` modifier compiles to) always sets a DOM property; a
 * plain key does too when the element has that property, which is why
 * the tags are registered before the app mounts;
 * `org-id` and `base-url` stay attributes. `onOrgActionSelect` listens to
 * `org-action-select` (Vue hyphenates the name after `on`).
 */
function hostComponent(
  options: HostOptions,
  client: ReturnType<typeof createOrgUserClient>,
  columns: NonNullable<HostOptions['columns']>,
) {
  return defineComponent({
    name: 'VueHost',
    setup() {
      const dialog = ref<UserActionDialog | null>(null);
      const events = ref<string[]>([]);

      function record(event: Event): void {
        events.value = [describeHostEvent(event), ...events.value].slice(0, 8);
        options.onEvent?.(event);
      }

      function openDialog(event: OrgActionSelectEvent): void {
        record(event);
        event.preventDefault();
        void dialog.value?.show(event.action, event.user);
      }

      onMounted(() => window.addEventListener('org-users-changed', record));
      onUnmounted(() =>
        window.removeEventListener('org-users-changed', record),
      );

      return () =>
        h('div', { class: 'host' }, [
          h('seat-counter', {
            'org-id': options.orgId,
            'base-url': options.baseUrl,
            // No `.`: Vue sets it as a property because the registered
            // element has a `getToken` property (`'getToken' in el`).
            getToken: options.getToken,
            'show-pending': '',
          }),
          h('org-user-table', {
            'org-id': options.orgId,
            '.client': client,
            '.columns': columns,
            onOrgActionSelect: openDialog,
          }),
          h('user-action-dialog', {
            ref: dialog,
            'org-id': options.orgId,
            '.client': client,
            onOrgActionRequest: record,
            onOrgActionComplete: record,
          }),
          h('section', { 'aria-label': 'Events received by Vue' }, [
            h(
              'ol',
              { class: 'events' },
              events.value.map((line, index) =>
                h('li', { key: events.value.length - index }, line),
              ),
            ),
          ]),
        ]);
    },
  });
}

/** Mounts the Vue host into `container`. */
export function mountVueHost(
  container: Element,
  options: HostOptions,
): MountedHost {
  const client = createOrgUserClient({
    baseUrl: options.baseUrl,
    getToken: options.getToken,
  });
  const columns = options.columns ?? [...DEFAULT_COLUMNS];
  const app = createApp(hostComponent(options, client, columns));

  // Only templates compiled at runtime or by a build plugin consult this;
  // it is set so that a template added to this app treats the tags as
  // custom elements rather than unknown Vue components.
  app.config.compilerOptions.isCustomElement = (tag) =>
    ['org-user-table', 'seat-counter', 'user-action-dialog'].includes(tag);
  app.mount(container);

  return {
    client,
    getToken: options.getToken,
    columns,
    unmount: () => app.unmount(),
  };
}
