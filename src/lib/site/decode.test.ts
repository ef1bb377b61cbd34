import {decodeComponent} from './decode';

describe('decodeComponent', () => {
  it.each([
    ['monitoring-first', 'monitoring-first'],
    ['caf%C3%A9', 'café'],
    ['100%', '100%'],
    ['%E0%A4%A', '%E0%A4%A'],
  ])('%j → %j', (text, expected) => {
    expect(decodeComponent(text)).toBe(expected);
  });
});
