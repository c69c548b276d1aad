import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';

describe('browser test set-up', () => {
  const worker = setupWorker(
    http.get('*/v1/ping', ({ request }) =>
      HttpResponse.json({ url: new URL(request.url).pathname }),
    ),
  );

  before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
  after(() => worker.stop());

  it('answers fetches through the MSW worker served at the root', async () => {
    const response = await fetch('/v1/ping');

    expect(response.status).to.equal(200);
    expect(await response.json()).to.deep.equal({ url: '/v1/ping' });
  });

  it('controls the test page with the worker script', () => {
    const script = navigator.serviceWorker.controller?.scriptURL ?? '';

    expect(new URL(script).pathname).to.equal('/mockServiceWorker.js');
  });
});
