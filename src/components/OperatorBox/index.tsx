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
import {useOperator} from '@site/src/hooks/useOperator';
import {
  hasTopicData,
  parseOperatorConfig,
  safeLinkUrl,
  type OperatorConfig,
  type OperatorTopic,
} from '@site/src/lib/site/operator';
// Markdown, so that its code block is highlighted at build time (decisions/0007).
import ConfigSnippet from '@site/docs/_partials/operator-config.mdx';
import styles from './styles.module.css';

export {parseOperatorConfig, safeLinkUrl};

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
        {config.incidentChannel !== undefined && (
          <li>
            Incident channel: <TextOrLink text={config.incidentChannel} />
          </li>
        )}
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
  const config = useOperator();
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
