import { after, before } from 'node:test';
import { setupServer } from 'msw/node';
import { createSandbox, sandboxHandlers } from '../demo/sandbox/index.js';
import { sandboxSuite } from './sandbox-suite.js';

const BASE_URL = 'https://sandbox.example.test/v1';
const server = setupServer(
  ...sandboxHandlers(createSandbox(), { baseUrl: BASE_URL }),
);
before(() => server.listen({ onUnhandledRequest: 'error' }));
after(() => server.close());

sandboxSuite('the SDK against the sandbox through MSW', {
  baseUrl: () => BASE_URL,
});
