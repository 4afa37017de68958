import { createOpenApiHttp } from 'openapi-msw';
import type { paths } from '../api/schema';

/** msw's `http`, typed from the OpenAPI document: a path, status or body it does not declare fails `tsc`. */
export const http = createOpenApiHttp<paths>();

export type Method = Exclude<keyof typeof http, 'untyped'>;
