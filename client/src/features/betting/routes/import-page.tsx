import { ProblemAlert } from '../../../shared/ui';
import { useImportFootballData } from '../api/use-import-football-data';
import { ImportForm } from '../components/import-form';
import { ImportReport } from '../components/import-report';
import { UploadProgress } from '../components/upload-progress';

export function ImportPage() {
  const upload = useImportFootballData();

  return (
    <>
      <h1>Import data</h1>
      <p>
        Upload a season file from <a href="https://www.football-data.co.uk/data.php">football-data.co.uk</a>:
        one CSV per league and season, with each match&apos;s result and the bookmakers&apos; closing prices.
        The matches and prices go into your organization for backtesting.
      </p>
      <p>
        Importing the same file again is safe: matches already known are updated, prices already stored are
        kept once. Files up to 20 MB.
      </p>

      <ImportForm busy={upload.isPending} onUpload={upload.mutate} />

      {upload.isPending && upload.progress && <UploadProgress progress={upload.progress} />}
      {upload.isError && <ProblemAlert error={upload.error} context="Could not import the file." />}
      {upload.isSuccess && <ImportReport report={upload.data} />}
    </>
  );
}
