# Benchmark data for the Cox model: 100,000 subjects, 5 covariates, right-censored, with ties (times rounded to
# two decimals, about a thousand distinct times). A fixed seed makes the file the same on every machine.
#
# Run from the repository root:
#   Rscript bench/cox-data.R            # writes bench/cox-data.csv (about 5 MB; not committed)
#   Rscript bench/cox-data.R --time     # and times R's coxph on it, Efron ties, as CoxBenchmarks fits it
#
# The CSV has a header time,status,x1,x2,x3,x4,x5 and one row per subject.
library(survival)
set.seed(20250101)
n <- 100000
x1 <- rnorm(n)
x2 <- rbinom(n, 1, 0.5)
x3 <- round(runif(n, 20, 80))
x4 <- 0.5 * x1 + rnorm(n, sd = sqrt(0.75))
x5 <- rpois(n, 2)
lp <- 0.5 * x1 - 0.3 * x2 + 0.02 * (x3 - 50) + 0.2 * x4 - 0.1 * (x5 - 2)
event_time <- rexp(n, exp(lp))
censor_time <- rexp(n, 0.5)
time <- pmax(round(pmin(event_time, censor_time), 2), 0.01)
status <- as.integer(event_time <= censor_time)
d <- data.frame(time, status, x1 = round(x1, 6), x2, x3, x4 = round(x4, 6), x5)
write.csv(d, file.path("bench", "cox-data.csv"), row.names = FALSE, quote = FALSE)
cat("wrote bench/cox-data.csv:", n, "rows,", sum(status), "events,", length(unique(time)), "distinct times\n")

if ("--time" %in% commandArgs(trailingOnly = TRUE)) {
  d <- read.csv(file.path("bench", "cox-data.csv"))
  f <- coxph(Surv(time, status) ~ x1 + x2 + x3 + x4 + x5, d)   # warm-up
  whole <- replicate(5, system.time(coxph(Surv(time, status) ~ x1 + x2 + x3 + x4 + x5, d))[["elapsed"]])
  # The fit alone, as coxph calls it: survival's C code (coxfit6) plus the martingale residuals.
  X <- as.matrix(d[, c("x1", "x2", "x3", "x4", "x5")])
  Y <- Surv(d$time, d$status)
  ctl <- coxph.control()
  core <- replicate(5, system.time(survival:::coxph.fit(X, Y, NULL, NULL, NULL, ctl, NULL, "efron",
                                                        NULL, nocenter = c(-1, 0, 1)))[["elapsed"]])
  cat(sprintf("coxph (whole call): median %.3f s of 5 (min %.3f)\n", median(whole), min(whole)))
  cat(sprintf("coxph.fit (the fit): median %.3f s of 5 (min %.3f)\n", median(core), min(core)))
  print(f$iter)
  print(coef(f))
}
