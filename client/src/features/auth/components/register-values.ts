import type { RegisterBody } from '../api/use-register';

/** What the sign-up form holds: every field as typed. */
export interface RegisterValues {
  email: string;
  password: string;
  displayName: string;
  organizationName: string;
  invitationToken: string;
}
export type RegisterErrors = Partial<Record<keyof RegisterValues, string>>;

const MIN_PASSWORD = 8;

export const emptyRegistration = (invitationToken: string | null): RegisterValues => ({
  email: '',
  password: '',
  displayName: '',
  organizationName: '',
  invitationToken: invitationToken ?? '',
});

/** The checks worth making before a round trip; the API still has the last word (400 with `errors`). */
export function validateRegistration(values: RegisterValues): RegisterErrors {
  const errors: RegisterErrors = {};
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) errors.email = 'Enter a valid email address.';
  if (values.password.length < MIN_PASSWORD)
    errors.password = `Password must be at least ${MIN_PASSWORD} characters.`;
  if (values.displayName.trim() === '') errors.displayName = 'Display name is required.';
  return errors;
}

export const toRegisterBody = (values: RegisterValues): RegisterBody => ({
  email: values.email.trim(),
  password: values.password,
  displayName: values.displayName.trim(),
  organizationName: values.organizationName.trim() || null,
  invitationToken: values.invitationToken.trim() || null,
});
