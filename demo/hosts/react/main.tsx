/**
 * The React host page's script (demo/hosts/react/index.html), built by
 * scripts/build-hosts.mjs into demo/hosts/dist/react.js. Importing it
 * mounts nothing unless the page has `#react-host`, so tests import the
 * same bundle and mount it themselves.
 */
import { sandboxSession } from '../shared/host-options.js';
import { mountReactHost } from './app.js';

export { mountReactHost };

const container = document.querySelector('#react-host');
if (container !== null) {
  mountReactHost(container, await sandboxSession());
}
