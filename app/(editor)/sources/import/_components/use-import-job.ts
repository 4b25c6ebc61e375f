"use client";
// An import's progress, polled every second while it runs (GET /api/v1/import-jobs/{id}); polling stops when the
// job has finished, failed or been interrupted.
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { ImportJobView } from "@/lib/ingest/queries";

export class ImportRequestError extends Error {}

export async function readError(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? `The server answered ${response.status}.`;
}

export const importJobQuery = (id: number) =>
  queryOptions({
    queryKey: ["import-job", id],
    queryFn: async ({ signal }): Promise<ImportJobView> => {
      const response = await fetch(`/api/v1/import-jobs/${id}`, { signal, headers: { accept: "application/json" } });
      if (!response.ok) throw new ImportRequestError(await readError(response));
      return ((await response.json()) as { data: ImportJobView }).data;
    },
    refetchInterval: (query) => (query.state.data && query.state.data.status !== "running" ? false : 1000),
    staleTime: 0,
    retry: 2,
  });

export function useImportJob(id: number | null) {
  return useQuery({ ...importJobQuery(id ?? 0), enabled: id !== null });
}
