import { css } from 'lit';

export const userActionDialogStyles = css`
  :host {
    --_dialog-width: var(--org-dialog-width, 32rem);
    --_backdrop: var(
      --org-dialog-backdrop,
      light-dark(rgb(31 35 40 / 0.5), rgb(1 4 9 / 0.7))
    );

    display: contents;
  }

  dialog {
    box-sizing: border-box;
    inline-size: min(var(--_dialog-width), calc(100vw - 2rem));
    max-block-size: calc(100dvh - 2rem);
    padding: calc(var(--_spacing) * 3);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 2);
    background: var(--_surface);
    color: var(--_text);
    overflow-wrap: anywhere;
  }

  dialog::backdrop {
    background: var(--_backdrop);
  }

  h2 {
    margin: 0 0 var(--_spacing);
    font-size: 1.25em;
    line-height: 1.3;
  }

  p {
    margin: 0 0 var(--_spacing);
  }

  .who {
    display: grid;
    padding: var(--_spacing);
    border-radius: var(--_radius);
    background: var(--_surface-muted);
  }

  .who .user-text:first-child {
    font-weight: 600;
  }

  .who .user-text + .user-text {
    color: var(--_text-muted);
  }

  .seats {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_spacing) * 3);
    margin: 0 0 var(--_spacing);
  }

  .seats dt {
    color: var(--_text-muted);
  }

  .seats dd {
    margin: 0;
    font-size: 1.25em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  ul {
    margin: 0 0 var(--_spacing);
    padding-inline-start: 1.25rem;
  }

  li {
    max-inline-size: 100%;
  }

  li .user-text {
    max-inline-size: 70%;
  }

  .warning,
  .error,
  .notice {
    margin-block: var(--_spacing);
    padding: var(--_spacing);
    border: 1px solid currentColor;
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
  }

  .warning {
    color: var(--_warning);
  }

  .error {
    color: var(--_danger);
  }

  .notice {
    color: var(--_text);
    border-color: var(--_border);
  }

  .warning ul,
  .warning p:last-child,
  .error p:last-child,
  .notice p:last-child {
    margin-block-end: 0;
  }

  .warning *,
  .error * {
    color: var(--_text);
  }

  .warning > p:first-child,
  .error > p:first-child {
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_spacing);
    margin-block-start: calc(var(--_spacing) * 2);
  }
`;
