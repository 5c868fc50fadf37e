# Expected values for the Kaplan-Meier, log-rank and Aalen-Johansen tests of Willing.Lifecycle.
#
# Run from the repository root:  Rscript tools/survival-fixtures/km.R
# Needs R (4.2.2 here) with survival (3.5.3 here); nothing else (the JSON is written by hand so that
# every number keeps 17 significant digits). Writes tests/Willing.Lifecycle.Tests/Fixtures/km-*.json:
#   km-kaplan-meier.json         survfit(Surv(...) ~ group): summary(fit, censored = TRUE) and the median table
#   km-logrank.json              survdiff(Surv(time, status) ~ group [+ strata(s)], rho)
#   km-cumulative-incidence.json survfit(Surv(time, factor(status)) ~ group): the Aalen-Johansen estimate
# Every case carries its input rows, so the tests need neither R nor the datasets.
# Missing values (NA) and NaN are written as null.

suppressPackageStartupMessages(library(survival))
out_dir <- file.path("tests", "Willing.Lifecycle.Tests", "Fixtures")
stopifnot(dir.exists(out_dir))

# ---- a small JSON writer: atomic vectors are arrays unless wrapped in sc(); named lists are objects ----
sc <- function(x) structure(x, json_scalar = TRUE)
fmt_num <- function(x) {
  out <- ifelse(is.na(x), "null",
         ifelse(is.infinite(x), ifelse(x > 0, "\"Infinity\"", "\"-Infinity\""),
                sprintf("%.17g", x)))
  out
}
fmt_atom <- function(x) {
  if (is.factor(x)) x <- as.character(x)
  if (is.character(x)) {
    e <- gsub("\\\\", "\\\\\\\\", x)
    e <- gsub("\"", "\\\\\"", e)
    ifelse(is.na(x), "null", paste0("\"", e, "\""))
  } else if (is.logical(x)) {
    ifelse(is.na(x), "null", ifelse(x, "true", "false"))
  } else if (is.integer(x)) {
    ifelse(is.na(x), "null", sprintf("%d", x))
  } else {
    fmt_num(as.double(x))
  }
}
to_json <- function(x) {
  if (is.null(x)) return("null")
  if (is.list(x)) {
    inner <- vapply(x, to_json, "")
    if (!is.null(names(x))) {
      return(paste0("{", paste0("\"", names(x), "\":", inner, collapse = ","), "}"))
    }
    return(paste0("[", paste(inner, collapse = ","), "]"))
  }
  s <- fmt_atom(x)
  if (isTRUE(attr(x, "json_scalar"))) {
    stopifnot(length(x) == 1)
    return(s)
  }
  paste0("[", paste(s, collapse = ","), "]")
}
write_fixture <- function(name, x) {
  path <- file.path(out_dir, paste0(name, ".json"))
  writeLines(to_json(x), path, useBytes = TRUE)
  cat("wrote", path, "\n")
}

# Group labels as the C# code orders them: sorted by code point (ordinal), which radix sort gives.
ordinal_factor <- function(x) {
  x <- as.character(x)
  factor(x, levels = sort(unique(x), method = "radix"))
}

input_rows <- function(stop, status, group = NULL, start = NULL, strata = NULL) {
  d <- list(stop = as.double(stop), status = as.integer(status))
  if (!is.null(start)) d$start <- as.double(start)
  if (!is.null(group)) d$group <- as.character(group)
  if (!is.null(strata)) d$strata <- as.character(strata)
  d
}

