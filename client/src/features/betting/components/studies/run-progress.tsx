/** An indeterminate bar while a study answers in one response, so there is no percentage yet. */
export function RunProgress({ label }: { label: string }) {
  return (
    <div className="run-progress">
      <progress className="usage-bar" aria-label={label} />
      <p role="status">{label}</p>
    </div>
  );
}
