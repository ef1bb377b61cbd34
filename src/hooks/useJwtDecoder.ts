/**
 * State behind the JWT decoder: loads the inspector (and jose with it) lazily, decodes as the
 * reader types, re-evaluates time-dependent findings every second, and verifies the signature
 * whenever the token or the key changes. Nothing is stored anywhere.
 */
import {startTransition, useEffect, useMemo, useState, useSyncExternalStore} from 'react';
import {decodeComponent} from '@site/src/lib/site/decode';
import {whenIdle} from '@site/src/hooks/useReadyWhenIdle';
import type {
  Evaluation,
  Inspection,
  SecretEncoding,
  SignatureResult,
} from '@site/src/lib/jwt/types';
import type {JwtLib} from './useJwtLib';

export type {JwtLib} from './useJwtLib';

export interface JwtDecoderInput {
  readonly text: string;
  readonly headerPayloadCookie: string;
  readonly signatureCookie: string;
  readonly keyText: string;
  readonly secretEncoding: SecretEncoding;
  /** "Evaluate at": a fixed instant, or undefined for the ticking current time. */
  readonly evaluateAt?: Date;
  /** Seconds the verifying service's clock is ahead (positive) or behind (negative). */
  readonly skewSeconds?: number;
}

export interface JwtDecoderState {
  /** False until the inspector module has loaded (always false in the server-rendered HTML). */
  readonly ready: boolean;
  readonly loadFailed: boolean;
  /** True when the two cookie boxes, not the "Encoded token" box, are being decoded. */
  readonly usingCookies: boolean;
  readonly inspection?: Inspection;
  readonly evaluation?: Evaluation;
  /** Undefined while the check for the current token and key is running. */
  readonly signature?: SignatureResult;
  /** The instant time findings use: "Evaluate at" (or now) plus the clock skew. */
  readonly now?: Date;
  /** The inspector module, once loaded: the view provides it to its panels (useJwtLib). */
  readonly lib?: JwtLib;
}

/** Loads src/lib/jwt in its own chunk, once per page. */
function useLoadJwtLib(): {lib?: JwtLib; failed: boolean} {
  const [state, setState] = useState<{lib?: JwtLib; failed: boolean}>({failed: false});
  useEffect(() => {
    let live = true;
    import('@site/src/lib/jwt').then(
      // A transition lets React render the now-working decoder in slices instead of one long
      // task right after the page loads (decisions/0008).
      (lib) => live && startTransition(() => setState({lib, failed: false})),
      () => live && setState({failed: true}),
    );
    return () => {
      live = false;
    };
  }, []);
  const {lib} = state;
  // Once the code is here and the browser is idle, run it once on a sample token, so that the
  // reader's first paste does not pay for Intl's first use and for compiling it (decisions/0023).
  useEffect(() => (lib ? whenIdle(() => void lib.warmUp(new Date())) : undefined), [lib]);
  return state;
}

/** A shared clock that ticks every second while at least one decoder is mounted. */
const clock = {
  now: undefined as Date | undefined,
  listeners: new Set<() => void>(),
  timer: undefined as number | undefined,
};

function subscribeToClock(listener: () => void): () => void {
  clock.listeners.add(listener);
  if (clock.timer === undefined) {
    clock.now = new Date();
    clock.timer = window.setInterval(() => {
      clock.now = new Date();
      for (const notify of clock.listeners) notify();
    }, 1000);
  }
  return () => {
    clock.listeners.delete(listener);
    if (clock.listeners.size === 0) {
      window.clearInterval(clock.timer);
      clock.timer = undefined;
      // A later subscriber must not see a stale time before its first tick.
      clock.now = undefined;
    }
  };
}

function subscribeToNothing(): () => void {
  return () => {};
}

/**
 * The current time, ticking every second while `enabled`; undefined in the server HTML, during
 * hydration and while disabled. An empty decoder has nothing that depends on the time, so it
 * does not re-render every second.
 */