# ---- Kaplan-Meier ----
km_case <- function(name, stop, status, group = NULL, start = NULL, conf_type = "log", conf_int = 0.95) {
  g <- if (is.null(group)) NULL else ordinal_factor(group)
  y <- if (is.null(start)) Surv(stop, status) else Surv(start, stop, status)
  fit <- if (is.null(g)) survfit(y ~ 1, conf.type = conf_type, conf.int = conf_int)
         else survfit(y ~ g, conf.type = conf_type, conf.int = conf_int)
  s <- summary(fit, censored = TRUE)
  tab <- summary(fit)$table
  if (is.null(dim(tab))) tab <- matrix(tab, nrow = 1, dimnames = list(NULL, names(tab)))
  labels <- if (is.null(g)) "all" else levels(g)
  row_strata <- if (is.null(g)) rep(1L, length(s$time)) else as.integer(s$strata)
  curves <- lapply(seq_along(labels), function(k) {
    r <- which(row_strata == k)
    list(group = sc(labels[k]),
         records = sc(as.integer(tab[k, "records"])),
         events = sc(as.integer(tab[k, "events"])),
         n_max = sc(as.integer(tab[k, "n.max"])),
         median = sc(tab[k, "median"]),
         lcl = sc(tab[k, grep("LCL$", colnames(tab))]),
         ucl = sc(tab[k, grep("UCL$", colnames(tab))]),
         time = s$time[r], n_risk = as.integer(s$n.risk[r]), n_event = as.integer(s$n.event[r]),
         n_censor = as.integer(s$n.censor[r]), surv = s$surv[r], std_err = s$std.err[r],
         lower = s$lower[r], upper = s$upper[r])
  })
  list(name = sc(name), conf_type = sc(conf_type), conf_int = sc(conf_int),
       data = input_rows(stop, status, group, start), curves = curves)
}

aml1 <- survival::aml
lung1 <- survival::lung
lung1$dead <- lung1$status - 1L
ov <- survival::ovarian
hrt <- survival::heart
vet <- survival::veteran

set.seed(20240901)
ties_n <- 60
ties <- data.frame(time = sample(1:6, ties_n, replace = TRUE), status = rbinom(ties_n, 1, 0.6),
                   group = sample(c("a", "b", "c"), ties_n, replace = TRUE))

km_cases <- list(
  km_case("aml", aml1$time, aml1$status, aml1$x),
  km_case("aml_plain", aml1$time, aml1$status, aml1$x, conf_type = "plain"),
  km_case("aml_loglog", aml1$time, aml1$status, aml1$x, conf_type = "log-log"),
  km_case("ovarian", ov$futime, ov$fustat),
  km_case("ovarian_rx_loglog", ov$futime, ov$fustat, ov$rx, conf_type = "log-log"),
  km_case("lung_sex_log", lung1$time, lung1$dead, lung1$sex),
  km_case("lung_sex_plain", lung1$time, lung1$dead, lung1$sex, conf_type = "plain"),
  km_case("lung_sex_loglog", lung1$time, lung1$dead, lung1$sex, conf_type = "log-log"),
  km_case("lung_sex_log_90", lung1$time, lung1$dead, lung1$sex, conf_int = 0.90),
  km_case("lung_all", lung1$time, lung1$dead),
  km_case("veteran_trt", vet$time, vet$status, vet$trt),
  km_case("heart_counting", hrt$stop, hrt$event, start = hrt$start),
  km_case("heart_counting_transplant_loglog", hrt$stop, hrt$event, hrt$transplant, start = hrt$start,
          conf_type = "log-log"),
  km_case("synthetic_heavy_ties", ties$time, ties$status, ties$group),
  km_case("synthetic_heavy_ties_plain", ties$time, ties$status, ties$group, conf_type = "plain"),
  km_case("synthetic_all_censored_group", c(1, 2, 2, 3, 4, 6, 2, 3, 5), c(1, 1, 0, 1, 0, 1, 0, 0, 0),
          c("a", "a", "a", "a", "a", "a", "b", "b", "b")),
  km_case("synthetic_all_censored_group_loglog", c(1, 2, 2, 3, 4, 6, 2, 3, 5), c(1, 1, 0, 1, 0, 1, 0, 0, 0),
          c("a", "a", "a", "a", "a", "a", "b", "b", "b"), conf_type = "log-log"),
  km_case("synthetic_single_event", 5, 1),
  km_case("synthetic_single_censored", 5, 0),
  km_case("synthetic_zero_events", c(3, 1, 4, 1, 5), c(0, 0, 0, 0, 0)),
  km_case("synthetic_reaches_zero", c(1, 2, 2, 3, 4, 4), c(1, 0, 1, 1, 1, 1)),
  km_case("synthetic_reaches_zero_plain", c(1, 2, 2, 3, 4, 4), c(1, 0, 1, 1, 1, 1), conf_type = "plain"),
  km_case("synthetic_reaches_zero_loglog", c(1, 2, 2, 3, 4, 4), c(1, 0, 1, 1, 1, 1), conf_type = "log-log"),
  km_case("synthetic_median_plateau", c(1, 2, 3, 4), c(1, 1, 0, 0)),
  km_case("synthetic_median_midpoint", c(1, 2, 3, 4), c(1, 1, 1, 1)),
  km_case("synthetic_counting_ties", c(3, 5, 3, 4, 6, 6, 2, 7), c(1, 1, 0, 1, 1, 0, 1, 1),
          start = c(0, 3, 1, 3, 2, 3, 0, 6))
)
write_fixture("km-kaplan-meier", list(generator = sc("tools/survival-fixtures/km.R"),
                                      r = sc(R.version.string),
                                      survival = sc(as.character(packageVersion("survival"))),
                                      cases = km_cases))

