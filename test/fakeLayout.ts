/**
 * jsdom has no layout. For components that measure themselves: every element reports the widths a
 * test sets, and a stand-in ResizeObserver reports a resize when the test calls `resize()`.
 */
import {act} from '@testing-library/react';

export const widths = {scroll: 300, client: 300};

const active = new Set<FakeResizeObserver>();

class FakeResizeObserver {
  readonly targets = new Set<Element>();
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element): void {
    this.targets.add(target);
    active.add(this);
  }
  unobserve(target: Element): void {
    this.targets.delete(target);
  }
  disconnect(): void {
    this.targets.clear();
    active.delete(this);
  }
  report(): void {
    this.callback([], this as unknown as ResizeObserver);
  }
}

/** Call in `beforeAll`. */
export function installFakeLayout(): void {
  Object.defineProperty(HTMLElement.prototype, 'scrollWidth', {
    configurable: true,
    get: () => widths.scroll,
  });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => widths.client,
  });
  globalThis.ResizeObserver = FakeResizeObserver as unknown as typeof ResizeObserver;
}

/** Sets the widths every element reports, then lets every observer report, as a browser would. */
export function resize(scroll: number, client = 300): void {
  widths.scroll = scroll;
  widths.client = client;
  act(() => {
    for (const observer of active) observer.report();
  });
}

/** How many elements are being observed, across all observers. */
export function observedCount(): number {
  return [...active].reduce((sum, observer) => sum + observer.targets.size, 0);
}
