import { createQueryKeys } from './query-keys';

const startsWith = (key: readonly unknown[], prefix: readonly unknown[]) =>
  prefix.every((part, i) => Object.is(key[i], part));

describe('createQueryKeys', () => {
  const keys = createQueryKeys<{ page: number }>('things');

  it('puts every key under the feature scope', () => {
    expect(keys.all).toEqual(['things']);
    expect(startsWith(keys.lists(), keys.all)).toBe(true);
    expect(startsWith(keys.key('me'), keys.all)).toBe(true);
  });

  it('puts every list under lists(), apart by filters', () => {
    const page1 = keys.list({ page: 1 });
    expect(startsWith(page1, keys.lists())).toBe(true);
    expect(page1).toEqual(['things', 'list', { page: 1 }]);
    expect(keys.list({ page: 2 })).not.toEqual(page1);
  });

  it('keeps features apart', () => {
    expect(startsWith(createQueryKeys('other').lists(), keys.all)).toBe(false);
  });
});
