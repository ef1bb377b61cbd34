/**
 * The first half of reading a pasted `JWT_AUTH` block: YAML as Open edX loads it. Open edX reads
 * its YAML config with PyYAML's `yaml.safe_load` (openedx-platform lms/envs/production.py), which
 * implements YAML 1.1, so the block is read the same way: `yes`/`no`/`on`/`off` are booleans.
 * The block and alias expansion are capped (issue #16) so that parsing never freezes the page.
 */
import {parseDocument, type Tags} from 'yaml';
import {isObject} from '../json';
import {formatCount} from '../limits';

/**
 * PyYAML's implicit resolvers (lib/yaml/resolver.py) where they differ from the `yaml` package's
 * YAML 1.1 schema: PyYAML has no `y`/`n` booleans, no decimal int with a leading zero, and needs a
 * dot (and a signed exponent) in a float.
 */
const PYYAML = {
  true: /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/,
  false: /^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$/,
  int: /^[-+]?(?:0|[1-9][0-9_]*)$/,
  intTime: /^[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+$/,
  float: /^(?:[-+]?[0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)$/,
  floatExp: /^(?:[-+]?[0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)[eE][-+][0-9]+$/,
} as const;

const BOOL = 'tag:yaml.org,2002:bool';
const INT = 'tag:yaml.org,2002:int';
const FLOAT = 'tag:yaml.org,2002:float';

/** The `yaml` package's YAML 1.1 tags, with PyYAML's tests for plain scalars. */
function pyyamlTags(tags: Tags): Tags {
  return tags.map((tag) => {
    if (typeof tag === 'string' || tag.collection !== undefined || !tag.test) return tag;
    if (tag.tag === BOOL) return {...tag, test: tag.identify?.(true) ? PYYAML.true : PYYAML.false};
    if (tag.tag === INT && tag.format === undefined) return {...tag, test: PYYAML.int};
    if (tag.tag === INT && tag.format === 'TIME') return {...tag, test: PYYAML.intTime};
    if (tag.tag === FLOAT && tag.format === 'EXP') return {...tag, test: PYYAML.floatExp};
    if (tag.tag === FLOAT && tag.format === undefined && tag.test.test('1.5')) {
      return {...tag, test: PYYAML.float};
    }
    return tag;
  });
}

/**
 * Characters of a pasted block. A JWT_AUTH block with several issuers and RSA public keys is a
 * few thousand; parsing YAML costs milliseconds per kilobyte, so a larger block would hold the
 * page for a noticeable time (300 KB of `!!binary` took 15 s).
 */
export const MAX_SETTINGS_CHARS = 32_768;
/** Alias (`*name`) uses while building the values: an alias bomb expands exponentially. */
export const MAX_ALIASES = 100;

/** The settings mapping of a block, or why it cannot be read. */
export type SettingsBlock =
  | {readonly ok: true; readonly block: Readonly<Record<string, unknown>>}
  | {readonly ok: false; readonly message: string; readonly line?: number};

/** YAML 1.1 as PyYAML reads it; the first syntax error, with its line, when there is one. */
function loadYaml(source: string): {ok: true; root: unknown} | Extract<SettingsBlock, {ok: false}> {
  const doc = parseDocument(source, {
    version: '1.1',
    customTags: pyyamlTags,
    prettyErrors: true,
    uniqueKeys: false,
  });
  const problem = doc.errors[0];
  if (problem) {
    const line = problem.linePos?.[0].line;
    const firstLine = (problem.message.split('\n')[0] ?? '').replace(
      / at line \d+, column \d+:?$/,
      '',
    );
    return {
      ok: false,
      message: `Not valid YAML or JSON${line === undefined ? '' : ` (line ${line})`}: ${firstLine}`,
      line,
    };
  }
  try {
    return {ok: true, root: doc.toJS({maxAliasCount: MAX_ALIASES})};
  } catch (error) {
    // The yaml package throws a ReferenceError when aliases expand past maxAliasCount.
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      return {
        ok: false,
        message: `Not read: the block's aliases (*name) expand to more than ${MAX_ALIASES} copies of their anchors, which could freeze the page (an alias bomb). Write the values out instead of aliasing them.`,
      };
    }
    return {
      ok: false,
      message: `Not read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/**
 * The mapping of settings in a pasted block: the value of a top-level `JWT_AUTH` key, or the
 * whole document when it has none. Refuses an empty or oversized block before parsing it.
 */
export function readSettingsBlock(source: string): SettingsBlock {
  if (source.trim() === '') return {ok: false, message: 'The settings box is empty.'};
  if (source.length > MAX_SETTINGS_CHARS) {
    return {
      ok: false,
      message: `Not read: the block is ${formatCount(source.length)} characters long, and the settings reader reads at most ${formatCount(MAX_SETTINGS_CHARS)} (a JWT_AUTH block with several issuers and keys is a few thousand). Paste only the JWT_AUTH block, without large values such as !!binary data.`,
    };
  }
  const loaded = loadYaml(source);
  if (!loaded.ok) return loaded;
  const {root} = loaded;
  const block = isObject(root) && isObject(root.JWT_AUTH) ? root.JWT_AUTH : root;
  if (!isObject(block)) {
    return {ok: false, message: 'Expected a mapping of settings, such as JWT_AUTH: {…}.'};
  }
  return {ok: true, block};
}
