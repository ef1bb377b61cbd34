import {inspectText} from './inspect';
import {WARM_UP_TOKEN, warmUp} from './warmUp';

describe('warmUp', () => {
  it('takes a pasted token’s path: an RS256 token with exp and iat, both shown as times', () => {
    const inspection = inspectText(WARM_UP_TOKEN);
    expect(inspection.form).toBe('jws');
    expect(inspection.header?.json).toEqual({alg: 'RS256', typ: 'JWT'});
    expect(inspection.payload?.json).toMatchObject({exp: 1767229200, iat: 1767225600});
    expect(warmUp(new Date('2026-01-01T00:30:00Z'))).toBe(2);
  });
});
