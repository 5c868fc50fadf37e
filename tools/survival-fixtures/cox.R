# Expected values for the Cox model (CoxModel.Fit) and its proportional-hazards test (CoxZph.Test),
# computed by R's survival package from data sets that ship with it, plus three small synthetic ones.
#
# Run from the repository root:
#   Rscript tools/survival-fixtures/cox.R
# It writes tests/Willing.Lifecycle.Tests/Fixtures/cox-*.json. Each file holds the data (the design
# columns exactly as the model saw them, after na.omit, with factors turned into 0/1 columns) and one
# entry per model: what coxph and summary.coxph report, the concordance as fit$concordance, and, where
# asked, cox.zph for each transform. Numbers are written with 17 significant digits. No packages beyond
# survival are needed (the JSON is written by hand below).

library(survival)
if (packageVersion("survival") != "3.5.3")
  warning("fixtures were generated with survival 3.5.3; this is ", packageVersion("survival"))

out_dir <- file.path("tests", "Willing.Lifecycle.Tests", "Fixtures")
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)

# ---- a minimal JSON writer -------------------------------------------------------------------------
# Vectors of length one are written as scalars unless wrapped in arr(); NA and NaN become null.
arr <- function(x) structure(list(x), class = "json_array")
num <- function(x) ifelse(is.na(x), "null", sprintf("%.17g", as.double(x)))
str_ <- function(x) ifelse(is.na(x), "null", paste0('"', gsub('(["\\\\])', "\\\\\\1", x), '"'))
js <- function(x) {
  if (inherits(x, "json_array")) {
    v <- x[[1]]
    if (is.list(v)) return(paste0("[", paste(vapply(v, js, ""), collapse = ","), "]"))
    return(paste0("[", paste(atom(v), collapse = ","), "]"))
  }
  if (is.null(x)) return("null")
  if (is.matrix(x)) return(js(arr(lapply(seq_len(nrow(x)), function(i) arr(unname(x[i, ]))))))
  if (is.list(x)) {
    if (is.null(names(x))) return(paste0("[", paste(vapply(x, js, ""), collapse = ","), "]"))
    return(paste0("{", paste0(str_(names(x)), ":", vapply(x, js, ""), collapse = ","), "}"))
  }
  v <- atom(x)
  if (length(v) == 1) v else paste0("[", paste(v, collapse = ","), "]")
}
atom <- function(v) {
  if (is.factor(v)) v <- as.character(v)
  if (is.character(v)) return(str_(v))
  if (is.logical(v)) return(ifelse(is.na(v), "null", ifelse(v, "true", "false")))
  num(v)
}
write_fixture <- function(name, value) {
  path <- file.path(out_dir, paste0("cox-", name, ".json"))
  writeLines(js(value), path, useBytes = TRUE)
  cat("wrote", path, "\n")
}

# ---- what a fit reports ----------------------------------------------------------------------------
test3 <- function(stat, df) list(statistic = stat, df = df, p = pchisq(stat, df, lower.tail = FALSE))

describe_fit <- function(fit, conf = 0.95) {
  s <- summary(fit, conf.int = conf)
  cf <- s$coefficients
  ci <- s$conf.int
  robust <- !is.null(fit$naive.var)
  df <- sum(!is.na(coef(fit)))
  cc <- fit$concordance
  list(
    n = fit$n, nevent = fit$nevent, iter = fit$iter,
    loglik = arr(fit$loglik),
    names = arr(names(coef(fit))),
    coef = arr(unname(coef(fit))),
    se = arr(unname(cf[, "se(coef)"])),
    robust_se = if (robust) arr(unname(cf[, "robust se"])) else NULL,
    hazard_ratio = arr(unname(cf[, "exp(coef)"])),
    z = arr(unname(cf[, "z"])),
    p = arr(unname(cf[, "Pr(>|z|)"])),
    conf_level = conf,
    ci_low = arr(unname(ci[, 3])),
    ci_high = arr(unname(ci[, 4])),
    var = unname(fit$var),
    naive_var = if (robust) unname(fit$naive.var) else NULL,
    wald = test3(as.vector(fit$wald.test), df),
    score = test3(fit$score, df),
    lr = test3(2 * (fit$loglik[2] - fit$loglik[1]), df),
    robust_score = if (robust) test3(fit$rscore, df) else NULL,
    concordance = list(concordant = cc[["concordant"]], discordant = cc[["discordant"]],
                       tied_x = cc[["tied.x"]], tied_y = cc[["tied.y"]], tied_xy = cc[["tied.xy"]],
                       value = cc[["concordance"]], std = cc[["std"]]))
}

