import { chan, fmt, go, sleep, time, type Chan } from './go';

// Go by Example「Worker Pools」，时长按比例缩短；GOMAXPROCS=1 时顺序是确定的。
async function worker(id: number, jobs: Chan<number>, results: Chan<number>): Promise<void> {
  for await (const j of jobs) {
    fmt.Println('worker', id, 'started  job', j);
    await sleep(50 * time.Millisecond);
    fmt.Println('worker', id, 'finished job', j);
    await results.send(j * 2);
  }
}

const numJobs = 5;
const jobs = chan<number>(numJobs);
const results = chan<number>(numJobs);
for (let w = 1; w <= 3; w++) go(worker, w, jobs, results);
for (let j = 1; j <= numJobs; j++) await jobs.send(j);
jobs.close();
let sum = 0;
for (let a = 1; a <= numJobs; a++) sum += await results.recv();
fmt.Println('sum', sum);