function useNow(enabled: boolean): Date | undefined {
  return useSyncExternalStore(
    enabled ? subscribeToClock : subscribeToNothing,
    () => (enabled ? clock.now : undefined),
    () => undefined,
  );
}

export function useJwtDecoder(input: JwtDecoderInput): JwtDecoderState {
  const {text, headerPayloadCookie, signatureCookie, keyText, secretEncoding} = input;
  const {evaluateAt, skewSeconds = 0} = input;
  const {lib, failed} = useLoadJwtLib();
  const usingCookies = headerPayloadCookie.trim() !== '' || signatureCookie.trim() !== '';
  const hasInput = usingCookies || text.trim() !== '';
  const ticking = useNow(hasInput && evaluateAt === undefined);
  const base = evaluateAt ?? ticking;
  const baseTime = base?.getTime();
  const now = useMemo(
    () => (baseTime === undefined ? undefined : new Date(baseTime + skewSeconds * 1000)),
    [baseTime, skewSeconds],
  );

  const inspection = useMemo(() => {
    if (!lib) return undefined;
    return usingCookies
      ? lib.inspectCookies(headerPayloadCookie, signatureCookie)
      : lib.inspectText(text);
  }, [lib, usingCookies, headerPayloadCookie, signatureCookie, text]);

  // Looked up only once there are claims to show: the first Intl.DateTimeFormat on a page loads
  // time-zone data, which an empty decoder has no use for.
  const hasClaims = inspection?.form !== 'jwe' && inspection?.payload?.json !== undefined;
  const timeZone = useMemo(
    () => (lib && hasClaims ? lib.defaultTimeZone() : undefined),
    [lib, hasClaims],
  );
  const evaluation = useMemo(
    () => (lib && inspection && now ? lib.evaluate(inspection, now, {timeZone}) : undefined),
    [lib, inspection, now, timeZone],
  );

  const [checked, setChecked] = useState<{
    inspection: Inspection;
    keyText: string;
    secretEncoding: SecretEncoding;
    result: SignatureResult;
  }>();
  useEffect(() => {
    if (!lib || !inspection) return;
    let live = true;
    void lib.verifySignature(inspection, keyText, secretEncoding).then((result) => {
      // A transition: the first verdict arrives right after the page loads, and React would
      // otherwise re-render the whole decoder in one blocking task to show it.
      if (live) startTransition(() => setChecked({inspection, keyText, secretEncoding, result}));
    });
    return () => {
      live = false;
    };
  }, [lib, inspection, keyText, secretEncoding]);

  const signature =
    checked &&
    checked.inspection === inspection &&
    checked.keyText === keyText &&
    checked.secretEncoding === secretEncoding
      ? checked.result
      : undefined;

  return {
    ready: lib !== undefined,
    loadFailed: failed,
    usingCookies,
    inspection,
    evaluation,
    signature,
    now,
    lib,
  };
}

/**
 * The `#token=` fragment of a share link, read once after hydration, then removed from the address
 * bar and from this page's history entry (history.replaceState), so that the token is not left
 * where the next person at the screen, or a copied address, would find it.
 */
export function useTokenFromFragment(onToken: (token: string) => void): void {
  useEffect(() => {
    const {hash, pathname, search} = window.location;
    const match = /(?:^#|&)token=([^&]*)/.exec(hash);
    if (!match) return;
    const rest = hash
      .replace(/^#/, '')
      .split('&')
      .filter((part) => !part.startsWith('token='))
      .join('&');
    window.history.replaceState(
      window.history.state,
      '',
      `${pathname}${search}${rest === '' ? '' : `#${rest}`}`,
    );
    if (!match[1]) return;
    onToken(decodeComponent(match[1]));
    // Read once on load only; later edits must not be overwritten by the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}

/** A share link for `token`: the current page with the token in the fragment, never the query. */
export function shareLink(token: string): string {
  const {origin, pathname} = window.location;
  return `${origin}${pathname}#token=${encodeURIComponent(token)}`;
}
