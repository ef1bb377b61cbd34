import fc from 'fast-check';
import {MAX_RUN_NAME_LENGTH, normaliseRunName} from '../checklist/model';
import {
  MAX_INPUT_LENGTH,
  parsePullRequest,
  parseRepository,
  pullRequestCutAtFragment,
  pullRequestRunName,
  type PullRequestErrorCode,
} from './reference';

const RUN = 'openedx/edx-platform#12345';

describe('parsePullRequest: GitHub pull requests', () => {
  it.each<[string, string]>([
    ['openedx/edx-platform#12345', 'the short form'],
    ['  openedx/edx-platform#12345\n', 'surrounding whitespace'],
    ['openedx/edx-platform #12345', 'a space before #'],
    ['OpenEdx/EDX-Platform#12345', 'other letter case'],
    ['openedx/edx-platform#0012345', 'leading zeros'],
    ['https://github.com/openedx/edx-platform/pull/12345', 'the address'],
    ['https://github.com/openedx/edx-platform/pull/12345/', 'a trailing slash'],
    ['https://github.com/openedx/edx-platform/pull/12345/files', 'the files tab'],
    [
      'https://github.com/openedx/edx-platform/pull/12345/files/0a1b2c..3d4e5f',
      'a range of commits',
    ],
    ['https://github.com/openedx/edx-platform/pull/12345/commits/0a1b2c3', 'one commit'],
    ['https://github.com/openedx/edx-platform/pull/12345#issuecomment-987654', 'a comment'],
    ['https://github.com/openedx/edx-platform/pull/12345#discussion_r42', 'a review discussion'],
    ['https://github.com/openedx/edx-platform/pull/12345?w=1', 'a query'],
    ['https://github.com/openedx/edx-platform/pull/12345/files?diff=split#diff-abc', 'both'],
    ['http://github.com/openedx/edx-platform/pull/12345', 'http'],
    ['https://www.github.com/openedx/edx-platform/pull/12345', 'www.'],
    ['github.com/openedx/edx-platform/pull/12345', 'no scheme'],
    ['HTTPS://GITHUB.COM/OpenEdx/Edx-Platform/pull/12345', 'capitals'],
  ])('%s (%s) → openedx/edx-platform#12345', (input) => {
    expect(parsePullRequest(input)).toEqual({
      ok: true,
      kind: 'github',
      run: RUN,
      pullRequest: {owner: 'openedx', repo: 'edx-platform', number: 12345},
    });
  });

  it.each<[string, string]>([
    ['open-craft/my_repo.js#7', 'open-craft/my_repo.js#7'],
    ['https://github.com/a/b/pull/1', 'a/b#1'],
    ['a/b#2147483647', 'a/b#2147483647'],
  ])('%s → %s', (input, run) => {
    expect(parsePullRequest(input)).toMatchObject({ok: true, kind: 'github', run});
  });

  it('canonicalises the short form and the address to the same run', () => {
    const short = parsePullRequest('openedx/frontend-app-learning#1500');
    const url = parsePullRequest(
      'https://github.com/openedx/frontend-app-learning/pull/1500/files',
    );
    expect(short.ok && url.ok && short.run === url.run).toBe(true);
  });
});

describe('parsePullRequest: other run names', () => {
  it.each<[string, string, string]>([
    ['a plain name', 'JWT lifetime change', 'JWT lifetime change'],
    ['inner whitespace is collapsed', 'PR \n\t 12', 'PR 12'],
    ['control characters are removed', 'a\u0000b\u202ec', 'a b c'],
    ['a number alone', '#12345', '#12345'],
    ['a repository without a number', 'openedx/edx-platform', 'openedx/edx-platform'],
    ['# followed by words', 'team/plan#draft', 'team/plan#draft'],
    [
      'an address on another host',
      'https://gitlab.com/group/project/-/merge_requests/5',
      'https://gitlab.com/group/project/-/merge_requests/5',
    ],
    [
      'a GitHub Enterprise address',
      'https://github.example.com/org/repo/pull/5',
      'https://github.example.com/org/repo/pull/5',
    ],
    ['not github.com', 'https://github.community/t/1', 'https://github.community/t/1'],
    ['markup stays text', '<b>x</b> (draft)', '<b>x</b> (draft)'],
    ['exactly the limit', 'x'.repeat(MAX_RUN_NAME_LENGTH), 'x'.repeat(MAX_RUN_NAME_LENGTH)],
  ])('%s', (_label, input, run) => {
    expect(parsePullRequest(input)).toEqual({ok: true, kind: 'name', run});
  });
});

