import {deployedUrlFrom, linkBase, siteLink, sitePath} from './links';

describe('linkBase', () => {
  it('uses the deployed URL when the build was given one, else the origin being read', () => {
    expect(linkBase('https://guide.example.org', 'http://localhost:3000', '/')).toEqual({
      origin: 'https://guide.example.org',
      baseUrl: '/',
    });
    expect(linkBase(null, 'http://localhost:3000', '/')).toEqual({
      origin: 'http://localhost:3000',
      baseUrl: '/',
    });
  });

  it.each([
    [{deployedUrl: 'https://org.github.io/'}, 'https://org.github.io'],
    [{deployedUrl: 'https://org.github.io/jwt-guide/'}, 'https://org.github.io'],
    [{deployedUrl: null}, null],
    [{deployedUrl: ''}, null],
    [{deployedUrl: 'javascript:alert(1)'}, null],
    [{deployedUrl: 'not a url'}, null],
    [{}, null],
    [undefined, null],
  ])('deployedUrlFrom(%j) is %j', (customFields, expected) => {
    expect(deployedUrlFrom(customFields)).toBe(expected);
  });
});

describe('siteLink', () => {
  const base = {origin: 'https://org.github.io', baseUrl: '/jwt-guide/'};

  it.each([
    [{}, 'https://org.github.io/jwt-guide/docs/checklists/rollout'],
    [{run: 'default'}, 'https://org.github.io/jwt-guide/docs/checklists/rollout'],
    [
      {run: 'openedx/edx-platform#1 (a)', fragment: 'first'},
      'https://org.github.io/jwt-guide/docs/checklists/rollout?run=openedx%2Fedx-platform%231%20%28a%29#first',
    ],
  ])('with %j', (options, url) => {
    expect(siteLink(base, '/docs/checklists/rollout', options)).toBe(url);
  });

  it.each([
    ['/', '/docs/a', '/docs/a'],
    ['', 'docs/a', '/docs/a'],
    ['jwt-guide', '/docs/a', '/jwt-guide/docs/a'],
    ['/jwt-guide/', '/docs/a', '/jwt-guide/docs/a'],
  ])('sitePath(%j, %j) is %j', (baseUrl, route, path) => {
    expect(sitePath(baseUrl, route)).toBe(path);
  });
});
