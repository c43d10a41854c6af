import { describe, expect, it, vi } from 'vitest';
import type { GalleyEvent } from '../../../shared/contract/events';
import { forwardEventsToWindows } from '../../../electron/app/event-forwarding';

function fakeEventBus() {
  const listeners = new Set<(event: GalleyEvent) => void>();
  return {
    subscribe(listener: (event: GalleyEvent) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(event: GalleyEvent) {
      for (const listener of listeners) listener(event);
    },
  };
}

const fakeWindowContents = (destroyed = false) => ({ send: vi.fn(), isDestroyed: () => destroyed });

describe('event forwarding', () => {
  const saved: GalleyEvent = {
    type: 'article.saved',
    articleId: '0b6f1d2e-6c1a-4c3e-9b1f-2a3b4c5d6e7f',
    version: 3,
    updatedAt: '2025-01-01T00:00:00.000Z',
  };

  it('sends each service event to every open window on galley:event', () => {
    const bus = fakeEventBus();
    const first = fakeWindowContents();
    const second = fakeWindowContents();
    forwardEventsToWindows(bus, () => [first, second]);

    bus.emit(saved);

    expect(first.send).toHaveBeenCalledExactlyOnceWith('galley:event', saved);
    expect(second.send).toHaveBeenCalledExactlyOnceWith('galley:event', saved);
  });

  it('skips a window that is closing', () => {
    const bus = fakeEventBus();
    const closing = fakeWindowContents(true);
    forwardEventsToWindows(bus, () => [closing]);
    bus.emit(saved);
    expect(closing.send).not.toHaveBeenCalled();
  });

  it('stops when asked', () => {
    const bus = fakeEventBus();
    const window = fakeWindowContents();
    const stop = forwardEventsToWindows(bus, () => [window]);
    stop();
    bus.emit(saved);
    expect(window.send).not.toHaveBeenCalled();
  });
});
