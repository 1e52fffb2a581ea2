// Preloaded (node --import) into every process of a whole-program measurement — the reqlint CLI,
// its worker processes if it forks any, the peers — through NODE_OPTIONS: at exit, each process
// appends `pid maxRSS-KiB cpu-µs` to the file named by REQLINT_BENCH_RSS (CPU = user + system time).
// Worker threads share their process's figures. bench/run.js takes the largest figures of each
// process and sums the processes.
import fs from 'node:fs'

const file = process.env.REQLINT_BENCH_RSS
if (file) {
  process.on('exit', () => {
    try {
      const usage = process.resourceUsage()
      fs.appendFileSync(file, `${process.pid} ${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}\n`)
    } catch {
      // A process that cannot write its figure is reported without one.
    }
  })
}
