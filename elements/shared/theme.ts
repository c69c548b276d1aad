import { css } from 'lit';

/**
 * The theme every element of the kit shares.
 *
 * Colors default to `light-dark(light, dark)` pairs, so an element is dark
 * where its `color-scheme` says so. The element inherits `color-scheme`
 * from the page: a page with `color-scheme: light dark` follows the
 * system, `color-scheme: dark` on the page or on the element itself turns
 * it dark, and a page that declares nothing stays light, as its own
 * native controls do.
 *
 * Custom properties a host may set (on the element or any ancestor):
 *
 * | property | default (light / dark) |
 * |---|---|
 * | `--org-font-family` | `inherit` |
 * | `--org-font-size` | `0.875rem` |
 * | `--org-color-text` | `#1f2328` / `#e6edf3` |
 * | `--org-color-text-muted` | `#57606a` / `#9da7b3` |
 * | `--org-color-surface` | `#ffffff` / `#161b22` |
 * | `--org-color-surface-muted` | `#f6f8fa` / `#21262d` |
 * | `--org-color-border` | `#d0d7de` / `#3d444d` |
 * | `--org-color-accent` | `#0969da` / `#4493f8` |
 * | `--org-color-on-accent` | `#ffffff` / `#0d1117` |
 * | `--org-color-danger` | `#cf222e` / `#f85149` |
 * | `--org-color-on-danger` | `#ffffff` / `#0d1117` |
 * | `--org-color-warning` | `#9a6700` / `#d29922` |
 * | `--org-color-success` | `#1a7f37` / `#3fb950` |
 * | `--org-color-focus` | `#0969da` / `#4493f8` |
 * | `--org-radius` | `6px` |
 * | `--org-spacing` | `0.5rem` |
 */
export const theme = css`
  :host {
    --_font-family: var(--org-font-family, inherit);
    --_font-size: var(--org-font-size, 0.875rem);
    --_text: var(--org-color-text, light-dark(#1f2328, #e6edf3));
    --_text-muted: var(--org-color-text-muted, light-dark(#57606a, #9da7b3));
    --_surface: var(--org-color-surface, light-dark(#ffffff, #161b22));
    --_surface-muted: var(
      --org-color-surface-muted,
      light-dark(#f6f8fa, #21262d)
    );
    --_border: var(--org-color-border, light-dark(#d0d7de, #3d444d));
    --_accent: var(--org-color-accent, light-dark(#0969da, #4493f8));
    --_on-accent: var(--org-color-on-accent, light-dark(#ffffff, #0d1117));
    --_danger: var(--org-color-danger, light-dark(#cf222e, #f85149));
    --_on-danger: var(--org-color-on-danger, light-dark(#ffffff, #0d1117));
    --_warning: var(--org-color-warning, light-dark(#9a6700, #d29922));
    --_success: var(--org-color-success, light-dark(#1a7f37, #3fb950));
    --_focus: var(--org-color-focus, light-dark(#0969da, #4493f8));
    --_radius: var(--org-radius, 6px);
    --_spacing: var(--org-spacing, 0.5rem);

    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
  }

  :host([hidden]) {
    display: none;
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .user-text {
    display: inline-block;
    max-inline-size: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    vertical-align: bottom;
  }

  button {
    font: inherit;
    min-block-size: 2rem;
    padding-block: 0.25rem;
    padding-inline: calc(var(--_spacing) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-muted);
    color: var(--_text);
    cursor: pointer;
  }

  button:disabled,
  [aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }

  button.primary {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }

  button.danger {
    border-color: var(--_danger);
    background: var(--_danger);
    color: var(--_on-danger);
  }
`;

/**
 * Styles of the shared states rendered by `state-views.ts`: loading,
 * error, not an owner, plan not eligible, offline. Parts: `state` on each,
 * plus `state-loading`, `state-error`, `state-not-owner`,
 * `state-plan-not-eligible` or `state-offline`.
 */
export const stateStyles = css`
  .state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_spacing);
    padding: var(--_spacing);
    color: var(--_text-muted);
  }

  .state-title {
    margin: 0;
    color: var(--_text);
    font-weight: 600;
  }

  .state-detail {
    margin: 0;
    flex-basis: 100%;
  }

  .state-error .state-title {
    color: var(--_danger);
  }

  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid var(--_border);
    border-block-start-color: var(--_accent);
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 3s;
    }
  }

  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
`;
