import { useState, type SubmitEvent } from 'react';

interface ImportFormProps {
  busy: boolean;
  onUpload: (file: File) => void;
}

/** Picks one CSV file and uploads it. */
export function ImportForm({ busy, onUpload }: ImportFormProps) {
  const [file, setFile] = useState<File | null>(null);

  function submit(e: SubmitEvent) {
    e.preventDefault();
    if (file) onUpload(file);
  }

  return (
    <form onSubmit={submit} className="form" aria-label="Upload a file">
      <label>
        football-data.co.uk CSV file
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
          }}
        />
      </label>
      <button type="submit" disabled={busy || !file}>
        {busy ? 'Uploading…' : 'Upload'}
      </button>
    </form>
  );
}