describe_zph <- function(fit, transform) {
  z <- cox.zph(fit, transform = transform, terms = FALSE)
  tb <- z$table
  k <- nrow(tb)
  list(
    transform = transform,
    names = arr(rownames(tb)[-k]),
    chisq = arr(unname(tb[-k, "chisq"])), df = arr(unname(tb[-k, "df"])), p = arr(unname(tb[-k, "p"])),
    global = list(chisq = tb[k, "chisq"], df = tb[k, "df"], p = tb[k, "p"]),
    time = arr(unname(z$time)),
    x = arr(unname(z$x)),
    # strata labels without the "var=" prefix R gives them, to match the data's labels
    strata = if (is.null(z$strata)) NULL else arr(sub("^[^=]*=", "", as.character(z$strata))),
    # one array per covariate (columns of z$y)
    y = arr(lapply(seq_len(ncol(z$y)), function(j) arr(unname(z$y[, j])))),
    var = unname(z$var))
}

# A model entry: the options the C# side needs to make the same fit, and what R reported.
model <- function(name, fit, covariates, ties, strata = FALSE, cause = NULL, robust = NULL,
                  conf = 0.95, zph = character(0)) {
  m <- list(name = name, ties = ties, covariates = arr(covariates), strata = strata,
            cause = cause, robust = robust)
  m$expected <- describe_fit(fit, conf)
  if (length(zph)) m$zph <- lapply(zph, function(tr) describe_zph(fit, tr))
  m
}

# The data as the C# SurvivalData will hold it.
data_block <- function(stop, status, covs, start = NULL, strata = NULL, cluster = NULL,
                       causes = "event") {
  list(start = if (is.null(start)) NULL else arr(start), stop = arr(stop), status = arr(status),
       causes = arr(causes),
       strata = if (is.null(strata)) NULL else arr(as.character(strata)),
       cluster = if (is.null(cluster)) NULL else arr(as.character(cluster)),
       covariates = lapply(covs, arr))
}

# ---- ovarian: small, no ties to speak of; Efron, Breslow, and robust without clusters ----------------
ov <- ovarian
f1 <- coxph(Surv(futime, fustat) ~ age + ecog.ps, ov)
f2 <- coxph(Surv(futime, fustat) ~ age + ecog.ps, ov, ties = "breslow")
f3 <- coxph(Surv(futime, fustat) ~ age + ecog.ps, ov, robust = TRUE)
f4 <- coxph(Surv(futime, fustat) ~ age + ecog.ps + rx + resid.ds, ov)
write_fixture("ovarian", list(
  data = data_block(ov$futime, ov$fustat, list(age = ov$age, ecog.ps = ov$ecog.ps, rx = ov$rx,
                                               resid.ds = ov$resid.ds)),
  models = list(
    model("efron", f1, c("age", "ecog.ps"), "efron", zph = c("km", "rank", "identity", "log")),
    model("breslow", f2, c("age", "ecog.ps"), "breslow", conf = 0.9, zph = "km"),
    model("robust", f3, c("age", "ecog.ps"), "efron", robust = TRUE),
    model("four", f4, c("age", "ecog.ps", "rx", "resid.ds"), "efron", zph = "km"))))

# ---- lung: ties; strata(sex) -----------------------------------------------------------------------
lu <- na.omit(lung[, c("time", "status", "age", "sex", "ph.ecog")])
lu$status <- lu$status - 1
g1 <- coxph(Surv(time, status) ~ age + sex + ph.ecog, lu)
g2 <- coxph(Surv(time, status) ~ age + sex + ph.ecog, lu, ties = "breslow")
g3 <- coxph(Surv(time, status) ~ age + ph.ecog + strata(sex), lu)
g4 <- coxph(Surv(time, status) ~ age + ph.ecog + strata(sex), lu, ties = "breslow")
write_fixture("lung", list(
  data = data_block(lu$time, lu$status, list(age = lu$age, sex = lu$sex, ph.ecog = lu$ph.ecog),
                    strata = lu$sex),
  models = list(
    model("efron", g1, c("age", "sex", "ph.ecog"), "efron", zph = c("km", "rank")),
    model("breslow", g2, c("age", "sex", "ph.ecog"), "breslow"),
    model("strata-efron", g3, c("age", "ph.ecog"), "efron", strata = TRUE, zph = c("km", "identity")),
    model("strata-breslow", g4, c("age", "ph.ecog"), "breslow", strata = TRUE, zph = "km"))))

