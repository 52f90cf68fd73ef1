export type VitestReport = {
  numTotalTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: { status: string; fullName: string; ancestorTitles: string[]; failureMessages?: string[] }[] }[];
};
export type PackageRun = { label: string; code: number; seconds: number; report: VitestReport | null };
export type RecordedSkip = { suite: string; missing: string; install: string };
export function summarise(runs: PackageRun[], skips: RecordedSkip[], options: { ci: boolean; root: string }): { text: string; ok: boolean; failures: string[]; skipped: { where: string; why: string }[] };
