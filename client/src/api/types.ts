import type { paths } from './schema';

/**
 * Types derived from operations rather than component names, so they survive the API renaming a
 * schema (e.g. `LoginRequest` → `Login`) when the document is regenerated.
 */
export type ApiPath = keyof paths;
type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Operation<P extends ApiPath, M extends Method> = NonNullable<paths[P][M]>;

/** The JSON request body of `M P`. */
export type ApiBody<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { requestBody?: infer R } ? Json<NonNullable<R>> : never;

/** The JSON body of the 200/201/202 response of `M P`. */
export type ApiResult<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { responses: infer R } ? Json<R[keyof R & (200 | 201 | 202)]> : never;

/** The query parameters of `GET P`. */
export type ApiQuery<P extends ApiPath> = NonNullable<Operation<P, 'get'>['parameters']['query']>;
