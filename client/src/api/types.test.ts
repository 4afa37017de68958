import type { ApiBody, ApiQuery, ApiResult } from './types';

// Compile-time guards: if the derived types collapse to `never` (e.g. after regenerating schema.ts
// from a document with different content types), `tsc` fails here instead of silently accepting anything.
describe('derived API types', () => {
  it('resolve to real shapes', () => {
    expectTypeOf<ApiResult<'/api/v1/identity/me', 'get'>>().not.toBeNever();
    expectTypeOf<ApiResult<'/api/v1/identity/me', 'get'>>().toHaveProperty('email').toEqualTypeOf<string>();
    expectTypeOf<ApiResult<'/api/v1/identity/login', 'post'>>().toHaveProperty('refreshToken');
    expectTypeOf<ApiResult<'/api/v1/identity/usage', 'get'>>().toHaveProperty('used').toEqualTypeOf<number>();
    expectTypeOf<ApiResult<'/api/v1/identity/api-keys', 'post'>>().toHaveProperty('secret');
    expectTypeOf<ApiResult<'/api/v1/identity/api-keys', 'get'>>().toHaveProperty('items');
    expectTypeOf<ApiResult<'/api/v1/identity/users', 'get'>>().toHaveProperty('totalCount');
    expectTypeOf<ApiResult<'/api/v1/platform/audit-entries', 'get'>['items'][number]>().toHaveProperty(
      'outcome',
    );
    expectTypeOf<ApiBody<'/api/v1/identity/register', 'post'>>().toHaveProperty('displayName');
    expectTypeOf<ApiBody<'/api/v1/identity/me/password', 'put'>>().toHaveProperty('newPassword');
    expectTypeOf<ApiQuery<'/api/v1/platform/audit-entries'>>().toHaveProperty('from');
  });
});
