import { ProblemError } from './problem';
import { freshAccessToken } from './fresh-token';
import { sessionExpired } from './session-expired';
import { baseUrl, refreshTokens } from './token-refresh';
import { tokenStore } from './token-store';
import type { ApiPath } from './types';

export interface UploadProgress {
  loaded: number;
  total: number;
}

function send(path: ApiPath, body: FormData, token: string | null, onProgress: (p: UploadProgress) => void) {
  return new Promise<{ status: number; body: unknown; response: Response }>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${baseUrl}${path}`);
    xhr.responseType = 'text';
    xhr.setRequestHeader('X-Correlation-Id', crypto.randomUUID());
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress({ loaded: e.loaded, total: e.total });
    };
    xhr.onload = () => {
      const text = xhr.responseText;
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // Not JSON (a proxy's error page): the problem shows the text as its detail.
      }
      const headers = new Headers();
      const correlationId = xhr.getResponseHeader('X-Correlation-Id');
      if (correlationId) headers.set('X-Correlation-Id', correlationId);
      const response = new Response(null, { status: xhr.status, statusText: xhr.statusText, headers });
      resolve({ status: xhr.status, body: parsed, response });
    };
    xhr.onerror = () => {
      reject(new ProblemError({ title: 'Network error', detail: 'The upload did not reach the server.' }));
    };
    xhr.send(body);
  });
}

/**
 * POSTs multipart `body` to `path` with the bearer token the API client uses, reporting upload
 * progress (fetch cannot). Like the client, a 401 refreshes the tokens once and sends again.
 */
export async function uploadWithProgress<T>(
  path: ApiPath,
  body: FormData,
  onProgress: (p: UploadProgress) => void,
): Promise<T> {
  let result = await send(path, body, await freshAccessToken(), onProgress);
  if (result.status === 401 && tokenStore.get()) {
    const tokens = await refreshTokens();
    if (!tokens) {
      tokenStore.clear();
      sessionExpired();
    } else result = await send(path, body, tokens.accessToken, onProgress);
  }
  if (result.status < 200 || result.status >= 300) throw new ProblemError(result.body, result.response);
  return result.body as T;
}
