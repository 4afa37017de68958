import { api, unwrap } from '../../../api/client';

/** Hands `blob` to the browser as a download named `fileName`. */
function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * Downloads a finalized invoice's PDF as `<number>.pdf`. Fetched through the API client (the request needs the
 * session's Authorization header, which a plain link would not send), then saved from a blob.
 */
export async function downloadInvoicePdf(id: string, number: string) {
  const result = await api.GET('/api/v1/billing/invoices/{id}/pdf', {
    params: { path: { id } },
    parseAs: 'blob',
  });
  save(unwrap(result), `${number}.pdf`);
}
