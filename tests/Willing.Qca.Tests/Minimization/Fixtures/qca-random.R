# Reference minimisations of random truth tables by the R package QCA (Dusa), for MinimizationAgainstQcaTests.
# Run with the QCA package installed (3.25.1 was used):
#   Rscript qca-random.R > qca-random.txt
# Each problem has k conditions named A, B, ...; a row code has bit i = value of condition i (A is bit 0).
# Every row is positive, negative or a remainder (drawn with probabilities 0.35, 0.35, 0.30), with at least one of
# each (QCA 3.25.1 does not return from an intermediate minimisation without remainders); directional expectations are drawn per condition (present, absent, none).
suppressMessages(library(QCA))
set.seed(20250)
solstr <- function(sols) paste(vapply(sols, function(s) paste(s, collapse = " + "), ""), collapse = " | ")
problems <- lapply(1:100, function(id) {
    k <- sample(3:6, 1)
    n <- 2^k
    repeat {
        state <- sample(c("1", "0", "?"), n, replace = TRUE, prob = c(0.35, 0.35, 0.30))
        if (sum(state == "1") > 0 && sum(state == "0") > 0 && sum(state == "?") > 0) break
    }
    repeat {
        dirs <- sample(c("1", "0", "-"), k, replace = TRUE)
        if (any(dirs != "-")) break
    }
    list(k = k, state = state, dirs = dirs)
})
# QCA draws random numbers of its own, so every problem is drawn before any is minimised.
for (id in seq_along(problems)) {
    k <- problems[[id]]$k
    state <- problems[[id]]$state
    dirs <- problems[[id]]$dirs
    message(sprintf("problem %d k=%d pos %s neg %s", id, k, paste(which(state == "1") - 1, collapse = ","), paste(which(state == "0") - 1, collapse = ",")))
    names <- LETTERS[1:k]
    codes <- which(state != "?") - 1
    data <- as.data.frame(t(vapply(codes, function(code) bitwAnd(bitwShiftR(code, 0:(k - 1)), 1L), integer(k))))
    colnames(data) <- names
    data$OUT <- as.integer(state[codes + 1] == "1")
    tt <- truthTable(data, outcome = "OUT", conditions = names)
    de <- paste(ifelse(dirs == "1", names, paste0("~", names))[dirs != "-"], collapse = ", ")
    # A problem QCA fails on (it has run out of memory on some parsimonious charts, and refused some expectations as
    # "ambiguous") or takes over 30 s for is
    # reported and skipped; intermediate solutions are asked for only when there are at most 16 pairs of solutions.
    run <- tryCatch({
        setTimeLimit(elapsed = 30, transient = TRUE)
        cs <- minimize(tt)
        ps <- minimize(tt, include = "?")
        pairs <- length(cs$solution) * length(ps$solution)
        is <- if (pairs <= 16) eval(parse(text = sprintf("minimize(tt, include = '?', dir.exp = c(%s))", de))) else NULL
        setTimeLimit()
        list(cs = cs, ps = ps, is = is)
    }, error = function(e) {
        setTimeLimit()
        conditionMessage(e)
    })
    if (is.character(run)) {
        message("  skipped: ", run)
        next
    }
    cs <- run$cs
    ps <- run$ps
    is <- run$is
    cat(sprintf("problem %d k=%d\n", id, k))
    cat("pos:", which(state == "1") - 1, "\n")
    cat("neg:", which(state == "0") - 1, "\n")
    cat("dir:", dirs, "\n")
    cat("C:", solstr(cs$solution), "\n")
    cat("P:", solstr(ps$solution), "\n")
    for (nm in names(is$i.sol)) {
        x <- is$i.sol[[nm]]
        cat(sprintf("I %s: %s # %s # %s\n", nm, paste(x$c.sol, collapse = " + "), paste(x$p.sol, collapse = " + "), solstr(x$solution)))
    }
}
