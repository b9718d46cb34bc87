import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { summarize } from './stats';

export interface Scores {
  performance: number;
  accessibility: number;
}

/**
 * Lighthouse `runs` times on each page, in turns: one run's performance score moves by several
 * points from run to run of the same build on this machine, so the goal is judged on the median.
 */
export async function lighthouseRuns(
  urls: string[],
  runs: number,
  chromePath: string | undefined,
): Promise<{ runs: Scores[]; performance: number; accessibility: number }[]> {
  const scores: Scores[][] = urls.map(() => []);
  for (let i = 0; i < runs; i++)
    for (const [k, url] of urls.entries()) scores[k].push(await lighthouseScores(url, chromePath));
  const median = (xs: number[]) => summarize(xs).p50;
  return scores.map((each) => ({
    runs: each,
    performance: median(each.map((s) => s.performance)),
    accessibility: median(each.map((s) => s.accessibility)),
  }));
}

/** Lighthouse 12 (mobile preset, simulated throttling): performance and accessibility, 0–100. */
async function lighthouseScores(url: string, chromePath: string | undefined): Promise<Scores> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    const categories = result!.lhr.categories;
    return {
      performance: Math.round((categories.performance.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility.score ?? 0) * 100),
    };
  } finally {
    chrome.kill();
  }
}
