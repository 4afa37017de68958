import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { tokenStore } from '../api/token-store';
import { endTest, server } from './server';

// A page's first render loads its lazy route chunk (charts are large): on a busy two-core machine that can take
// longer than Testing Library's 1 s default, which would fail a correct page.
configure({ asyncUtilTimeout: 5000 });

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});

afterEach(() => {
  cleanup();
  tokenStore.clear();
  localStorage.clear();
  endTest();
});

afterAll(() => {
  server.close();
});
