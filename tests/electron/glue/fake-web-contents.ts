import { EventEmitter } from 'node:events';
import type { HandlerDetails, WebContents, WindowOpenHandlerResponse } from 'electron';

/**
 * Just enough of a WebContents to drive the guards: listeners are kept on a real
 * EventEmitter so a test can fire 'will-navigate' and friends the way Electron does.
 */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined;

  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }

  asWebContents(): WebContents {
    return this as unknown as WebContents;
  }
}

/** An Electron event: remembers whether a listener called preventDefault. */
export function fakeEvent<T extends object>(params: T): T & { preventDefault: () => void; defaultPrevented: boolean } {
  const event = {
    ...params,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}
