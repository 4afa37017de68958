/** An indeterminate bar while a study runs: the API answers in one response, so there is no percentage. */
export function RunProgress({ label }: { label: string }) {
  return (
    <div className="run-progress">
      <progress className="usage-bar" aria-label={label} />
      <p role="status">{label}</p>
    </div>
  );
}
