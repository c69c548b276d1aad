import type { PanelState } from './store.js';

/**
 * Wires the sandbox panel's Hide / Show button: it folds the panel away so
 * the table gets the width, and tells `onChange` so the choice is kept.
 */
export function wirePanelToggle(
  initial: PanelState,
  onChange: (state: PanelState) => void,
): void {
  const button = document.querySelector<HTMLButtonElement>('#panel-toggle');
  if (button === null) {
    return;
  }

  const apply = (state: PanelState) => {
    document.documentElement.dataset['panel'] = state;
    button.setAttribute('aria-expanded', String(state === 'open'));
    button.textContent = state === 'open' ? 'Hide' : 'Show';
  };

  apply(initial);
  button.addEventListener('click', () => {
    const next: PanelState =
      document.documentElement.dataset['panel'] === 'collapsed'
        ? 'open'
        : 'collapsed';
    apply(next);
    onChange(next);
  });
}
