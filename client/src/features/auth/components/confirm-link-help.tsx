import { Link } from 'react-router';

/** Where to go when a confirmation link cannot open the account. */
export function SignUpOrSignIn() {
  return (
    <p>
      <Link to="/register">Sign up again</Link> to get a new link. Already opened your account?{' '}
      <Link to="/login">Sign in</Link>.
    </p>
  );
}

const REASONS = {
  missing: {
    title: 'This link is incomplete',
    text: 'The address you opened has no confirmation code. Open the link from the e-mail again, all of it.',
  },
  unusable: {
    title: 'This link no longer works',
    text: 'It was already used, has expired (links work for 24 hours), or a newer e-mail replaced it.',
  },
} as const;

/** A confirmation link that cannot be used: cut short, or already used, expired or replaced. */
export function UnusableLink({ reason }: { reason: keyof typeof REASONS }) {
  return (
    <>
      <h1>{REASONS[reason].title}</h1>
      <p>{REASONS[reason].text}</p>
      <SignUpOrSignIn />
    </>
  );
}
