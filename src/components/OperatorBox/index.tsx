/**
 * "Your operator" box for the observability and communication pages.
 *
 * The site is written for any Open edX operator. An operator who builds their own copy can list
 * their dashboards, channels and support queue here by adding, in docusaurus.config.ts:
 *
 *   customFields: {
 *     operator: {
 *       name?: string;                                // e.g. 'Example Learning'
 *       dashboards?: {label: string; url: string}[];  // shown when topic = 'observability'
 *       channels?: {label: string; value: string}[];  // shown when topic = 'communication'
 *       supportQueue?: string;                        // text or URL; topic = 'communication'
 *       statusPage?: string;                          // URL; topic = 'communication'
 *     },
 *   },
 *
 * The config is validated defensively: a value of the wrong shape is ignored (an `operator` that is
 * not an object counts as empty, a malformed list entry is dropped). Everything is rendered as React
 * text, never as HTML, and only http:, https: and mailto: URLs become links.
 */
import {useId, type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
// Markdown, so that its code block is highlighted at build time (decisions/0006).
import ConfigSnippet from '@site/docs/_partials/operator-config.mdx';
import styles from './styles.module.css';

export type OperatorTopic = 'observability' | 'communication';

export interface OperatorLink {
  readonly label: string;
  readonly url: string;
}

export interface OperatorChannel {
  readonly label: string;
  readonly value: string;
}

/** The validated form of `siteConfig.customFields.operator`. */
export interface OperatorConfig {
  readonly name?: string;
  readonly dashboards: readonly OperatorLink[];
  readonly channels: readonly OperatorChannel[];
  readonly supportQueue?: string;
  readonly statusPage?: string;
}

const MAX_TEXT = 300;
const MAX_ITEMS = 20;
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

const EMPTY: OperatorConfig = {dashboards: [], channels: []};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cleanText(value: unknown): string | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  const text = value.trim();
  return text.length > 0 && text.length <= MAX_TEXT ? text : undefined;
}

/** Returns the URL if it is absolute and uses a protocol that is safe to link to. */
export function safeLinkUrl(value: unknown): string | undefined {
  const text = cleanText(value);
  if (text === undefined) {
    return undefined;
  }
  try {
    const url = new URL(text);
    return LINK_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function cleanList<T>(value: unknown, clean: (item: unknown) => T | undefined): T[] {
  if (!Array.isArray(value)) {
    return [];
  }
  const items: T[] = [];
  for (const item of value.slice(0, MAX_ITEMS)) {
    const cleaned = clean(item);
    if (cleaned !== undefined) {
      items.push(cleaned);
    }
  }
  return items;
}

function cleanDashboard(item: unknown): OperatorLink | undefined {
  if (!isRecord(item)) {
    return undefined;
  }
  const label = cleanText(item.label);
  const url = safeLinkUrl(item.url);
  return label !== undefined && url !== undefined ? {label, url} : undefined;
}

function cleanChannel(item: unknown): OperatorChannel | undefined {
  if (!isRecord(item)) {
    return undefined;
  }
  const label = cleanText(item.label);
  const value = cleanText(item.value);
  return label !== undefined && value !== undefined ? {label, value} : undefined;
}

/** Validates an unknown `customFields.operator` value; anything unusable becomes empty. */
export function parseOperatorConfig(raw: unknown): OperatorConfig {
  if (!isRecord(raw)) {
    return EMPTY;
  }
  return {
    name: cleanText(raw.name),
    dashboards: cleanList(raw.dashboards, cleanDashboard),
    channels: cleanList(raw.channels, cleanChannel),
    supportQueue: cleanText(raw.supportQueue),
    // Kept as written for display; it is only accepted when it is a linkable URL.
    statusPage: safeLinkUrl(raw.statusPage) === undefined ? undefined : cleanText(raw.statusPage),
  };
}

/** True when the config has something to show for this topic. */
export function hasTopicData(config: OperatorConfig, topic: OperatorTopic): boolean {
  if (topic === 'observability') {
    return config.dashboards.length > 0;
  }
  return (
    config.channels.length > 0 ||
    config.supportQueue !== undefined ||
    config.statusPage !== undefined
  );
}

const TOPIC_FIELDS: Record<OperatorTopic, string> = {
  observability: 'your monitoring dashboards',
  communication: 'your incident and team channels, your support queue and your status page',
};

/** Renders text, or a link when the text is a safe absolute URL. */
function TextOrLink({text}: {text: string}): ReactNode {
  const url = safeLinkUrl(text);
  return url === undefined ? text : <ExternalLink href={url}>{text}</ExternalLink>;
}

function ExternalLink({href, children}: {href: string; children: ReactNode}): ReactNode {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

function ConfiguredContent({
  config,
  topic,
}: {
  config: OperatorConfig;
  topic: OperatorTopic;
}): ReactNode {
  const intro =
    config.name === undefined ? (
      <p>Links configured for this site:</p>
    ) : (
      <p>
        Links for <strong>{config.name}</strong>:
      </p>
    );

  if (topic === 'observability') {
    return (
      <>
        {intro}
        <ul className={styles.list}>
          {config.dashboards.map((dashboard, index) => (
            <li key={`${index}-${dashboard.url}`}>
              <ExternalLink href={dashboard.url}>{dashboard.label}</ExternalLink>
            </li>
          ))}
        </ul>
      </>
    );
  }

  return (
    <>
      {intro}
      <ul className={styles.list}>
        {config.channels.map((channel, index) => (
          <li key={`${index}-${channel.label}`}>
            {channel.label}: <TextOrLink text={channel.value} />
          </li>
        ))}
        {config.supportQueue !== undefined && (
          <li>
            Support queue: <TextOrLink text={config.supportQueue} />
          </li>
        )}
        {config.statusPage !== undefined && (
          <li>
            Status page: <TextOrLink text={config.statusPage} />
          </li>
        )}
      </ul>
    </>
  );
}

function HowToConfigure({topic}: {topic: OperatorTopic}): ReactNode {
  return (
    <>
      <p>
        This copy of the site has no operator details for this page. If you run Open edX, add{' '}
        {TOPIC_FIELDS[topic]} under <code>customFields.operator</code> in{' '}
        <code>docusaurus.config.ts</code> and rebuild; this box will then list them. Every field is
        optional, and only <code>http</code>, <code>https</code> and <code>mailto</code> URLs are
        turned into links.
      </p>
      <ConfigSnippet />
    </>
  );
}

export interface OperatorBoxProps {
  /** Which of the operator's details this page needs. */
  readonly topic: OperatorTopic;
}

export default function OperatorBox({topic}: OperatorBoxProps): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const customFields: unknown = siteConfig?.customFields;
  const config = parseOperatorConfig(isRecord(customFields) ? customFields.operator : undefined);
  const titleId = useId();

  return (
    <aside className={styles.box} aria-labelledby={titleId}>
      <p className={styles.title} id={titleId}>
        Your operator
      </p>
      {hasTopicData(config, topic) ? (
        <ConfiguredContent config={config} topic={topic} />
      ) : (
        <HowToConfigure topic={topic} />
      )}
    </aside>
  );
}
