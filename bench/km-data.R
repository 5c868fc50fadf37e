# Benchmark data for Kaplan–Meier: 1,000,000 rows in two groups, exponential times with about 30% censoring,
# times rounded to three decimals (ties present). A fixed seed makes the file the same on every machine.
#   Rscript bench/km-data.R        # writes bench/km-data.csv (about 14 MB; not committed)
set.seed(20250102)
n <- 1000000
group <- sample(c("a", "b"), n, replace = TRUE)
event_time <- rexp(n, ifelse(group == "a", 1, 1.3))
censor_time <- rexp(n, 0.43)
time <- pmax(round(pmin(event_time, censor_time), 3), 0.001)
status <- as.integer(event_time <= censor_time)
write.csv(data.frame(time, status, group), file.path("bench", "km-data.csv"), row.names = FALSE, quote = FALSE)
cat("wrote bench/km-data.csv:", n, "rows,", sum(status), "events,", length(unique(time)), "distinct times\n")