describe('parsePullRequest: rejected', () => {
  it.each<[string, string, PullRequestErrorCode, string]>([
    ['empty', '', 'empty', `Enter a pull request, such as ${RUN} or its address.`],
    ['only whitespace', ' \n\t ', 'empty', `Enter a pull request, such as ${RUN} or its address.`],
    [
      'only invisible characters',
      '\u200b\u0007',
      'no-visible-text',
      'This has no visible characters to name a run with.',
    ],
    [
      'a name over the limit',
      'x'.repeat(MAX_RUN_NAME_LENGTH + 1),
      'too-long',
      `This run name is 121 characters long; the limit is 120. Shorten it, or enter the pull request as ${RUN}.`,
    ],
    [
      'input over the input limit',
      `https://github.com/a/b/pull/1?${'x'.repeat(MAX_INPUT_LENGTH)}`,
      'too-long',
      `This is longer than 2048 characters: enter the pull request as ${RUN} or its address.`,
    ],
    [
      'a canonical name over the limit',
      `${'o'.repeat(39)}/${'r'.repeat(90)}#1`,
      'too-long',
      `${'o'.repeat(39)}/${'r'.repeat(90)}#1 is 132 characters long; a run name can have at most 120.`,
    ],
  ])('%s', (_label, input, code, message) => {
    expect(parsePullRequest(input)).toEqual({ok: false, code, message});
  });

  const notPullRequest =
    'This GitHub address is not a pull request. Use the address of the pull request itself, such as https://github.com/openedx/edx-platform/pull/12345.';
  it.each<[string]>([
    ['https://github.com/openedx/edx-platform/issues/12345'],
    ['https://github.com/openedx/edx-platform/commit/0a1b2c3'],
    ['https://github.com/openedx/edx-platform/pulls'],
    ['https://github.com/openedx/edx-platform'],
    ['https://github.com/openedx'],
    ['https://github.com/'],
    ['github.com'],
    ['https://github.com/open_edx/edx-platform/pull/1'],
    ['https://github.com/-openedx/edx-platform/pull/1'],
    ['https://github.com/openedx/../pull/1'],
  ])('%s is a GitHub address but not a pull request', (input) => {
    expect(parsePullRequest(input)).toEqual({
      ok: false,
      code: 'not-a-pull-request',
      message: notPullRequest,
    });
  });

  const invalidNumber = `The pull request number must be a whole number from 1 up, as in ${RUN}.`;
  it.each<[string]>([
    ['openedx/edx-platform#'],
    ['openedx/edx-platform#0'],
    ['openedx/edx-platform#12a'],
    ['openedx/edx-platform#1.5'],
    ['openedx/edx-platform#2147483648'],
    ['openedx/edx-platform#12345678901'],
    ['https://github.com/openedx/edx-platform/pull/'],
    ['https://github.com/openedx/edx-platform/pull/abc'],
    ['https://github.com/openedx/edx-platform/pull/0'],
    ['https://github.com/openedx/edx-platform/pull/-1'],
  ])('%s has no valid pull request number', (input) => {
    expect(parsePullRequest(input)).toEqual({
      ok: false,
      code: 'invalid-number',
      message: invalidNumber,
    });
  });
});

describe('parsePullRequest: properties', () => {
  it('every accepted run is one the checklists open unchanged from ?run=', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 200}), (input) => {
        const parsed = parsePullRequest(input);
        if (!parsed.ok) return;
        expect(normaliseRunName(parsed.run)).toBe(parsed.run);
        expect(parsePullRequest(parsed.run)).toEqual(parsed);
      }),
    );
  });

  it('the short form and the address of any pull request give the same run', () => {
    const owner = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{0,20}$/);
    const repo = fc.stringMatching(/^[A-Za-z0-9_-][A-Za-z0-9._-]{0,20}$/);
    fc.assert(
      fc.property(owner, repo, fc.integer({min: 1, max: 99_999_999}), (o, r, n) => {
        const short = parsePullRequest(`${o}/${r}#${n}`);
        const url = parsePullRequest(`https://github.com/${o}/${r}/pull/${n}/files`);
        expect(short).toEqual(url);
        expect(short).toMatchObject({
          ok: true,
          run: pullRequestRunName({owner: o.toLowerCase(), repo: r.toLowerCase(), number: n}),
        });
      }),
    );
  });
});

describe('parseRepository', () => {
  it.each<[string, string]>([
    ['openedx/edx-platform', 'the short form'],
    ['OpenEdx/Edx-Platform', 'other letter case'],
    ['https://github.com/openedx/edx-platform', 'the address'],
    ['https://github.com/openedx/edx-platform.git', 'the clone address'],
    ['github.com/openedx/edx-platform/tree/master/lms', 'a page in it'],
    ['https://github.com/openedx/edx-platform/pull/12345', 'one of its pull requests'],
    ['openedx/edx-platform#12345', 'one of its pull requests, short'],
  ])('%s (%s)', (input) => {
    expect(parseRepository(input)).toEqual({
      ok: true,
      repository: {owner: 'openedx', repo: 'edx-platform'},
    });
  });

  it('empty input means no repository, not an error', () => {
    expect(parseRepository('  ')).toEqual({ok: true, repository: null});
  });

  it.each([['edx-platform'], ['openedx/edx platform'], ['https://github.com/openedx'], ['a/b/c']])(
    'rejects %s',
    (input) => {
      expect(parseRepository(input)).toEqual({
        ok: false,
        code: 'not-a-repository',
        message:
          'Enter a GitHub repository as owner/repo, such as openedx/edx-platform, or its address.',
      });
    },
  );
});

describe('pullRequestCutAtFragment', () => {
  it.each([
    ['openedx/edx-platform', '#40001', 'openedx/edx-platform#40001'],
    ['OpenEdx/Edx-Platform', '#7', 'openedx/edx-platform#7'],
    ['openedx/edx-platform', '', null],
    ['openedx/edx-platform', '#monitoring-first', null],
    ['openedx/edx-platform', '#0', null],
    ['PR 7', '#40001', null],
    ['openedx', '#40001', null],
  ])('run %j and fragment %j → %j', (run, hash, expected) => {
    expect(pullRequestCutAtFragment(run, hash)).toBe(expected);
  });
});