# ---- heart: counting process (start, stop], cluster(id) robust SEs; a stratified variant ------------
he <- heart
he$transplant <- as.numeric(he$transplant == "1")
h1 <- coxph(Surv(start, stop, event) ~ age + year + surgery + transplant + cluster(id), he)
h2 <- coxph(Surv(start, stop, event) ~ age + year + surgery + transplant + cluster(id), he,
            ties = "breslow")
h3 <- coxph(Surv(start, stop, event) ~ age + year + transplant + strata(surgery) + cluster(id), he)
h4 <- coxph(Surv(start, stop, event) ~ age + year + surgery + transplant, he, robust = FALSE)
write_fixture("heart", list(
  data = data_block(he$stop, he$event, list(age = he$age, year = he$year, surgery = he$surgery,
                                            transplant = he$transplant),
                    start = he$start, strata = he$surgery, cluster = he$id),
  models = list(
    model("efron", h1, c("age", "year", "surgery", "transplant"), "efron",
          zph = c("km", "rank", "identity", "log")),
    model("breslow", h2, c("age", "year", "surgery", "transplant"), "breslow", zph = "km"),
    model("strata-efron", h3, c("age", "year", "transplant"), "efron", strata = TRUE,
          zph = c("km", "rank")),
    model("naive", h4, c("age", "year", "surgery", "transplant"), "efron", robust = FALSE))))

# ---- colon: large-ish, ties, strata(etype), two rows per patient clustered by id --------------------
co <- na.omit(colon[, c("id", "time", "status", "etype", "rx", "sex", "age", "obstruct", "nodes",
                        "extent")])
co$rx_lev <- as.numeric(co$rx == "Lev")
co$rx_lev5fu <- as.numeric(co$rx == "Lev+5FU")
c1 <- coxph(Surv(time, status) ~ rx_lev + rx_lev5fu + sex + age + obstruct + nodes + extent +
              strata(etype) + cluster(id), co)
c2 <- coxph(Surv(time, status) ~ rx_lev + rx_lev5fu + sex + age + obstruct + nodes + extent +
              strata(etype), co, ties = "breslow")
write_fixture("colon", list(
  data = data_block(co$time, co$status,
                    list(rx_lev = co$rx_lev, rx_lev5fu = co$rx_lev5fu, sex = co$sex, age = co$age,
                         obstruct = co$obstruct, nodes = co$nodes, extent = co$extent),
                    strata = co$etype, cluster = co$id),
  models = list(
    model("strata-cluster-efron", c1,
          c("rx_lev", "rx_lev5fu", "sex", "age", "obstruct", "nodes", "extent"), "efron",
          strata = TRUE, zph = "km"),
    model("strata-breslow", c2,
          c("rx_lev", "rx_lev5fu", "sex", "age", "obstruct", "nodes", "extent"), "breslow",
          strata = TRUE, robust = FALSE))))

# ---- veteran: the proportional-hazards test (karno and celltype violate it) ------------------------
ve <- veteran
ve$smallcell <- as.numeric(ve$celltype == "smallcell")
ve$adeno <- as.numeric(ve$celltype == "adeno")
ve$large <- as.numeric(ve$celltype == "large")
v1 <- coxph(Surv(time, status) ~ trt + karno + diagtime + age + prior + smallcell + adeno + large, ve)
v2 <- coxph(Surv(time, status) ~ trt + karno + age, ve, ties = "breslow")
write_fixture("veteran", list(
  data = data_block(ve$time, ve$status,
                    list(trt = ve$trt, karno = ve$karno, diagtime = ve$diagtime, age = ve$age,
                         prior = ve$prior, smallcell = ve$smallcell, adeno = ve$adeno,
                         large = ve$large)),
  models = list(
    model("efron", v1, c("trt", "karno", "diagtime", "age", "prior", "smallcell", "adeno", "large"),
          "efron", zph = c("km", "rank", "identity", "log")),
    model("breslow", v2, c("trt", "karno", "age"), "breslow", zph = c("km", "log")))))

