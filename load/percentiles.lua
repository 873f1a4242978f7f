-- wrk reporter: prints the latency percentiles the benchmark document records.
done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d (status %d, timeout %d), duration %.1f s, %.0f req/s\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
    + summary.errors.timeout, summary.errors.status, summary.errors.timeout, summary.duration / 1e6,
    summary.requests / (summary.duration / 1e6)))
  for _, p in ipairs({50, 90, 95, 99}) do
    io.write(string.format("p%d %.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max %.2f ms\n", latency.max / 1000))
end
