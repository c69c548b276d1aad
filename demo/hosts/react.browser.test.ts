import { describeHost } from './host-suite.js';

describeHost('React 19', '/demo/hosts/dist/react.js', 'mountReactHost');