# ---- log-rank (G-rho) ----
lr_case <- function(name, stop, status, group, strata = NULL, rho = 0) {
  g <- ordinal_factor(group)
  fit <- if (is.null(strata)) survdiff(Surv(stop, status) ~ g, rho = rho)
         else { s <- as.character(strata); survdiff(Surv(stop, status) ~ g + strata(s), rho = rho) }
  obs <- if (is.matrix(fit$obs)) rowSums(fit$obs) else fit$obs
  ex <- if (is.matrix(fit$exp)) rowSums(fit$exp) else fit$exp
  list(name = sc(name), rho = sc(rho), data = input_rows(stop, status, group, strata = strata),
       groups = levels(g), n = as.integer(fit$n), observed = obs, expected = ex,
       oe2_e = (obs - ex)^2 / ex, oe2_v = (obs - ex)^2 / diag(fit$var),
       variance = as.vector(fit$var), chisq = sc(fit$chisq), df = sc(as.integer(sum(ex > 0) - 1)),
       p = sc(fit$pvalue))
}
lung2 <- lung1[!is.na(lung1$ph.ecog), ]
lr_zero <- data.frame(time = c(2, 3, 3, 5, 6, 8, 1, 4, 4, 7, 9, 0.5, 0.5),
                      status = c(1, 1, 0, 1, 0, 1, 1, 1, 1, 0, 1, 0, 0),
                      group = c(rep("a", 6), rep("b", 5), "c", "c"))
ties$stratum <- ifelse(seq_len(ties_n) %% 2 == 0, "even", "odd")
lr_cases <- list(
  lr_case("aml", aml1$time, aml1$status, aml1$x),
  lr_case("lung_sex", lung1$time, lung1$dead, lung1$sex),
  lr_case("lung_sex_rho1", lung1$time, lung1$dead, lung1$sex, rho = 1),
  lr_case("lung_sex_strata_ecog", lung2$time, lung2$dead, lung2$sex, strata = lung2$ph.ecog),
  lr_case("lung_ecog", lung2$time, lung2$dead, lung2$ph.ecog),
  lr_case("ovarian_rx", ov$futime, ov$fustat, ov$rx),
  lr_case("veteran_celltype", vet$time, vet$status, vet$celltype),
  lr_case("veteran_trt_strata_celltype_rho05", vet$time, vet$status, vet$trt, strata = vet$celltype, rho = 0.5),
  lr_case("synthetic_heavy_ties", ties$time, ties$status, ties$group),
  lr_case("synthetic_heavy_ties_strata", ties$time, ties$status, ties$group, strata = ties$stratum, rho = 1),
  lr_case("synthetic_group_without_expected", lr_zero$time, lr_zero$status, lr_zero$group)
)
write_fixture("km-logrank", list(generator = sc("tools/survival-fixtures/km.R"),
                                 r = sc(R.version.string),
                                 survival = sc(as.character(packageVersion("survival"))),
                                 cases = lr_cases))

