import {parseSettings} from './service/parseSettings';
import {
  attributeValue,
  blockResult,
  fromIssuer,
  INITIAL_SERVICE_FORM,
  serviceFormReducer,
  serviceSettings,
  toIssuer,
  type ServiceForm,
  type ServiceFormAction,
} from './serviceForm';

function run(...actions: ServiceFormAction[]): ServiceForm {
  return actions.reduce(serviceFormReducer, INITIAL_SERVICE_FORM);
}

describe('serviceFormReducer', () => {
  it('edits one field of one issuer, adds empty issuers and removes them by position', () => {
    const form = run(
      {type: 'add-issuer'},
      {type: 'edit-issuer', index: 1, field: 'issuer', value: 'https://b.example/oauth2'},
      {type: 'add-issuer'},
      {type: 'edit-issuer', index: 0, field: 'secretKey', value: 's3cret'},
      {type: 'remove-issuer', index: 2},
    );
    expect(form.issuers).toEqual([
      {issuer: 'http://127.0.0.1:8000/oauth2', audience: 'change-me', secretKey: 's3cret'},
      {issuer: 'https://b.example/oauth2', audience: '', secretKey: ''},
    ]);
    expect(INITIAL_SERVICE_FORM.issuers).toHaveLength(1);
  });

  it('sets the text fields and the switches', () => {
    const form = run(
      {type: 'edit-text', field: 'supportedVersion', value: '1.3.0'},
      {type: 'edit-text', field: 'leeway', value: '-'},
      {type: 'set-flag', field: 'verifyAudience', value: false},
      {type: 'set-flag', field: 'asymmetricOnly', value: true},
    );
    expect(form).toMatchObject({
      supportedVersion: '1.3.0',
      leeway: '-',
      verifyExpiration: true,
      verifyAudience: false,
      asymmetricOnly: true,
    });
  });

  it('applies only the settings a block names, and keeps the others', () => {
    const parsed = parseSettings('JWT_AUTH:\n  JWT_LEEWAY: 30\n  JWT_VERIFY_EXPIRATION: no\n');
    if (!parsed.ok) throw new Error(parsed.message);
    const form = run(
      {type: 'edit-text', field: 'supportedVersion', value: '1.3.0'},
      {type: 'apply-settings', settings: parsed.settings},
    );
    expect(form).toMatchObject({leeway: '30', verifyExpiration: false, supportedVersion: '1.3.0'});
    expect(form.issuers).toEqual(INITIAL_SERVICE_FORM.issuers);
  });

  it('keeps the type of a JWK Set a block gave as a mapping until the field is edited', () => {
    const form = run({
      type: 'apply-settings',
      settings: {publicJwkSet: '{"keys": []}', publicJwkSetType: 'dict'},
    });
    expect(serviceSettings(form)).toMatchObject({publicJwkSetType: 'dict'});
    const edited = serviceFormReducer(form, {type: 'edit-public-jwk-set', value: '{"keys": []}'});
    expect(serviceSettings(edited)).not.toHaveProperty('publicJwkSetType');
  });

  it('replaces the issuers a block lists, None as an empty field', () => {
    const form = run({
      type: 'apply-settings',
      settings: {issuers: [{issuer: 'https://lms.example/oauth2', audience: null, secretKey: 'k'}]},
    });
    expect(form.issuers).toEqual([
      {issuer: 'https://lms.example/oauth2', audience: '', secretKey: 'k'},
    ]);
  });
});

describe('serviceSettings', () => {
  it('turns empty issuer fields into None and reads the leeway as a number, or 0', () => {
    const settings = serviceSettings(
      run(
        {type: 'edit-issuer', index: 0, field: 'audience', value: ''},
        {type: 'edit-text', field: 'leeway', value: 'abc'},
      ),
    );
    expect(settings).toEqual({
      issuers: [{issuer: 'http://127.0.0.1:8000/oauth2', audience: null, secretKey: null}],
      publicJwkSet: '',
      supportedVersion: '1.2.0',
      leeway: 0,
      verifyExpiration: true,
      verifyAudience: true,
    });
    expect(serviceSettings(INITIAL_SERVICE_FORM).leeway).toBe(1);
  });

  it('converts issuers both ways', () => {
    const row = {issuer: 'a', audience: '', secretKey: 'c'};
    expect(toIssuer(row)).toEqual({issuer: 'a', audience: null, secretKey: 'c'});
    expect(fromIssuer(toIssuer(row))).toEqual(row);
  });
});

describe('blockResult', () => {
  it('counts the settings applied and adds the reader’s notes', () => {
    const one = parseSettings('JWT_AUTH:\n  JWT_LEEWAY: 30\n');
    expect(blockResult(one)).toEqual({
      ok: true,
      message: 'Applied 1 setting to the fields below; the others keep their values.',
    });
    expect(
      blockResult({ok: true, settings: {leeway: 1, supportedVersion: '1.2.0'}, notes: ['Note.']}),
    ).toEqual({
      ok: true,
      message: 'Applied 2 settings to the fields below; the others keep their values. Note.',
    });
  });

  it('passes on why a block could not be read', () => {
    const bad = parseSettings('JWT_AUTH: [unclosed');
    expect(bad.ok).toBe(false);
    expect(blockResult(bad)).toMatchObject({ok: false});
    expect(blockResult(bad).message).toBe(bad.ok ? '' : bad.message);
  });
});

describe('attributeValue', () => {
  it('writes booleans and null as Python does', () => {
    expect(attributeValue(true)).toBe('True');
    expect(attributeValue(false)).toBe('False');
    expect(attributeValue(null)).toBe('None');
    expect(attributeValue(3)).toBe('3');
    expect(attributeValue('x')).toBe('x');
  });
});
