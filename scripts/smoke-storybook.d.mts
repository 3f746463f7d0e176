// Types of scripts/smoke-storybook.mjs, for its tests (test/storybook).
export interface SmokeOptions {
  dir: string;
  filter: string;
  themes: string[];
  docs: boolean;
  concurrency: number;
  timeout: number;
}
export interface PlannedPage {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  theme: string;
  url: string;
}
export const PAGE_LEVEL_RULES: string[];
export function isPageLevelRule(id: string): boolean;
export function axeOptions(ruleIds: string[]): {
  rules: Record<string, { enabled: boolean }>;
  resultTypes: string[];
};
export function parseArgs(argv: string[]): SmokeOptions;
export function plan(
  index: { entries?: Record<string, unknown> },
  options?: Partial<SmokeOptions>,
): PlannedPage[];
export function serveStatic(
  dir: string,
  options?: {
    handle?: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean;
  },
): Promise<{ url: string; close: () => Promise<void> }>;
export function describeViolation(v: {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: string[] }[];
}): string;
export function summary(results: { problems: string[] }[]): string;
export function undocumentedParts(
  rendered: Record<string, string[]>,
  manifest: {
    modules?: {
      declarations?: { tagName?: string; cssParts?: { name: string; description?: string }[] }[];
    }[];
  },
): string[];
