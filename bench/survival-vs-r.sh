#!/usr/bin/env bash
# Whole processes, CSV in and numbers out, against R's survival on the same data on this machine (issue 9):
#   a Cox model (Efron) on 100,000 subjects with 5 covariates, printing the coefficients;
#   Kaplan–Meier on 1,000,000 rows in two groups, printing every row of the curves as CSV.
# Needs Rscript with the survival package (Debian r-base-core, r-cran-survival). Builds Release first.
# Each command: one warm-up run, then five timed ones; prints the median and the runs (seconds, wall clock).
#   bash bench/survival-vs-r.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v Rscript > /dev/null || { echo "Rscript not found: apt-get install -y r-base-core r-cran-survival" >&2; exit 1; }
dotnet build src/Willing.Cli -c Release --nologo -v quiet -clp:ErrorsOnly
[ -f bench/cox-data.csv ] || Rscript bench/cox-data.R
[ -f bench/km-data.csv ] || Rscript bench/km-data.R
willing=(dotnet src/Willing.Cli/bin/Release/net10.0/willing.dll)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
time_of() {
  local label=$1
  shift
  "$@" > /dev/null 2>&1
  local runs=()
  for _ in 1 2 3 4 5; do
    /usr/bin/time -o "$out/t" -f %e "$@" > /dev/null 2>&1
    runs+=("$(tail -n 1 "$out/t")")
  done
  local sorted
  sorted=$(printf '%s\n' "${runs[@]}" | sort -n | tr '\n' ' ')
  printf '%-34s median %s s   runs %s  load %s\n' "$label" "$(echo "$sorted" | cut -d' ' -f3)" "$sorted" "$(cut -d' ' -f1 /proc/loadavg)"
}
time_of "R coxph (Rscript)" Rscript -e 'suppressMessages(library(survival)); d <- read.csv("bench/cox-data.csv"); f <- coxph(Surv(time, status) ~ x1 + x2 + x3 + x4 + x5, d); print(summary(f)$coefficients)'
time_of "willing survival cox --csv" "${willing[@]}" survival cox --csv bench/cox-data.csv --time time --event status --covariates x1,x2,x3,x4,x5
time_of "R survfit (Rscript)" Rscript -e 'suppressMessages(library(survival)); d <- read.csv("bench/km-data.csv"); s <- summary(survfit(Surv(time, status) ~ group, d), censored = TRUE); write.csv(data.frame(group = s$strata, time = s$time, at_risk = s$n.risk, events = s$n.event, censored = s$n.censor, survival = s$surv, std_err = s$std.err, ci_low = s$lower, ci_high = s$upper), stdout(), row.names = FALSE)'
time_of "willing survival km --csv" "${willing[@]}" survival km --csv bench/km-data.csv --time time --event status --group group --format csv
