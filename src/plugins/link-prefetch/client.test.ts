/**
 * @jest-environment jsdom
 */
describe('link-prefetch client module', () => {
  it('keeps Docusaurus preload and turns prefetch into a no-op', async () => {
    await import('./client');
    const prefetch = jest.fn(() => Promise.resolve());
    const preload = jest.fn(() => Promise.resolve());
    // What Docusaurus' client entry does after the client modules have run.
    (window as unknown as {docusaurus: unknown}).docusaurus = Object.freeze({prefetch, preload});
    const {docusaurus} = window as unknown as {
      docusaurus: {prefetch: (path: string) => unknown; preload: (path: string) => unknown};
    };
    expect(docusaurus.prefetch('/docs/reference')).toBe(false);
    expect(prefetch).not.toHaveBeenCalled();
    void docusaurus.preload('/docs/reference');
    expect(preload).toHaveBeenCalledWith('/docs/reference');
    expect(Object.isFrozen(docusaurus)).toBe(true);
  });
});