# ---- Aalen-Johansen cumulative incidence ----
ci_case <- function(name, stop, status, causes, group = NULL, start = NULL, conf_type = "log", conf_int = 0.95) {
  ev <- factor(status, levels = 0:length(causes), labels = c("censor", causes))
  g <- if (is.null(group)) NULL else ordinal_factor(group)
  id <- seq_along(stop)
  y <- if (is.null(start)) Surv(stop, ev) else Surv(start, stop, ev)
  fit <- if (is.null(g)) survfit(y ~ 1, id = id, conf.type = conf_type, conf.int = conf_int)
         else survfit(y ~ g, id = id, conf.type = conf_type, conf.int = conf_int)
  stopifnot(identical(fit$states, c("(s0)", causes)))
  labels <- if (is.null(g)) "all" else levels(g)
  sizes <- if (is.null(g)) length(fit$time) else as.vector(fit$strata)
  ends <- cumsum(sizes)
  ns <- if (is.null(g)) fit$n else as.vector(fit$n)
  nk <- length(causes) + 1
  curves <- lapply(seq_along(labels), function(k) {
    r <- if (sizes[k] == 0) integer(0) else (ends[k] - sizes[k] + 1):ends[k]
    cols <- function(m) lapply(seq_len(nk), function(j) m[r, j])
    list(group = sc(labels[k]), n = sc(as.integer(ns[k])), time = fit$time[r],
         n_risk = as.integer(fit$n.risk[r, 1]),
         n_event = lapply(2:nk, function(j) as.integer(fit$n.event[r, j])),
         n_censor = as.integer(fit$n.censor[r]),
         pstate = cols(fit$pstate), std_err = cols(fit$std.err),
         lower = cols(fit$lower), upper = cols(fit$upper))
  })
  list(name = sc(name), conf_type = sc(conf_type), conf_int = sc(conf_int), causes = causes,
       states = fit$states, data = input_rows(stop, status, group, start), curves = curves)
}
mg <- survival::mgus2
mg$etime <- with(mg, ifelse(pstat == 1, ptime, futime))
mg$event <- with(mg, ifelse(pstat == 1, 1L, 2L * death))
set.seed(9)
mg$entry <- pmin(round(runif(nrow(mg)) * 24, 1), mg$etime - 0.5)
mgt <- mg[mg$entry >= 0, ]
set.seed(77)
cr_n <- 80
cr <- data.frame(time = sample(1:8, cr_n, replace = TRUE), status = sample(0:3, cr_n, replace = TRUE),
                 group = sample(c("x", "y"), cr_n, replace = TRUE))
cr$entry <- pmax(0, cr$time - sample(1:9, cr_n, replace = TRUE))
causes2 <- c("pcm", "death")
ci_cases <- list(
  ci_case("mgus2_sex", mg$etime, mg$event, causes2, mg$sex),
  ci_case("mgus2_all_plain", mg$etime, mg$event, causes2, conf_type = "plain"),
  ci_case("mgus2_sex_loglog_90", mg$etime, mg$event, causes2, mg$sex, conf_type = "log-log", conf_int = 0.9),
  ci_case("mgus2_left_truncated", mgt$etime, mgt$event, causes2, mgt$sex, start = mgt$entry),
  ci_case("synthetic_ties_three_causes", cr$time, cr$status, c("c1", "c2", "c3"), cr$group),
  ci_case("synthetic_ties_left_truncated", cr$time, cr$status, c("c1", "c2", "c3"), cr$group, start = cr$entry),
  ci_case("synthetic_one_cause", c(1, 2, 2, 3, 4, 5, 5), c(1, 1, 0, 1, 0, 1, 0), "event"),
  ci_case("synthetic_all_events_by_end", c(1, 2, 2, 3), c(1, 2, 1, 2), causes2)
)
write_fixture("km-cumulative-incidence", list(generator = sc("tools/survival-fixtures/km.R"),
                                              r = sc(R.version.string),
                                              survival = sc(as.character(packageVersion("survival"))),
                                              cases = ci_cases))
