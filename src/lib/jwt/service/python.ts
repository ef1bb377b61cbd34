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
