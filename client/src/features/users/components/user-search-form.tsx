import { useState, type SubmitEvent } from 'react';

interface UserSearchFormProps {
  /** The search the list shows now; the field starts with it. */
  initial: string;
  onSearch: (search: string) => void;
}

export function UserSearchForm({ initial, onSearch }: UserSearchFormProps) {
  const [draft, setDraft] = useState(initial);

  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    onSearch(draft);
  };

  return (
    <form role="search" onSubmit={submit} className="form form-inline">
      <label>
        Search users
        <input
          type="search"
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
          }}
        />
      </label>
      <button type="submit">Search</button>
    </form>
  );
}
