/**
 * Preloaded (`node --require`) into a process the bench runs: at exit it writes the process's
 * peak resident memory in kilobytes and its CPU time in microseconds, worker threads included,
 * as JSON to the file named by NEWS_ANNOTATOR_RSS_FILE.
 */
import * as fs from 'fs';

process.on('exit', () => {
  const file = process.env.NEWS_ANNOTATOR_RSS_FILE;
  const usage = process.resourceUsage();
  if (file) fs.writeFileSync(file, JSON.stringify({ maxRssKb: usage.maxRSS, cpuUs: usage.userCPUTime + usage.systemCPUTime }));
});
