/**
 * The operator's own names and links (`siteConfig.customFields.operator`), validated. The site is
 * written for any Open edX operator; an operator who builds their own copy fills these in, and the
 * "Your operator" boxes and the communication messages use them. Pure: no React, no window.
 */

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
  /** Where incidents are discussed, e.g. '#incidents'; named in the communication messages. */
  readonly incidentChannel?: string;
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
    incidentChannel: cleanText(raw.incidentChannel),
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
    config.statusPage !== undefined ||
    config.incidentChannel !== undefined
  );
}

/** The validated operator config from a whole `siteConfig.customFields` value. */
export function operatorFromCustomFields(customFields: unknown): OperatorConfig {
  return parseOperatorConfig(isRecord(customFields) ? customFields.operator : undefined);
}
