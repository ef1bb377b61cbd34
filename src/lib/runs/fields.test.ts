import fc from 'fast-check';
import {fieldDocumentSpec, type Stamped} from './fields';

interface Form {
  readonly a: string;
  readonly b: string;
  readonly zone: string;
  readonly time: string;
}

const spec = fieldDocumentSpec<Form>({
  type: 'test-form',
  version: 1,
  parseFields: (data) => {
    const {a, b, zone, time} = (data ?? {}) as Partial<Form>;
    return [a, b, zone, time].every((value) => typeof value === 'string')
      ? ({a, b, zone, time} as Form)
      : null;
  },
  partsOf: ({a, b, zone, time}) => ({a, b, when: {zone, time}}),
  fromParts: ({a, b, when}) => ({a, b, ...(when as Pick<Form, 'zone' | 'time'>)}) as Form,
});

const empty: Form = {a: '', b: '', zone: 'UTC', time: ''};

describe('fieldDocumentSpec', () => {
  it('stamps the parts an edit changed, and only those', () => {
    const first = spec.edit(null, {from: empty, to: {...empty, a: 'x'}}, 10);
    expect(first).toEqual({fields: {...empty, a: 'x'}, stamps: {a: 10}});
    const second = spec.edit(first, {from: first.fields, to: {...first.fields, time: '10:00'}}, 20);
    expect(second.stamps).toEqual({a: 10, when: 20});
  });

  it('keeps edits of different fields made at once in two new copies', () => {
    // Two tabs with nothing saved yet, each editing one field of the same empty form.
    const mine = spec.edit(null, {from: empty, to: {...empty, a: 'mine'}}, 6);
    const theirs = spec.edit(
      null,
      {from: empty, to: {...empty, zone: 'Europe/Berlin', time: '10:00'}},
      5,
    );
    expect(spec.merge(mine, theirs).fields).toEqual({
      a: 'mine',
      b: '',
      zone: 'Europe/Berlin',
      time: '10:00',
    });
  });

  it('reads a first-version body (bare fields) as never edited, and a stamped one as stored', () => {
    expect(spec.version).toBe(2);
    expect(spec.parse(empty, {run: 'x', version: 1})).toEqual({fields: empty, stamps: {}});
    expect(spec.parse({fields: empty, stamps: {a: 3}}, {run: 'x', version: 2})).toEqual({
      fields: empty,
      stamps: {a: 3},
    });
    expect(spec.parse({fields: empty, stamps: {a: -1}}, {run: 'x', version: 2})).toBeNull();
    expect(spec.parse({fields: {a: 1}, stamps: {}}, {run: 'x', version: 2})).toBeNull();
    expect(spec.parse(empty, {run: 'x', version: 2})).toBeNull();
  });

  const form: fc.Arbitrary<Form> = fc.record({
    a: fc.constantFrom('', 'x', 'y'),
    b: fc.constantFrom('', 'z'),
    zone: fc.constantFrom('UTC', 'Europe/Berlin'),
    time: fc.constantFrom('', '10:00'),
  });
  const stamped: fc.Arbitrary<Stamped<Form>> = fc.record({
    fields: form,
    stamps: fc.record(
      {
        a: fc.integer({min: 1, max: 5}),
        b: fc.integer({min: 1, max: 5}),
        when: fc.integer({min: 1, max: 5}),
      },
      {requiredKeys: []},
    ),
  });

  it('merges commutatively, associatively and idempotently (so every tab converges)', () => {
    fc.assert(
      fc.property(stamped, stamped, stamped, (x, y, z) => {
        expect(spec.same(spec.merge(x, y), spec.merge(y, x))).toBe(true);
        expect(spec.same(spec.merge(spec.merge(x, y), z), spec.merge(x, spec.merge(y, z)))).toBe(
          true,
        );
        expect(spec.same(spec.merge(x, x), x)).toBe(true);
      }),
    );
  });
});
