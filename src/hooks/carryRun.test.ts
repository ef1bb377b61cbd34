import {createBrowserHistory, type History} from 'history';
import {carryRun, carryRunInLink} from './carryRun';
import {followRun, openRunInAddress} from './currentRun';

let history: History;
let stop: () => void;

function start(address: string): void {
  window.history.replaceState(null, '', address);
  history = createBrowserHistory();
  stop = carryRun(history, '/');
}

afterEach(() => {
  stop();
  document.body.innerHTML = '';
  window.history.replaceState(null, '', '/');
});

function link(href: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.setAttribute('href', href);
  anchor.textContent = href;
  document.body.append(anchor);
  return anchor;
}

describe('carryRun', () => {
  it('adds the open run to a navigation that names none, in one history entry', () => {
    start('/docs/checklists/rollout?run=PR%207');
    const length = window.history.length;
    const seen: string[] = [];
    const unfollow = followRun((run) => seen.push(run));
    history.push('/docs/checklists/observability#first');
    unfollow();
    expect(`${window.location.pathname}${window.location.search}${window.location.hash}`).toBe(
      '/docs/checklists/observability?run=PR%207#first',
    );
    expect(history.location.search).toBe('?run=PR%207');
    expect(window.history.length).toBe(length + 1);
    expect(seen).toEqual(['PR 7']);
  });

  it('keeps a run a link names, and follows it from there', () => {
    start('/docs/checklists/rollout?run=PR%207');
    history.push('/docs/tools/rollout-timeline?run=PR%208');
    expect(window.location.search).toBe('?run=PR%208');
    history.push('/docs/background');
    expect(window.location.search).toBe('?run=PR%208');
  });

  it('adds nothing for the default run', () => {
    start('/docs/checklists/rollout');
    history.push('/docs/background');
    expect(window.location.search).toBe('');
    openRunInAddress('PR 9');
    history.push('/docs/rollout');
    expect(window.location.search).toBe('?run=PR%209');
    openRunInAddress('default');
    history.push('/docs/reference');
    expect(window.location.search).toBe('');
  });

  it('gives links the run when the pointer or the focus reaches them', () => {
    start('/docs/checklists/rollout?run=openedx%2Fedx-platform%2340001');
    const next = link('/docs/checklists/observability');
    const withHash = link('/docs/rollout#not-instant');
    const named = link('/docs/tools/rollout-timeline?run=PR%201');
    const other = link('https://github.com/openedx/edx-platform');
    const file = link('/img/logo.svg');
    next.dispatchEvent(new Event('pointerover', {bubbles: true}));
    withHash.dispatchEvent(new FocusEvent('focusin', {bubbles: true}));
    for (const anchor of [named, other, file]) {
      anchor.dispatchEvent(new Event('pointerdown', {bubbles: true}));
    }
    expect(next.getAttribute('href')).toBe(
      '/docs/checklists/observability?run=openedx%2Fedx-platform%2340001',
    );
    expect(withHash.getAttribute('href')).toBe(
      '/docs/rollout?run=openedx%2Fedx-platform%2340001#not-instant',
    );
    expect(named.getAttribute('href')).toBe('/docs/tools/rollout-timeline?run=PR%201');
    expect(other.getAttribute('href')).toBe('https://github.com/openedx/edx-platform');
    expect(file.getAttribute('href')).toBe('/img/logo.svg');

    // Leaving the run gives the link its own address back.
    openRunInAddress('default');
    next.dispatchEvent(new Event('contextmenu', {bubbles: true}));
    expect(next.getAttribute('href')).toBe('/docs/checklists/observability');
  });

  it('leaves going back alone: the page left keeps its own address', async () => {
    start('/docs/background');
    openRunInAddress('PR 9');
    history.push('/docs/rollout');
    expect(window.location.search).toBe('?run=PR%209');
    const seen: string[] = [];
    const unfollow = followRun((run) => seen.push(run));
    const popped = new Promise((resolve) =>
      window.addEventListener('popstate', resolve, {once: true}),
    );
    history.goBack();
    await popped;
    unfollow();
    expect(`${window.location.pathname}${window.location.search}`).toBe(
      '/docs/background?run=PR%209',
    );
    expect(seen).toEqual(['PR 9']);
  });
});

describe('carryRunInLink', () => {
  it('takes a new href rendered since the last time as the original', () => {
    const anchor = link('/docs/a');
    carryRunInLink(anchor, 'PR 1', '/');
    expect(anchor.getAttribute('href')).toBe('/docs/a?run=PR%201');
    anchor.setAttribute('href', '/docs/b');
    carryRunInLink(anchor, 'PR 2', '/');
    expect(anchor.getAttribute('href')).toBe('/docs/b?run=PR%202');
  });

  it('leaves links outside the base URL alone', () => {
    const anchor = link('/elsewhere/page');
    carryRunInLink(anchor, 'PR 1', '/guide/');
    expect(anchor.getAttribute('href')).toBe('/elsewhere/page');
  });
});
