/**
 * Preloaded (`node --require`) into a process the bench runs (and, as Node passes the preload
 * on, into each of its worker threads): at exit it writes the process's peak resident memory in
 * kilobytes and its CPU time in microseconds, worker threads included, as JSON to the file named
 * by NEWS_ANNOTATOR_RSS_FILE. On Linux it also splits the CPU time by thread: the main thread,
 * the worker threads, and the rest (V8's compiler and garbage-collector helpers, libuv).
 */
import * as fs from 'fs';
import { isMainThread } from 'worker_threads';

const CHANNEL = 'news-annotator-bench-threads';

/** CPU milliseconds of one thread from /proc (user and system time, in ticks of 1/100 s); undefined when it is gone or there is no /proc. */
function threadCpuMs(tid: string): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

if (!isMainThread) {
  // A worker tells the main thread which thread it is, so that its time can be read while it runs.
  try {
    const channel = new BroadcastChannel(CHANNEL);
    channel.postMessage(fs.readlinkSync('/proc/thread-self').split('/').pop());
    channel.close();
  } catch {
    // No /proc: only the totals are written.
  }
} else {
  // A worker's time is read every 50 ms while it lives (a terminated thread leaves /proc), so up to 50 ms of each is missed.
  const last = new Map<string, number>();
  const sample = () => {
    for (const tid of last.keys()) {
      const ms = threadCpuMs(tid);
      if (ms !== undefined) last.set(tid, ms);
    }
  };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e) => last.set(String((e as MessageEvent).data), 0);
  channel.unref();
  setInterval(sample, 50).unref();
  process.on('exit', () => {
    const file = process.env.NEWS_ANNOTATOR_RSS_FILE;
    const usage = process.resourceUsage();
    sample();
    const workers = [...last.values()];
    const mainCpuMs = threadCpuMs(String(process.pid));
    const split = mainCpuMs === undefined ? {} : { mainCpuMs, workerCpuMs: workers.reduce((a, b) => a + b, 0), workers: workers.length };
    if (file) fs.writeFileSync(file, JSON.stringify({ maxRssKb: usage.maxRSS, cpuUs: usage.userCPUTime + usage.systemCPUTime, ...split }));
  });
}
