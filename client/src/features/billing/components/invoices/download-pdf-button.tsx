import { useMutation } from '@tanstack/react-query';
import { ProblemAlert } from '../../../../shared/ui';
import { downloadInvoicePdf } from '../../api/download-invoice-pdf';

/** "Download PDF" for a finalized invoice (a draft has no PDF yet); a failure shows as a problem under it. */
export function DownloadPdfButton({ id, number }: { id: string; number: string }) {
  const download = useMutation({ mutationFn: () => downloadInvoicePdf(id, number) });
  return (
    <div>
      <button
        type="button"
        disabled={download.isPending}
        onClick={() => {
          download.mutate();
        }}
      >
        Download PDF
      </button>
      {download.isError && <ProblemAlert error={download.error} context="Could not download the PDF." />}
    </div>
  );
}
