import { describeHost } from './host-suite.js';

describeHost('Vue 3', '/demo/hosts/dist/vue.js', 'mountVueHost');
