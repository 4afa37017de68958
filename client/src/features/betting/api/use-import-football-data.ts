import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ApiResult } from '../../../api/types';
import { uploadWithProgress, type UploadProgress } from '../../../api/upload';
import { bettingKeys } from './betting-keys';

const PATH = '/api/v1/betting/imports/football-data';

export type ImportReport = ApiResult<typeof PATH, 'post'>;

/** Uploads one football-data CSV; `progress` follows the bytes sent, then the server's processing. */
export function useImportFootballData() {
  const qc = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const mutation = useMutation({
    mutationFn: (file: File) => {
      const body = new FormData();
      body.append('file', file);
      setProgress({ loaded: 0, total: file.size });
      return uploadWithProgress<ImportReport>(PATH, body, setProgress);
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: bettingKeys.all }),
  });
  return { ...mutation, progress };
}
