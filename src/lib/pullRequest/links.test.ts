import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {checklists} from '../../data/checklists';
import {
  PULL_REQUEST_KIT_ROUTE,
  PULL_REQUEST_TARGETS,
  encodeRunParam,
  pullRequestLinks,
  pullRequestMarkdown,
  pullRequestTemplate,
} from './links';
import {visibleText} from '../markdown/escape';
import {collapseWhitespace, parseGfm, readField} from '@site/test/githubMarkdown';
import {HOSTILE_INPUTS} from '@site/test/hostileText';

const SITE = {origin: 'https://guide.example.org', baseUrl: '/'};
const RUN = 'openedx/edx-platform#12345';
const Q = '?run=openedx%2Fedx-platform%2312345';
const ROOT = path.join(__dirname, '..', '..', '..');

describe('encodeRunParam', () => {
  it.each<[string, string]>([
    [RUN, 'openedx%2Fedx-platform%2312345'],
    ['PR 12', 'PR%2012'],
    ['a+b&c=d', 'a%2Bb%26c%3Dd'],
    ['fix (draft)!', 'fix%20%28draft%29%21'],
    ["it's *new*", 'it%27s%20%2Anew%2A'],
    ['ünï', '%C3%BCn%C3%AF'],
  ])('%s → %s', (run, encoded) => {
    expect(encodeRunParam(run)).toBe(encoded);
    // What the checklist page reads back from ?run= (useRunDocument, through runFromSearch).
    expect(new URLSearchParams(`run=${encoded}`).get('run')).toBe(run);
  });
});

describe('pullRequestLinks', () => {
  it('links the four checklists, the rollout timeline and the messages with ?run=', () => {
    expect(
      pullRequestLinks(RUN, SITE).map(({id, title, path, url}) => [id, title, path, url]),
    ).toEqual([
      [
        'plan-your-change',
        'Plan your change',
        `/docs/checklists/plan-your-change${Q}`,
        `https://guide.example.org/docs/checklists/plan-your-change${Q}`,
      ],
      [
        'rollout',
        'Rollout',
        `/docs/checklists/rollout${Q}`,
        `https://guide.example.org/docs/checklists/rollout${Q}`,
      ],
      [
        'observability',
        'Observability',
        `/docs/checklists/observability${Q}`,
        `https://guide.example.org/docs/checklists/observability${Q}`,
      ],
      [
        'communication',
        'Communication',
        `/docs/checklists/communication${Q}`,
        `https://guide.example.org/docs/checklists/communication${Q}`,
      ],
      [
        'rollout-timeline',
        'Rollout timeline',
        `/docs/tools/rollout-timeline${Q}`,
        `https://guide.example.org/docs/tools/rollout-timeline${Q}`,
      ],
      [
        'communication-messages',
        'Communication messages',
        `/docs/communication/messages${Q}`,
        `https://guide.example.org/docs/communication/messages${Q}`,
      ],
    ]);
  });

  it.each<[string, string, string, string]>([
    ['https://guide.example.org', '/', '/docs/checklists/rollout', 'https://guide.example.org'],
    [
      'https://org.github.io',
      '/jwt-guide/',
      '/jwt-guide/docs/checklists/rollout',
      'https://org.github.io',
    ],
    [
      'https://org.github.io',
      'jwt-guide',
      '/jwt-guide/docs/checklists/rollout',
      'https://org.github.io',
    ],
  ])('site %s with base URL %s', (siteOrigin, baseUrl, pagePath, origin) => {
    const rollout = pullRequestLinks('x', {origin: siteOrigin, baseUrl})[1]!;
    expect(rollout.path).toBe(`${pagePath}?run=x`);
    expect(rollout.url).toBe(`${origin}${pagePath}?run=x`);
  });

  it('matches the checklist definitions and existing pages', () => {
    const listed = PULL_REQUEST_TARGETS.filter((target) => target.kind === 'checklist');
    expect(listed.map(({id, title, route}) => ({id, title, route}))).toEqual(
      checklists.map(({id, title, route}) => ({id, title, route})),
    );
    for (const target of [...PULL_REQUEST_TARGETS, {route: PULL_REQUEST_KIT_ROUTE}]) {
      const file = path.join(ROOT, `${target.route}.mdx`);
      expect({route: target.route, exists: existsSync(file)}).toEqual({
        route: target.route,
        exists: true,
      });
    }
  });
});

