import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { OrgUserClient, SeatSummary } from '../../sdk/index.js';
import { UsersChangedController } from '../events/users-changed-controller.js';
import { formatNumber, plural } from '../shared/format.js';
import { liveRegion } from '../shared/live-region.js';
import { localized, msg, str } from '../shared/msg.js';
import { OnlineController } from '../shared/online-controller.js';
import { OrgElement } from '../shared/org-element.js';
import { renderFailure, renderLoading } from '../shared/state-views.js';
import { stateStyles, theme } from '../shared/theme.js';
import { seatCounterStyles } from './seat-counter.styles.js';

/** How full the seats are: below the threshold, near the limit, or over. */
export type SeatLevel = 'ok' | 'near-limit' | 'over-limit';

/** The seat summary with the client and organization it was read for. */
interface Shown {
  readonly client: OrgUserClient;
  readonly orgId: string;
  readonly summary: SeatSummary;
}

/*
 * A timer longer than this fires at once in browsers (it overflows a
 * signed 32-bit number of milliseconds), so longer waits are split.
 */
const MAX_TIMER_MS = 2 ** 31 - 1;

/*
 * Why a margin after `nextChangeAt`: the page's timer and the server's
 * clock drift apart by a little, and reading a moment too early would show
 * the old count until the next change.
 */
const TIMER_MARGIN_MS = 250;

/**
 * The organization's seat count: billable users over contracted seats, as
 * a meter, the way the vendor's user management screen shows it at its
 * upper left.
 *
 * It loads the seat summary, shows it as a `role="meter"` whose
 * `aria-valuetext` says the count in words ("243 of 240 seats, 3 over"),
 * and marks the near-limit state (at `near-limit-threshold`, 90 % by
 * default) and the over-limit state (more billable users than contracted
 * seats, which the vendor allows and bills). With `show-pending` it adds
 * the seats held by pending invitations and how many of them free up
 * within 24 hours.
 *
 * It loads again by itself when `org-users-changed` for its organization
 * reaches `window`, when the browser comes back online, and at the instant
 * the server says the count changes by itself (an invitation expiring).
 *
 * Configure it like every element of the kit: `org-id`, and `client`, or
 * `base-url` with `getToken` or `token` (properties).
 *
 * States: loading, the count, error (with a retry button), not an owner,
 * plan not eligible, offline.
 *
 * @summary "billable / contracted" seats as a meter, with near-limit and
 * over-limit states, updated live.
 *
 * @example
 * ```html
 * <seat-counter org-id="org_team" show-pending></seat-counter>
 * <script type="module">
 *   const counter = document.querySelector('seat-counter');
 *   counter.client = client; // from createOrgUserClient()
 * </script>
 * ```
 *
 * @attr near-limit - Present while near the limit (read-only; set by the
 *   element for styling where `:state()` is not supported).
 * @attr over-limit - Present while over the limit (read-only, likewise).
 *
 * @cssstate near-limit - Billable users reached the threshold, not over.
 * @cssstate over-limit - More billable users than contracted seats.
 * @cssstate loading - The first load is in progress.
 * @cssstate error - The last load failed (any failure state).
 *
 * @csspart base - The wrapper of the label, meter, status and pending line.
 * @csspart label - The label ("Organization users").
 * @csspart meter - The element with `role="meter"`.
 * @csspart count - The visible "billable / contracted".
 * @csspart track - The meter's track.
 * @csspart fill - The meter's filled part.
 * @csspart status - The near-limit or over-limit sentence.
 * @csspart pending - The pending-invitation line (`show-pending`).
 * @csspart state - Each failure or loading state's block.
 * @csspart state-loading - The loading state.
 * @csspart state-error - The error state.
 * @csspart state-not-owner - The "only owners" state.
 * @csspart state-plan-not-eligible - The "not available on your plan" state.
 * @csspart state-offline - The offline state.
 * @csspart retry-button - The retry button of the error and offline states.
 *
 * @cssprop [--org-seat-counter-meter-size=0.5rem] - The track's thickness.
 * @cssprop [--org-seat-counter-fill=var(--org-color-accent)] - The fill.
 * @cssprop [--org-seat-counter-fill-near-limit=var(--org-color-warning)] -
 *   The fill near the limit.
 * @cssprop [--org-seat-counter-fill-over-limit=var(--org-color-danger)] -
 *   The fill over the limit.
 * @cssprop [--org-seat-counter-track=var(--org-color-surface-muted)] - The
 *   track.
 * @cssprop [--org-color-text=light-dark(#1f2328, #e6edf3)] - Text.
 * @cssprop [--org-color-text-muted=light-dark(#57606a, #9da7b3)] - Label.
 * @cssprop [--org-color-accent=light-dark(#0969da, #4493f8)] - Accent.
 * @cssprop [--org-color-warning=light-dark(#9a6700, #d29922)] - Warning.
 * @cssprop [--org-color-danger=light-dark(#cf222e, #f85149)] - Danger.
 * @cssprop [--org-color-border=light-dark(#d0d7de, #3d444d)] - Borders.
 * @cssprop [--org-color-focus=light-dark(#0969da, #4493f8)] - Focus ring.
 * @cssprop [--org-font-family=inherit] - Font family.
 * @cssprop [--org-font-size=0.875rem] - Base font size.
 * @cssprop [--org-radius=6px] - Corner radius of buttons.
 * @cssprop [--org-spacing=0.5rem] - Spacing unit.
 */
