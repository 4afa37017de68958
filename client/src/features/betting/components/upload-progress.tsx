import type { UploadProgress as Progress } from '../../../api/upload';

/** The upload's bytes as a labelled progress bar; once all are sent, the server is importing. */
export function UploadProgress({ progress }: { progress: Progress }) {
  const sent = progress.total > 0 && progress.loaded >= progress.total;
  const percent = progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : 0;
  return (
    <div className="upload-progress">
      <label htmlFor="upload-progress">Upload progress</label>
      <progress id="upload-progress" className="usage-bar" max={100} value={percent}>
        {percent}%
      </progress>
      <p role="status">{sent ? 'Importing…' : `Uploading… ${String(percent)}%`}</p>
    </div>
  );
}