describe('pullRequestMarkdown', () => {
  it('writes the heading, the run, the four checklists and the timeline, exactly', () => {
    expect(pullRequestMarkdown(RUN, SITE)).toBe(
      [
        '### Touching JWTs?',
        '',
        'Checklists for run openedx/edx-platform\\#<!-- -->12345. Work through each one and paste it below with **Copy as Markdown**.',
        '',
        `- [Plan your change](https://guide.example.org/docs/checklists/plan-your-change${Q})`,
        `- [Rollout](https://guide.example.org/docs/checklists/rollout${Q})`,
        `- [Observability](https://guide.example.org/docs/checklists/observability${Q})`,
        `- [Communication](https://guide.example.org/docs/checklists/communication${Q})`,
        '',
        `Plan the token drain with the [rollout timeline](https://guide.example.org/docs/tools/rollout-timeline${Q}) and write the announcements with the [communication messages](https://guide.example.org/docs/communication/messages${Q}).`,
        '',
      ].join('\n'),
    );
  });

  it.each(HOSTILE_INPUTS)('a run named with %s shows as typed, and the links stay', (_, run) => {
    const tree = parseGfm(pullRequestMarkdown(run, SITE));
    const [heading, sentence, list, tools, ...rest] = tree.children;
    expect(rest).toEqual([]);
    expect(heading?.type).toBe('heading');
    if (sentence?.type !== 'paragraph') throw new Error('no sentence');
    const reading = readField([sentence]);
    expect(reading.markup).toEqual(['strong']);
    expect(reading.githubAutolinks).toEqual([]);
    expect(reading.text).toBe(
      collapseWhitespace(
        `Checklists for run ${visibleText(run)}. Work through each one and paste it below with .`,
      ),
    );
    expect(list?.type === 'list' && list.children.length).toBe(4);
    expect(
      tools?.type === 'paragraph' && tools.children.filter((n) => n.type === 'link'),
    ).toHaveLength(2);
  });

  it('escapes markup in a plain run name and keeps links intact', () => {
    const markdown = pullRequestMarkdown('<b>fix</b> (part_1)', SITE);
    expect(markdown.split('\n')[2]).toBe(
      'Checklists for run \\<b\\>fix\\</b\\> (part\\_1). Work through each one and paste it below with **Copy as Markdown**.',
    );
    expect(markdown).toContain(
      '- [Rollout](https://guide.example.org/docs/checklists/rollout?run=%3Cb%3Efix%3C%2Fb%3E%20%28part_1%29)',
    );
  });
});

describe('pullRequestTemplate', () => {
  const P = '?run=openedx%2Fedx-platform%23NUMBER';

  it('for a repository: NUMBER to replace, and a comment that says so', () => {
    expect(pullRequestTemplate(SITE, {owner: 'openedx', repo: 'edx-platform'})).toBe(
      [
        '### Touching JWTs?',
        '',
        '<!--',
        'Keep this section if the pull request changes how JWTs are created, signed, cached or decoded; otherwise delete it.',
        'GitHub cannot fill in the pull request number. Once the pull request is open, replace NUMBER below with its number,',
        'or enter the pull request at https://guide.example.org/docs/checklists/pull-request-template and paste the Markdown made there over this section.',
        '-->',
        '',
        'Checklists for run openedx/edx-platform\\#<!-- -->NUMBER. Work through each one and paste it below with **Copy as Markdown**.',
        '',
        `- [Plan your change](https://guide.example.org/docs/checklists/plan-your-change${P})`,
        `- [Rollout](https://guide.example.org/docs/checklists/rollout${P})`,
        `- [Observability](https://guide.example.org/docs/checklists/observability${P})`,
        `- [Communication](https://guide.example.org/docs/checklists/communication${P})`,
        '',
        `Plan the token drain with the [rollout timeline](https://guide.example.org/docs/tools/rollout-timeline${P}) and write the announcements with the [communication messages](https://guide.example.org/docs/communication/messages${P}).`,
        '',
      ].join('\n'),
    );
  });

  it('without a repository: OWNER, REPO and NUMBER', () => {
    const template = pullRequestTemplate(SITE, null);
    expect(template.split('\n')[4]).toBe(
      'GitHub cannot fill in the pull request number. Once the pull request is open, replace OWNER, REPO and NUMBER below with its owner, repository and number,',
    );
    expect(template).toContain('Checklists for run OWNER/REPO\\#<!-- -->NUMBER.');
    expect(template).toContain(
      '- [Rollout](https://guide.example.org/docs/checklists/rollout?run=OWNER%2FREPO%23NUMBER)',
    );
  });

  it('becomes the Markdown for the pull request once the placeholders are replaced', () => {
    const template = pullRequestTemplate(SITE, {owner: 'openedx', repo: 'edx-platform'});
    const filled = template.replace(/<!--[\s\S]*?-->\n\n/, '').replaceAll('NUMBER', '12345');
    expect(filled).toBe(pullRequestMarkdown(RUN, SITE));
    const generic = pullRequestTemplate(SITE, null)
      .replace(/<!--[\s\S]*?-->\n\n/, '')
      .replaceAll('OWNER', 'openedx')
      .replaceAll('REPO', 'edx-platform')
      .replaceAll('NUMBER', '12345');
    expect(generic).toBe(pullRequestMarkdown(RUN, SITE));
  });

  it("is what this repository's own .github/pull_request_template.md carries", () => {
    const file = readFileSync(path.join(ROOT, '.github', 'pull_request_template.md'), 'utf8');
    // The site's default address (docusaurus.config.ts), as in the e2e tests.
    const section = pullRequestTemplate(
      {origin: 'https://openedx-jwt-guide.example.org', baseUrl: '/'},
      null,
    );
    expect(file.endsWith(section)).toBe(true);
  });
});
