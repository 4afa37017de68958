import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { tokenStore } from '../api/token-store';

afterEach(() => {
  cleanup();
  tokenStore.clear();
  localStorage.clear();
  vi.unstubAllGlobals();
});