@localized()
export class SeatCounter extends OrgElement {
  static override styles = [theme, stateStyles, seatCounterStyles];

  private readonly changes = new UsersChangedController(this, {
    orgId: () => this.api.orgId,
    onChange: () => void this.refresh(),
  });

  private readonly online = new OnlineController(this, () => {
    if (this.summary.status === TaskStatus.ERROR) {
      void this.refresh();
    }
  });

  private readonly summary = new Task(this, {
    args: () => [this.api.client, this.api.orgId] as const,
    task: async ([client, orgId], { signal }) => {
      if (!client || !orgId) {
        return initialState;
      }
      const summary = await client.getSeatSummary(orgId, { signal });
      return { client, orgId, summary } satisfies Shown;
    },
    onComplete: (shown) => this.schedule(shown.summary),
  });

  /**
   * The share of contracted seats, from 0 to 1, from which the counter
   * shows its near-limit state. Attribute `near-limit-threshold`.
   */
  @property({ type: Number, attribute: 'near-limit-threshold' })
  nearLimitThreshold = 0.9;

  /**
   * Whether to show the seats held by pending invitations and how many
   * free up within 24 hours. Attribute `show-pending`.
   */
  @property({ type: Boolean, attribute: 'show-pending' })
  showPending = false;

  /**
   * The label before the count; "Organization users" (localized) when
   * empty.
   */
  @property()
  label = '';

  /**
   * The seat summary shown now, or null while loading or after a failure.
   */
  get seatSummary(): SeatSummary | null {
    return this.current()?.summary ?? null;
  }

  /**
   * How full the seats are now: `'ok'`, `'near-limit'` or `'over-limit'`;
   * null while there is no count.
   */
  get level(): SeatLevel | null {
    const summary = this.seatSummary;
    return summary ? this.levelOf(summary) : null;
  }

  @state()
  private announcement = '';

  private internals: ElementInternals | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timerDue = 0;
  private lastAnnounced: string | null = null;

