/**
 * The table opens the kit's own `<user-action-dialog>` in its shadow root,
 * so the tag must hold the kit's dialog by the time a table connects, even
 * on a page that registered only the table (under a name of its own).
 */
import { VERSION } from '../shared/version.js';
import { UserActionDialog } from '../user-action-dialog/user-action-dialog.js';

/** The tag the table renders its dialog as. */
export const DIALOG_TAG = 'user-action-dialog';

/**
 * Defines the dialog's tag when nothing holds it yet. Returns whether the
 * tag now holds this kit's dialog (this class or the same version's); when
 * other code took the name, the table leaves actions to its host.
 */
export function ensureDialogTag(): boolean {
  const existing:
    (CustomElementConstructor & { version?: string }) | undefined =
    customElements.get(DIALOG_TAG);

  if (!existing) {
    customElements.define(DIALOG_TAG, UserActionDialog);
    return true;
  }
  return existing === UserActionDialog || existing.version === VERSION;
}
