-- SPDX-License-Identifier: GPL-3.0-or-later
-- wrk's summary as one machine-readable line for run.sh (times in microseconds):
-- RESULT requests bytes duration_us mean_us p99_us connect_err read_err write_err status_err timeouts
done = function(summary, latency, requests)
    local e = summary.errors
    io.write(string.format("RESULT %d %d %d %.1f %.1f %d %d %d %d %d\n",
        summary.requests, summary.bytes, summary.duration, latency.mean, latency:percentile(99),
        e.connect, e.read, e.write, e.status, e.timeout))
end
