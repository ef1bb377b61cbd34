import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import styles from './index.module.css';

interface WayIn {
  readonly title: string;
  readonly audience: string;
  readonly to: string;
  readonly cta: string;
  readonly points: readonly string[];
}

/** The three ways in are routes other sites link to; keep their targets stable. */
const waysIn: readonly WayIn[] = [
  {
    title: 'New to JWTs in Open edX',
    audience: 'You want to know how the platform creates, carries and checks its tokens.',
    to: '/docs/start-here',
    cta: 'Start here: JWTs in five minutes',
    points: [
      'The LMS as the one issuer, and every service that checks its tokens',
      'The two browser cookies, and a user’s token next to a service’s',
      'Why a change can pass the deploy and fail an hour later',
    ],
  },
  {
    title: 'About to change how JWTs work',
    audience: 'You are changing signing, lifetimes, claims, caching or decoding.',
    to: '/docs/rollout',
    cta: 'Plan the rollout',
    points: [
      'The known challenges that have bitten earlier changes',
      'Ordering: verifiers before issuers, keys before signing',
      'Why a change is only proven after every old token expires',
    ],
  },
  {
    title: 'Need to read a token',
    audience: 'You have a token or a setting in front of you and need to know what it means.',
    to: '/docs/tools/jwt-decoder',
    cta: 'Open the JWT decoder',
    points: [
      'Paste a token, a header or the two JWT cookies: decoded in your browser only',
      'Every claim explained, with findings such as expiry or a missing version',
      'Check the signature with a secret, a PEM key or a JWK Set',
    ],
  },
];

function WayInCard({way}: {readonly way: WayIn}): ReactNode {
  const headingId = `way-in-${way.to.split('/').pop()}`;
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <Heading as="h2" id={headingId} className={styles.cardTitle}>
        {way.title}
      </Heading>
      <p className={styles.audience}>{way.audience}</p>
      <ul className={styles.points}>
        {way.points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      <Link className="button button--primary" to={way.to}>
        {way.cta}
      </Link>
    </section>
  );
}

export default function Home(): ReactNode {
  return (
    <Layout
      title="Changing JWTs in Open edX, safely"
      description="Guidance and tools for engineers who change how Open edX creates, signs, caches or decodes JWTs."
    >
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.heroTitle}>
            So you want to touch JWTs?
          </Heading>
          <p className={styles.heroLead}>
            A JWT change in Open edX can look finished after the deploy and still break calls later.
            Services, browsers and scripts keep using the tokens they already hold until those
            expire, and only then receive tokens made the new way; a nightly job meets the change on
            its next run (<Link to="/docs/rollout/expiry-window">the expiry window</Link>). This
            guide is for the engineers who create, sign, cache or decode those tokens: what to know
            first, what has gone wrong before, and how to roll out a change you can prove.
          </p>
        </div>
      </header>
      <main className="container">
        <div className={styles.ways}>
          {waysIn.map((way) => (
            <WayInCard key={way.to} way={way} />
          ))}
        </div>
        <p className={styles.privacy}>
          This is a static site: no analytics, no third-party requests, nothing you type leaves your
          browser.
        </p>
      </main>
    </Layout>
  );
}
