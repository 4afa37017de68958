import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { tokenStore } from '../api/token-store';
import { endTest, server } from './server';

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
