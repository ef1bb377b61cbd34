/**
 * Python semantics the service model needs to mirror: the decoder and its settings are Python,
 * so "is it set?" and error messages follow Python's truthiness and type names.
 */
import {isObject} from '../json';

/** Python truthiness of a parsed JSON or YAML value (`if value:`). */
export function pythonTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') {
    return false;
  }
  if (Array.isArray(value)) return value.length > 0;
  if (isObject(value)) return Object.keys(value).length > 0;
  return true;
}

/** The name Python gives the type of a parsed JSON or YAML value, as in its error messages. */
export function pythonTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'string') return 'str';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (value instanceof Date) return 'datetime';
  return 'dict';
}

/**
 * Python's `int(value)` for JSON values: the integer, or the exception Python raises. Text takes
 * an optional sign, digits with single underscores between them, and surrounding whitespace.
 * JSON numbers too large for a double (`1e400`) are infinity in Python as in JavaScript.
 */
export function pythonInt(value: unknown): number | 'ValueError' | 'TypeError' | 'OverflowError' {
  if (typeof value === 'number')
    return Number.isFinite(value) ? Math.trunc(value) : 'OverflowError';
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') {
    return /^\s*[+-]?\d+(?:_\d+)*\s*$/.test(value)
      ? Number(value.trim().replace(/_/g, ''))
      : 'ValueError';
  }
  return 'TypeError';
}
