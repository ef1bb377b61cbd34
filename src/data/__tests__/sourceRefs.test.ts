/**
 * @jest-environment node
 */
/*
 * Every GitHub link on the site must open the upstream version our facts were read at: a ref
 * recorded, with the date it was read, in SOURCE_REFS (src/data/sources.ts). Scans the pages
 * (docs/**\/*.mdx), the site's TypeScript (src/**\/*.ts(x), tests excluded) and the site config.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {
  checkLinkRefs,
  checkRecordedRefs,
  findGitHubLinks,
  formatLinkProblems,
  parseGitHubLink,
  type SourceText,
} from '../../lib/site/sourceRefs';
import {REPOSITORY_ALIASES, S, SOURCE_REFS} from '../sources';

const ROOT = path.resolve(__dirname, '../../..');

/** Files under `dir` (repository-relative) whose names pass `keep`, recursively. */
function listFiles(dir: string, keep: (name: string) => boolean): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(path.join(ROOT, dir), {withFileTypes: true})) {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '__tests__' && entry.name !== 'node_modules') {
        found.push(...listFiles(relative, keep));
      }
    } else if (keep(entry.name)) {
      found.push(relative);
    }
  }
  return found;
}

const isTest = (name: string): boolean => /\.(test|spec)\.[cm]?[jt]sx?$/.test(name);

function siteSources(): SourceText[] {
  const files = [
    ...listFiles('docs', (name) => /\.mdx?$/.test(name)),
    ...listFiles('src', (name) => /\.tsx?$/.test(name) && !isTest(name)),
    'docusaurus.config.ts',
  ];
  return files.map((file) => ({path: file, text: readFileSync(path.join(ROOT, file), 'utf8')}));
}

describe('recorded refs (src/data/sources.ts SOURCE_REFS)', () => {
  it('gives every recorded ref an ISO read date and no moving branch', () => {
    const problems = checkRecordedRefs(SOURCE_REFS);
    expect(problems).toEqual([]);
  });

  it('spells edx-drf-extensions tags with their "v", as upstream does', () => {
    expect(SOURCE_REFS['openedx/edx-drf-extensions']?.[0]?.ref).toBe('v10.7.0');
  });
});

describe('GitHub links on the site', () => {
  const sources = siteSources();

  it('scans the pages, the site code and the config', () => {
    const paths = sources.map((source) => source.path);
    expect(paths).toContain('docs/background/oep-42.mdx');
    expect(paths).toContain('src/data/sources.ts');
    expect(paths).toContain('src/pages/index.tsx');
    expect(paths).toContain('docusaurus.config.ts');
    expect(paths.some((file) => isTest(path.basename(file)))).toBe(false);
  });

  it('use only recorded refs, never a moving branch', () => {
    const problems = checkLinkRefs(sources, SOURCE_REFS, REPOSITORY_ALIASES);
    if (problems.length > 0) {
      throw new Error(
        `${problems.length} GitHub link(s) use a ref that is not recorded in SOURCE_REFS ` +
          `(src/data/sources.ts). Read the file at a recorded ref, or record the ref you read ` +
          `with its date:\n${formatLinkProblems(problems)}`,
      );
    }
  });

  it('include the data sources, which are built from the recorded refs', () => {
    const urls = Object.values(S)
      .filter((value): value is {label: string; url: string} => typeof value === 'object')
      .map((source) => source.url);
    const problems = checkLinkRefs(
      [{path: 'S', text: urls.join('\n')}],
      SOURCE_REFS,
      REPOSITORY_ALIASES,
    );
    expect(formatLinkProblems(problems)).toBe('');
  });
});

describe('the link check itself', () => {
  const refs = {
    'openedx/edx-drf-extensions': [{ref: 'v10.7.0', read: '2026-12-03'}],
    'openedx/openedx-platform': [{ref: 'e57a655', read: '2026-12-03'}],
  };
  const aliases = {'openedx/edx-platform': 'openedx/openedx-platform'};
  const check = (text: string) => checkLinkRefs([{path: 'docs/fixture.mdx', text}], refs, aliases);

  it('fails a tag spelled without its "v", naming file, line, link and the expected ref', () => {
    const problems = check(
      'intro\nSee [decoder](https://github.com/openedx/edx-drf-extensions/blob/10.7.0/edx_rest_framework_extensions/auth/jwt/decoder.py).',
    );
    expect(problems).toEqual([
      {
        file: 'docs/fixture.mdx',
        line: 2,
        link: 'https://github.com/openedx/edx-drf-extensions/blob/10.7.0/edx_rest_framework_extensions/auth/jwt/decoder.py',
        message:
          'ref "10.7.0" is not recorded for openedx/edx-drf-extensions; expected one of: v10.7.0',
      },
    ]);
    expect(formatLinkProblems(problems)).toContain('docs/fixture.mdx:2: https://github.com/');
  });

  it('fails a moving branch, under the old repository name too', () => {
    const problems = check(
      '[ADR](https://github.com/openedx/edx-platform/blob/master/docs/decisions/0001.rst) ' +
        '[tree](https://github.com/openedx/openedx-platform/tree/main)',
    );
    expect(problems.map((problem) => problem.message)).toEqual([
      '"master" is a moving branch; use a recorded ref of openedx/openedx-platform: e57a655',
      '"main" is a moving branch; use a recorded ref of openedx/openedx-platform: e57a655',
    ]);
  });

  it('fails a link to the files of a repository with no recorded ref', () => {
    const [problem] = check(
      '[x](https://github.com/openedx/edx-rbac/blob/2.1.0/edx_rbac/utils.py)',
    );
    expect(problem?.message).toMatch(/^openedx\/edx-rbac has no recorded ref/);
  });

  it('accepts recorded refs and links that name no version', () => {
    expect(
      check(
        [
          'https://github.com/openedx/edx-drf-extensions/blob/v10.7.0/CHANGELOG.rst',
          'https://github.com/openedx/edx-platform/blob/e57a655/lms/envs/common.py',
          'https://github.com/openedx/openedx-platform/pull/30432',
          'https://github.com/openedx/edx-drf-extensions/issues/333',
          'https://github.com/openedx/edx-drf-extensions',
          'https://github.com/<org>/<repo>/tree/main/',
          'https://github.com/${repo}/blob/${ref}/${path}',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('reads the ref of release-tag and commit addresses', () => {
    expect(parseGitHubLink('https://github.com/jpadilla/pyjwt/releases/tag/2.6.0')).toMatchObject({
      repository: 'jpadilla/pyjwt',
      kind: 'releases/tag',
      ref: '2.6.0',
    });
    expect(check('https://github.com/openedx/edx-drf-extensions/commit/2b31afb')).toHaveLength(1);
  });

  it('stops a link at the Markdown and sentence punctuation around it', () => {
    expect(
      findGitHubLinks('(see https://github.com/a-b/c.d/blob/v1/x.py).').map((l) => l.url),
    ).toEqual(['https://github.com/a-b/c.d/blob/v1/x.py']);
  });

  it('fails a recorded ref without a valid read date', () => {
    expect(
      checkRecordedRefs({
        'openedx/edx-drf-extensions': [{ref: 'v10.7.0', read: '2026-02-30'}],
        'jpadilla/pyjwt': [{ref: 'master', read: '2026-12-03'}],
      }),
    ).toEqual([
      'openedx/edx-drf-extensions@v10.7.0: read date "2026-02-30" is not an ISO date (YYYY-MM-DD)',
      'jpadilla/pyjwt: "master" is a moving branch, not a pinned ref',
    ]);
  });
});