  constructor() {
    super();
    if (typeof this.attachInternals === 'function') {
      this.internals = this.attachInternals();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.clearTimer();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const shown = this.current();
    if (shown) {
      this.schedule(shown.summary);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.reflectLevel();
  }

  /**
   * Loads the seat summary again. Resolves once it is shown (or the load
   * failed, which the element then shows).
   */
  async refresh(): Promise<void> {
    await this.summary.run();
  }

  override render() {
    return html`${this.summary.render({
      initial: () => nothing,
      pending: () => {
        const shown = this.current(true);
        return shown
          ? this.renderCount(shown.summary, true)
          : renderLoading(msg('Loading seats…'));
      },
      complete: (shown) => this.renderCount(shown.summary, false),
      error: (error) => renderFailure(error, () => void this.refresh()),
    })}${liveRegion(this.announcement)}`;
  }

  private renderCount(summary: SeatSummary, busy: boolean) {
    const { billableUsers: billable, contractedSeats: contracted } = summary;
    const level = this.levelOf(summary);
    // ARIA keeps a meter's value within its range, so over the limit the
    // value stops at the contract and aria-valuetext says by how much.
    const valueNow = Math.min(billable, contracted);
    const percent = Math.round(
      contracted > 0 ? Math.min(billable / contracted, 1) * 100 : 100,
    );

    return html`<div
      class="base ${level}"
      part="base"
      aria-busy=${busy ? 'true' : 'false'}
    >
      <span class="label" part="label" id="label">
        ${this.label || msg('Organization users')}
      </span>
      <div
        class="meter"
        part="meter"
        role="meter"
        aria-labelledby="label"
        aria-valuemin="0"
        aria-valuemax=${contracted}
        aria-valuenow=${valueNow}
        aria-valuetext=${this.valueText(summary)}
      >
        <span class="count" part="count">
          <span class="billable">${formatNumber(billable)}</span>
          / ${formatNumber(contracted)}
        </span>
        <span class="track" part="track">
          <span class="fill fill-${percent}" part="fill"></span>
        </span>
      </div>
      ${this.renderStatus(summary, level)}
      ${this.showPending ? this.renderPending(summary) : nothing}
    </div>`;
  }

  private renderStatus(summary: SeatSummary, level: SeatLevel) {
    const free = summary.contractedSeats - summary.billableUsers;
    if (level === 'ok') {
      return nothing;
    }

    let text: string;
    if (level === 'over-limit') {
      const over = formatNumber(-free);
      text = msg(str`${over} over the contract`);
    } else if (free === 0) {
      text = msg('Every contracted seat is in use');
    } else {
      const left = formatNumber(free);
      text = plural(
        free,
        msg(str`Near the limit: ${left} seat left`),
        msg(str`Near the limit: ${left} seats left`),
      );
    }
    return html`<p class="status" part="status">${text}</p>`;
  }

  private renderPending(summary: SeatSummary) {
    const pending = summary.pendingInvitationSeats;
    const expiring = summary.pendingInvitationSeatsExpiringWithin24h;
    if (pending === 0) {
      return html`<p class="pending" part="pending">
        ${msg('No seats are held by pending invitations.')}
      </p>`;
    }

    const held = formatNumber(pending);
    const soon = formatNumber(expiring);
    return html`<p class="pending" part="pending">
      ${plural(
        pending,
        msg(str`${held} seat is held by a pending invitation.`),
        msg(str`${held} seats are held by pending invitations.`),
      )}
      ${
        expiring > 0
          ? plural(
              expiring,
              msg(str`${soon} frees up within 24 hours if not accepted.`),
              msg(str`${soon} free up within 24 hours if not accepted.`),
            )
          : nothing
      }
    </p>`;
  }

  private valueText(summary: SeatSummary): string {
    const billable = formatNumber(summary.billableUsers);
    const contracted = formatNumber(summary.contractedSeats);
    const level = this.levelOf(summary);

    if (level === 'over-limit') {
      const over = formatNumber(
        summary.billableUsers - summary.contractedSeats,
      );
      return msg(str`${billable} of ${contracted} seats, ${over} over`);
    }
    if (level === 'near-limit') {
      return msg(str`${billable} of ${contracted} seats, near the limit`);
    }
    return msg(str`${billable} of ${contracted} seats`);
  }

  private levelOf(summary: SeatSummary): SeatLevel {
    const { billableUsers: billable, contractedSeats: contracted } = summary;
    if (billable > contracted) {
      return 'over-limit';
    }

    const threshold = Number.isFinite(this.nearLimitThreshold)
      ? this.nearLimitThreshold
      : 0.9;
    return contracted > 0 && billable / contracted >= threshold
      ? 'near-limit'
      : 'ok';
  }

  /**
   * The summary for the client and organization configured now, so that a
   * sign-in as someone else never shows the previous organization's count.
   * `stale` accepts the last value while a reload is pending.
   */
  private current(stale = false): Shown | null {
    const status = this.summary.status;
    if (
      status !== TaskStatus.COMPLETE &&
      !(stale && status === TaskStatus.PENDING)
    ) {
      return null;
    }

    const shown = this.summary.value as Shown | undefined;
    return shown &&
      shown.client === this.api.client &&
      shown.orgId === this.api.orgId
      ? shown
      : null;
  }

  private reflectLevel(): void {
    const level = this.level;
    const status = this.summary.status;
    const states: Record<string, boolean> = {
      'near-limit': level === 'near-limit',
      'over-limit': level === 'over-limit',
      loading: status === TaskStatus.PENDING && this.current(true) === null,
      error: status === TaskStatus.ERROR,
    };

    for (const [name, on] of Object.entries(states)) {
      if (on) {
        this.internals?.states?.add(name);
      } else {
        this.internals?.states?.delete(name);
      }
    }
    this.toggleAttribute('near-limit', states['near-limit']);
    this.toggleAttribute('over-limit', states['over-limit']);
  }

  /*
   * The wait runs on the page's clock, counted from the server's `asOf`,
   * so clock skew does not matter; but browsers throttle timers in
   * background tabs, so there the update may come late, and a sandbox on
   * a manual clock needs the host to dispatch `org-users-changed` after
   * moving it.
   */
  private schedule(summary: SeatSummary): void {
    this.announce(summary);
    this.clearTimer();

    if (!summary.nextChangeAt || !this.isConnected) {
      return;
    }
    const wait = Date.parse(summary.nextChangeAt) - Date.parse(summary.asOf);
    if (!(wait > 0)) {
      return;
    }

    this.timerDue = Date.now() + wait + TIMER_MARGIN_MS;
    this.arm();
  }

  private arm(): void {
    const remaining = this.timerDue - Date.now();
    this.timer = setTimeout(
      () => {
        if (remaining > MAX_TIMER_MS) {
          this.arm();
        } else {
          this.timer = undefined;
          void this.refresh();
        }
      },
      Math.max(0, Math.min(remaining, MAX_TIMER_MS)),
    );
  }

  private clearTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private announce(summary: SeatSummary): void {
    // The first count is on the screen already; only changes are news.
    const text = this.valueText(summary);
    if (this.lastAnnounced !== null && text !== this.lastAnnounced) {
      this.announcement = text;
    }
    this.lastAnnounced = text;
  }
}
