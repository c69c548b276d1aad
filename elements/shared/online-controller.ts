import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `onOnline` when the browser regains its network connection, so an
 * element in its offline state loads again by itself.
 */
export class OnlineController implements ReactiveController {
  readonly #onOnline: () => void;

  constructor(host: ReactiveControllerHost, onOnline: () => void) {
    this.#onOnline = onOnline;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.#handle);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.#handle);
  }

  readonly #handle = (): void => {
    this.#onOnline();
  };
}
