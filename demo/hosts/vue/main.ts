/**
 * The Vue host page's script (demo/hosts/vue/index.html), built by
 * scripts/build-hosts.mjs into demo/hosts/dist/vue.js. Importing it mounts
 * nothing unless the page has `#vue-host`, so tests import the same bundle
 * and mount it themselves.
 */
import { sandboxSession } from '../shared/host-options.js';
import { mountVueHost } from './app.js';

export { mountVueHost };

const container = document.querySelector('#vue-host');
if (container !== null) {
  mountVueHost(container, await sandboxSession());
}
