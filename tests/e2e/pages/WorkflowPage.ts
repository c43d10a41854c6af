import { expect, type Locator, type Page } from '@playwright/test';

/** The workflow bar above the open article, its banners and its dialogs. */
export class WorkflowPage {
  readonly section: Locator;
  readonly state: Locator;
  readonly actions: Locator;
  readonly readOnlyBanner: Locator;
  readonly voidedBanner: Locator;
  readonly returnNote: Locator;
  readonly submitNote: Locator;
  readonly dialog: Locator;
  /** A step that voids or removes something is asked as an alert dialog (reopen, spike, unpublish). */
  readonly confirmation: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('main').getByRole('region', { name: 'Workflow' });
    this.state = this.section.getByTestId('workflow-state');
    this.actions = this.section.getByRole('group', { name: 'Workflow actions' });
    this.readOnlyBanner = this.section.getByTestId('read-only-banner');
    this.voidedBanner = this.section.getByTestId('approval-voided');
    this.returnNote = this.section.getByTestId('return-note');
    this.submitNote = this.section.getByTestId('submit-note');
    this.dialog = page.getByRole('dialog');
    this.confirmation = page.getByRole('alertdialog');
  }

  action(label: string): Locator {
    return this.actions.getByRole('button', { name: label, exact: true });
  }

  async step(label: string, expectedState: string): Promise<void> {
    await this.action(label).click();
    await expect(this.state).toHaveText(expectedState);
  }

  /** Submits for edit through its dialog, with a note for the editor typed at human pace (or none). */
  async submit(note = ''): Promise<void> {
    await this.action('Submit for edit…').click();
    const field = this.dialog.getByLabel('Note for the editor (optional)');
    await expect(field).toBeFocused();
    if (note !== '') await field.pressSequentially(note, { delay: 60 });
    await this.dialog.getByRole('button', { name: 'Submit for edit' }).click();
    await expect(this.state).toHaveText('Submitted');
  }

  /** Reopens approved text for changes through its confirmation, with a reason typed at human pace (or none). */
  async reopenForChanges(reason = ''): Promise<void> {
    await this.action('Reopen for changes…').click();
    await expect(this.confirmation.getByRole('button', { name: 'Cancel' })).toBeFocused();
    if (reason !== '') await this.confirmation.getByLabel('Reason (optional)').pressSequentially(reason, { delay: 60 });
    await this.confirmation.getByRole('button', { name: 'Reopen for changes' }).click();
    await expect(this.state).toHaveText('In edit');
  }

  async returnWithNote(note: string): Promise<void> {
    await this.action('Return to writer…').click();
    await this.dialog.getByLabel('Note for the writer (required)').fill(note);
    await this.dialog.getByRole('button', { name: 'Return with note' }).click();
    await expect(this.state).toHaveText('Returned');
  }

  /** The gate dialog's lists. */
  blockingFindings(): Locator {
    return this.dialog.getByRole('list', { name: 'Blocking findings' }).getByRole('listitem');
  }

  warnings(): Locator {
    return this.dialog.getByRole('list', { name: 'Warnings' }).getByRole('listitem');
  }

  approveButton(): Locator {
    return this.dialog.getByRole('button', { name: 'Approve', exact: true });
  }
}
