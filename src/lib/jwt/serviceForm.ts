/**
 * The service panel's form (the JWT_AUTH fields of "As an Open edX service sees it") as pure
 * state: what the fields hold, how each edit and a pasted JWT_AUTH block change them, and the
 * ServiceSettings they stand for. Type-only imports: the view imports this statically.
 */
import type {IssuerSettings, ServiceSettings} from './service';
import type {ParsedSettings} from './service/parseSettings';
import {numberOrZero} from './decodedView';

/** One JWT_ISSUERS entry as its three text fields. */
export interface IssuerRow {
  readonly issuer: string;
  readonly audience: string;
  readonly secretKey: string;
}

export interface ServiceForm {
  readonly issuers: readonly IssuerRow[];
  readonly publicJwkSet: string;
  /** Set when a pasted block gave the JWK Set as a mapping or list, not a JSON string. */
  readonly publicJwkSetType?: string;
  readonly supportedVersion: string;
  /** As typed: a number field may hold '' or '-' for a moment. */
  readonly leeway: string;
  readonly verifyExpiration: boolean;
  readonly verifyAudience: boolean;
  /** The mobile session exchange's decoder, which accepts asymmetric keys only. */
  readonly asymmetricOnly: boolean;
}

export type ServiceFormText = 'supportedVersion' | 'leeway';
export type ServiceFormFlag = 'verifyExpiration' | 'verifyAudience' | 'asymmetricOnly';

export type ServiceFormAction =
  | {
      readonly type: 'edit-issuer';
      readonly index: number;
      readonly field: keyof IssuerRow;
      readonly value: string;
    }
  | {readonly type: 'add-issuer'}
  | {readonly type: 'remove-issuer'; readonly index: number}
  /** Typing in the JWK Set field makes it a string again, whatever a block gave. */
  | {readonly type: 'edit-public-jwk-set'; readonly value: string}
  | {readonly type: 'edit-text'; readonly field: ServiceFormText; readonly value: string}
  | {readonly type: 'set-flag'; readonly field: ServiceFormFlag; readonly value: boolean}
  /** The settings a pasted block names; the others keep their values. */
  | {readonly type: 'apply-settings'; readonly settings: Partial<ServiceSettings>};

/** What the fields hold before the reader edits them. */
export const INITIAL_SERVICE_FORM: ServiceForm = {
  issuers: [{issuer: 'http://127.0.0.1:8000/oauth2', audience: 'change-me', secretKey: ''}],
  publicJwkSet: '',
  supportedVersion: '1.2.0',
  leeway: '1',
  verifyExpiration: true,
  verifyAudience: true,
  asymmetricOnly: false,
};

const EMPTY_ISSUER: IssuerRow = {issuer: '', audience: '', secretKey: ''};

/** Empty fields are Python's None, as an unset setting would be. */
export function toIssuer(row: IssuerRow): IssuerSettings {
  return {
    issuer: row.issuer === '' ? null : row.issuer,
    audience: row.audience === '' ? null : row.audience,
    secretKey: row.secretKey === '' ? null : row.secretKey,
  };
}

export function fromIssuer(entry: IssuerSettings): IssuerRow {
  return {
    issuer: entry.issuer ?? '',
    audience: entry.audience ?? '',
    secretKey: entry.secretKey ?? '',
  };
}

function applySettings(form: ServiceForm, next: Partial<ServiceSettings>): ServiceForm {
  return {
    ...form,
    ...(next.issuers && {issuers: next.issuers.map(fromIssuer)}),
    ...(next.publicJwkSet !== undefined && {
      publicJwkSet: next.publicJwkSet,
      publicJwkSetType: next.publicJwkSetType,
    }),
    ...(next.supportedVersion !== undefined && {supportedVersion: next.supportedVersion}),
    ...(next.leeway !== undefined && {leeway: String(next.leeway)}),
    ...(next.verifyExpiration !== undefined && {verifyExpiration: next.verifyExpiration}),
    ...(next.verifyAudience !== undefined && {verifyAudience: next.verifyAudience}),
  };
}

export function serviceFormReducer(form: ServiceForm, action: ServiceFormAction): ServiceForm {
  switch (action.type) {
    case 'edit-issuer':
      return {
        ...form,
        issuers: form.issuers.map((row, i) =>
          i === action.index ? {...row, [action.field]: action.value} : row,
        ),
      };
    case 'add-issuer':
      return {...form, issuers: [...form.issuers, EMPTY_ISSUER]};
    case 'remove-issuer':
      return {...form, issuers: form.issuers.filter((_, i) => i !== action.index)};
    case 'edit-public-jwk-set':
      return {...form, publicJwkSet: action.value, publicJwkSetType: undefined};
    case 'edit-text':
      return {...form, [action.field]: action.value};
    case 'set-flag':
      return {...form, [action.field]: action.value};
    case 'apply-settings':
      return applySettings(form, action.settings);
  }
}

/** The JWT_AUTH settings the form stands for; a leeway that is not a number counts as 0. */
export function serviceSettings(form: ServiceForm): ServiceSettings {
  return {
    issuers: form.issuers.map(toIssuer),
    publicJwkSet: form.publicJwkSet,
    ...(form.publicJwkSetType === undefined ? {} : {publicJwkSetType: form.publicJwkSetType}),
    supportedVersion: form.supportedVersion,
    leeway: numberOrZero(form.leeway),
    verifyExpiration: form.verifyExpiration,
    verifyAudience: form.verifyAudience,
  };
}

export interface BlockResult {
  readonly ok: boolean;
  readonly message: string;
}

/** What the panel says after reading a pasted JWT_AUTH block. */
export function blockResult(parsed: ParsedSettings): BlockResult {
  if (!parsed.ok) return {ok: false, message: parsed.message};
  const names = Object.keys(parsed.settings).length;
  const notes = parsed.notes.length > 0 ? ` ${parsed.notes.join(' ')}` : '';
  return {
    ok: true,
    message: `Applied ${names} setting${names === 1 ? '' : 's'} to the fields below; the others keep their values.${notes}`,
  };
}

/** A recorded attribute's value written as Python writes it (True, False, None). */
export function attributeValue(value: string | number | boolean | null): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value === null) return 'None';
  return String(value);
}
