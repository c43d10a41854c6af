import { expect, type Locator, type Page } from '@playwright/test';

/** What is cut or overflows in a panel: one line per control, empty when everything fits. */
export type LayoutProblems = string[];

/** The side panel as a whole: its width, the divider that sets it, and how its forms fit. */
export class SidePanelPage {
  readonly panel: Locator;
  readonly body: Locator;
  readonly divider: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('complementary', { name: 'Article panels' });
    this.body = this.panel.getByRole('tabpanel');
    this.divider = this.panel.getByRole('separator', { name: 'Side panel width' });
  }

  tab(name: string): Locator {
    return this.panel.getByRole('tab', { name, exact: true });
  }

  async openTab(name: string): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  /** The width the divider says the panel has. */
  async width(): Promise<number> {
    return Number(await this.divider.getAttribute('aria-valuenow'));
  }

  /** The width the panel takes on screen. */
  async shownWidth(): Promise<number> {
    return Math.round((await this.panel.boundingBox())?.width ?? 0);
  }

  /** Drags the divider `dx` pixels (negative: to the left, widening the panel), in steps as a hand does. */
  async drag(dx: number): Promise<void> {
    const box = await this.divider.boundingBox();
    if (box === null) throw new Error('The divider is not on screen.');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx, y, { steps: 12 });
    await this.page.mouse.up();
  }

  /**
   * Every control in the open panel that is cut or overflows: a control reaching past the
   * panel's edge, a button whose words do not fit, a date, select or empty field that is
   * narrower than it needs to show its date, choice or placeholder whole (measured by laying
   * it out at its own content's size), a text box that hides lines behind a scroll bar, and
   * the panel scrolling sideways.
   */
  problems(): Promise<LayoutProblems> {
    return this.body.evaluate((body) => {
      const found: string[] = [];
      const edge = body.getBoundingClientRect();
      const name = (element: Element) =>
        `${element.tagName.toLowerCase()} “${element.getAttribute('aria-label') ?? (element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent?.trim().slice(0, 40) ?? ''}”`;
      if (body.scrollWidth > body.clientWidth + 1) found.push(`the panel scrolls sideways (${body.scrollWidth} > ${body.clientWidth})`);
      for (const element of body.querySelectorAll<HTMLElement>('button, input, select, textarea')) {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        // Hidden ones (a file picker behind its button) are not seen.
        if (box.width <= 1 || box.height <= 1 || style.visibility === 'hidden') continue;
        if (box.left < edge.left - 0.5 || box.right > edge.right + 0.5) found.push(`${name(element)} reaches past the panel (${Math.round(box.left)}–${Math.round(box.right)} in ${Math.round(edge.left)}–${Math.round(edge.right)})`);
        if (element instanceof HTMLButtonElement) {
          // Its words, not its scroll width: a tooltip drawn beside it (data-tooltip's ::after) is not its words.
          const words = document.createRange();
          words.selectNodeContents(element);
          const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
          if (words.getBoundingClientRect().width > element.clientWidth - padding + 1) found.push(`${name(element)}: its words do not fit`);
        }
        if (element instanceof HTMLTextAreaElement && element.scrollHeight > element.clientHeight + 1) found.push(`${name(element)}: lines hidden (${element.scrollHeight} > ${element.clientHeight})`);
        const sized = element instanceof HTMLSelectElement || (element instanceof HTMLInputElement && (element.type === 'date' || (element.value === '' && element.placeholder !== '')));
        if (sized) {
          // A copy on its own, as wide as its date, choice or placeholder needs (its classes give it the same font and padding).
          const copy = element.cloneNode(true) as HTMLInputElement | HTMLSelectElement;
          copy.value = element.value;
          copy.removeAttribute('id');
          copy.style.cssText = 'position: absolute; top: 0; left: 0; width: auto; field-sizing: content; visibility: hidden';
          body.append(copy);
          const needed = copy.offsetWidth;
          copy.remove();
          const given = element.offsetWidth;
          if (needed > given + 1) found.push(`${name(element)} is cut: needs ${needed} px, has ${given}`);
        }
      }
      return found;
    });
  }
}
