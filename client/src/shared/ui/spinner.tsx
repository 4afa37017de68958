export function Spinner({ label }: { label: string }) {
  return (
    <p role="status" aria-live="polite" className="spinner">
      <span className="spinner-dot" aria-hidden="true" />
      {label}…
    </p>
  );
}
