import {canonicalSearchHref, canonicalSearchPath} from './searchAddress';

describe('canonicalSearchPath', () => {
  it.each([
    ['/search/', '/', '/search'],
    ['/guide/search/', '/guide/', '/guide/search'],
    ['/guide/search/', '/guide', '/guide/search'],
    ['/search', '/', null],
    ['/docs/search/', '/', null],
    ['/search/x', '/', null],
  ])('%s under %s', (pathname, baseUrl, expected) => {
    expect(canonicalSearchPath(pathname, baseUrl)).toBe(expected);
  });
});

describe('canonicalSearchHref', () => {
  it('keeps the query and the fragment', () => {
    expect(canonicalSearchHref('/search/?q=leeway&ctx=docs#x', '/')).toBe(
      '/search?q=leeway&ctx=docs#x',
    );
    expect(canonicalSearchHref('/search?q=leeway', '/')).toBeNull();
    expect(canonicalSearchHref('https://other.example/search/?q=a', '/')).toBeNull();
  });
});