# ---- mgus2: cause-specific hazards for progression (cause 1) and death (cause 2) --------------------
mg <- na.omit(mgus2[, c("id", "age", "sex", "mspike", "ptime", "pstat", "futime", "death")])
mg$etime <- ifelse(mg$pstat == 0, mg$futime, mg$ptime)
mg$event <- ifelse(mg$pstat == 0, 2 * mg$death, 1)   # 0 censored, 1 progression, 2 death
mg$male <- as.numeric(mg$sex == "M")
m1 <- coxph(Surv(etime, event == 1) ~ age + male + mspike, mg)
m2 <- coxph(Surv(etime, event == 2) ~ age + male + mspike, mg)
m3 <- coxph(Surv(etime, event > 0) ~ age + male + mspike, mg)
write_fixture("mgus2", list(
  data = data_block(mg$etime, mg$event, list(age = mg$age, male = mg$male, mspike = mg$mspike),
                    causes = c("pcm", "death")),
  models = list(
    model("pcm", m1, c("age", "male", "mspike"), "efron", cause = 1, zph = "km"),
    model("death", m2, c("age", "male", "mspike"), "efron", cause = 2, zph = "km"),
    model("any", m3, c("age", "male", "mspike"), "efron"))))

# ---- synthetic: one covariate, heavy ties (six distinct times for 300 subjects) ---------------------
set.seed(20240901)
n <- 300
x <- rbinom(n, 1, 0.4)
z <- round(rnorm(n), 2)
t0 <- rexp(n, exp(0.8 * x + 0.3 * z))
ti <- pmin(ceiling(t0 * 3), 6)
st <- as.numeric(t0 * 3 < 6 & runif(n) < 0.85)
td <- data.frame(time = ti, status = st, x = x, z = z)
t1 <- coxph(Surv(time, status) ~ x, td)
t2 <- coxph(Surv(time, status) ~ x, td, ties = "breslow")
t3 <- coxph(Surv(time, status) ~ x + z, td)
write_fixture("ties", list(
  data = data_block(td$time, td$status, list(x = td$x, z = td$z)),
  models = list(
    model("efron", t1, "x", "efron", zph = c("km", "rank", "identity", "log")),
    model("breslow", t2, "x", "breslow", zph = "km"),
    model("two", t3, c("x", "z"), "efron", zph = "km"))))

# ---- synthetic: a collinear covariate and a constant one (R drops them as NA; we refuse) ------------
cl <- lu
cl$combo <- cl$age - 2 * cl$ph.ecog
cl$one <- 1
k1 <- coxph(Surv(time, status) ~ age + ph.ecog + combo, cl)
k2 <- coxph(Surv(time, status) ~ one + age, cl)
write_fixture("collinear", list(
  data = data_block(cl$time, cl$status, list(age = cl$age, ph.ecog = cl$ph.ecog, combo = cl$combo,
                                             one = cl$one)),
  models = list(
    list(name = "combo", covariates = arr(c("age", "ph.ecog", "combo")),
         dropped = arr(names(coef(k1))[is.na(coef(k1))])),
    list(name = "constant", covariates = arr(c("one", "age")),
         dropped = arr(names(coef(k2))[is.na(coef(k2))])))))

# ---- synthetic: monotone likelihood (every x = 1 subject fails before any x = 0 one) ----------------
set.seed(7)
n <- 40
mx <- rep(0:1, each = 20)
mz <- round(rnorm(n), 3)
mt <- ifelse(mx == 1, 1:20, 21:40) + 0
ms <- rep(c(1, 1, 0, 1), 10)
md <- data.frame(time = mt, status = ms, x = mx, z = mz)
warned <- character(0)
mf <- withCallingHandlers(coxph(Surv(time, status) ~ z + x, md),
                          warning = function(w) { warned <<- conditionMessage(w); invokeRestart("muffleWarning") })
# R's message names the variables by position: "Loglik converged before variable  2 ; ..."
pos <- as.integer(strsplit(trimws(sub(";.*", "", sub(".*variable", "", warned))), ",")[[1]])
write_fixture("monotone", list(
  data = data_block(md$time, md$status, list(z = md$z, x = md$x)),
  models = list(list(name = "monotone", covariates = arr(c("z", "x")), warning = warned,
                     infinite = arr(c("z", "x")[pos]), coef = arr(unname(coef(mf)))))))
