import { css, unsafeCSS } from 'lit';

/*
 * Why a class per percent: the fill's length cannot come from an inline
 * style under a strict Content-Security-Policy, so each whole percent has
 * a rule of its own. The rules are generated here, in the stylesheet.
 */
const fillSteps = unsafeCSS(
  Array.from(
    { length: 101 },
    (_, percent) => `.fill-${percent}{inline-size:${percent}%}`,
  ).join(''),
);

export const seatCounterStyles = css`
  :host {
    --_meter-size: var(--org-seat-counter-meter-size, 0.5rem);
    --_fill: var(--org-seat-counter-fill, var(--_accent));
    --_fill-near: var(--org-seat-counter-fill-near-limit, var(--_warning));
    --_fill-over: var(--org-seat-counter-fill-over-limit, var(--_danger));
    --_track: var(--org-seat-counter-track, var(--_surface-muted));

    display: inline-block;
    min-inline-size: 12rem;
    max-inline-size: 100%;
  }

  .base,
  .meter {
    display: grid;
    gap: calc(var(--_spacing) / 2);
  }

  .label {
    color: var(--_text-muted);
  }

  .count {
    font-size: 1.5em;
    font-variant-numeric: tabular-nums;
    line-height: 1.2;
  }

  .billable {
    font-weight: 600;
  }

  .track {
    display: block;
    block-size: var(--_meter-size);
    border-radius: var(--_meter-size);
    background: var(--_track);
    border: 1px solid var(--_border);
    overflow: hidden;
  }

  .fill {
    display: block;
    block-size: 100%;
    background: var(--_fill);
    transition: inline-size 0.3s ease-out;
  }

  @media (prefers-reduced-motion: reduce) {
    .fill {
      transition: none;
    }
  }

  ${fillSteps}

  .near-limit .fill {
    background: var(--_fill-near);
  }

  .over-limit .fill {
    background: var(--_fill-over);
  }

  .status {
    margin: 0;
    font-weight: 600;
  }

  .near-limit .status {
    color: var(--_warning);
  }

  .over-limit .status {
    color: var(--_danger);
  }

  .pending {
    margin: 0;
    color: var(--_text-muted);
  }

  .base[aria-busy='true'] .count {
    opacity: 0.7;
  }
`;
