interface PagerProps {
  page: number;
  pageSize: number;
  totalCount: number;
  onChange: (page: number) => void;
  /** The navigation's accessible name; give each pager on a page its own. */
  label?: string;
}

export function Pager({ page, pageSize, totalCount, onChange, label = 'Pagination' }: PagerProps) {
  const pages = Math.max(1, Math.ceil(totalCount / pageSize));
  return (
    <nav className="pager" aria-label={label}>
      <button
        type="button"
        disabled={page <= 1}
        onClick={() => {
          onChange(page - 1);
        }}
      >
        Previous
      </button>
      <span>
        Page {page} of {pages} ({totalCount} total)
      </span>
      <button
        type="button"
        disabled={page >= pages}
        onClick={() => {
          onChange(page + 1);
        }}
      >
        Next
      </button>
    </nav>
  );
}
