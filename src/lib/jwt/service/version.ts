/** Strict semantic versions, as `semantic_version.Version(text)` reads them (major only matters). */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** The major version, or undefined when `Version()` would raise. */
export function majorVersion(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = SEMVER.exec(value);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
