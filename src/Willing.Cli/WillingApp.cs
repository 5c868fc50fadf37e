using Spectre.Console;
using Spectre.Console.Cli;
using Willing.Cli.Commands;
using Willing.Cli.Commands.Lifecycle;
using Willing.Cli.Commands.Network;
using Willing.Cli.Commands.Qca;
using Willing.Cli.Commands.Simulation;
using Willing.Cli.Commands.Typology;
using Willing.Cli.Infrastructure;
using Willing.Cli.Output;

namespace Willing.Cli;

/// <summary>The <c>willing</c> command line: the commands, their wiring and the exit codes of the contract.</summary>
/// <remarks>Exit codes (DESIGN.md): 0 success, 1 invalid input (each error printed), 2 wrong usage.</remarks>
public static class WillingApp
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code for invalid input such as a case file with errors.</summary>
    public const int InvalidInput = 1;

    /// <summary>Exit code for wrong usage: an unknown command, option or value.</summary>
    public const int WrongUsage = 2;

    /// <summary>The version and the commit it was built from, e.g. <c>0.2.0+3f2a…</c> (the informational version the SDK writes).</summary>
    public static string Version =>
        typeof(WillingApp).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "unknown";

    /// <summary>Runs the command line against the given console; data goes to the console's output, diagnostics to <paramref name="error"/>.</summary>
    public static int Run(string[] args, IAnsiConsole console, TextWriter error)
    {
        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(CliOutput), new CliOutput(console, error));
        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName("willing");
            config.SetApplicationVersion(Version);
            config.ConfigureConsole(console);
            config.UseStrictParsing();
            config.SetExceptionHandler((ex, _) =>
            {
                // Usage errors are the user's to mend; anything else is a bug, reported without a stack trace.
                bool usage = ex is CommandParseException or CommandRuntimeException;
                error.WriteLine($"willing: {(usage ? string.Empty : "internal error: ")}{Willing.Core.Reading.Echo.Escape(ex.Message, 600)}");
                if (usage)
                    error.WriteLine("Run 'willing --help' for the commands and their options.");
                return usage ? WrongUsage : 70;
            });

            config.AddBranch("cases", cases =>
            {
                cases.SetDescription("Read, list and validate the case base of coalitions.");
                cases.AddCommand<CasesListCommand>("list")
                    .WithDescription("List the coalitions in the case base.")
                    .WithExample("cases", "list", "--format", "json");
                cases.AddCommand<CasesShowCommand>("show")
                    .WithDescription("Show one coalition with its members, lists, events and sources.")
                    .WithExample("cases", "show", "iraq-2003");
                cases.AddCommand<CasesSourcesCommand>("sources")
                    .WithDescription("The source mix of each case by kind, and the facts that rest only on blogs, forums, proxies, mirrors or the paper.")
                    .WithExample("cases", "sources", "iraq-2003");
                cases.AddCommand<CasesLineageCommand>("lineage")
                    .WithDescription("The chain of antecedents of a coalition, each with its relation and the lesson drawn.")
                    .WithExample("cases", "lineage", "iraq-2003");
                cases.AddCommand<CasesValidateCommand>("validate")
                    .WithDescription("Check case files (default: the built-in case base) and print every error.")
                    .WithExample("cases", "validate", "data/cases/iraq-2003.yaml");
            });

            config.AddCommand<ClassifyCommand>("classify")
                .WithDescription("Place coalitions on Cooper's axes from their data: model one, model two or a hybrid cell, and why.")
                .WithExample("classify", "--all")
                .WithExample("classify", "iraq-2003", "--explain")
                .WithExample("classify", "my-case.yaml", "--format", "json");
            config.AddCommand<CompareCommand>("compare")
                .WithDescription("Compare coalitions axis by axis, with the change from each to the next and the distances between them.")
                .WithExample("compare", "gulf-war-1991", "kosovo-1999", "iraq-2003");
            config.AddBranch("typology", typology =>
            {
                typology.SetDescription("The property space, robustness of placements, the codebook and set-theoretic tests.");
                typology.AddCommand<SpaceCommand>("space")
                    .WithDescription("All sixteen cells of (H, C, S, T) with their cases; empty cells with their tags.");
                typology.AddCommand<RobustnessCommand>("robustness")
                    .WithDescription("Perturb the codebook's anchors at random and report how often each case keeps its model and cell.")
                    .WithExample("typology", "robustness", "--draws", "2000", "--band", "0.15", "--seed", "7");
                typology.AddCommand<CodebookCommand>("codebook")
                    .WithDescription("The indicators, calibrations and axis rules in use.");
                typology.AddCommand<FitCommand>("fit")
                    .WithDescription("Consistency and coverage of a set relation across the cases (Ragin 2006).")
                    .WithExample("typology", "fit", "--condition", "R", "--outcome", "EXIT");
            });
            config.AddBranch("network", network =>
            {
                network.SetDescription("Coordination networks of the cases (or of any edge list): structure, every actor's centralities, export and drawings.");
                network.AddCommand<NetworkMetricsCommand>("metrics")
                    .WithDescription("Density, centralization and components of a network, and each actor's degree, betweenness, closeness, eigenvector centrality and more.")
                    .WithExample("network", "metrics", "--edges", "ties.csv")
                    .WithExample("network", "metrics", "--edges", "ties.csv", "--directed", "--weight", "weight", "--format", "json")
                    .WithExample("network", "metrics", "iraq-2003")
                    .WithExample("network", "metrics", "landmines-ottawa", "--links", "ties", "--format", "json");
                network.AddCommand<NetworkExportCommand>("export")
                    .WithDescription("Write a case's coordination network (or an edge list) as GraphML, GEXF or a CSV edge list, with each actor's kind, side and membership.")
                    .WithExample("network", "export", "iraq-2003", "--to", "graphml", "--out", "iraq.graphml")
                    .WithExample("network", "export", "landmines-ottawa", "--to", "gexf");
                network.AddCommand<DrawCommand>("draw")
                    .WithDescription("Draw a case's coordination network (force-directed, seeded): actors coloured by kind, sized by degree, members filled; SVG or PNG.")
                    .WithExample("network", "draw", "iraq-2003")
                    .WithExample("network", "draw", "landmines-ottawa", "--out", "ottawa.png", "--seed", "7", "--scope", "all");
            });
            config.AddBranch("qca", qca =>
            {
                qca.SetDescription("Qualitative Comparative Analysis over a CSV, the coalitions of the case base, or the members of one coalition: truth tables, Boolean minimisation, parameters of fit.");
                qca.AddCommand<QcaTruthTableCommand>("truth-table")
                    .WithDescription("The truth table of an outcome over conditions: each row's cases, inclusion, PRI and output; contradictions, remainders, skewed sets.")
                    .WithExample("qca", "truth-table", "--csv", "lipset.csv", "--outcome", "SURV", "--conditions", "DEV,URB,LIT,IND,STB", "--incl-cut", "0.8")
                    .WithExample("qca", "truth-table", "--members", "iraq-2003", "--outcome", "EARLY", "--conditions", "ELECTION,GOVCHANGE,CASUALTIES,TROOPS,PAYMENTS", "--incl-cut", "0.8");
                qca.AddCommand<QcaMinimizeCommand>("minimize")
                    .WithDescription("Exact Boolean minimisation: the conservative, parsimonious or intermediate solution, every equally minimal one, with inclS, PRI, covS and each term's covU; --robustness varies the cut-off and the anchors.")
                    .WithExample("qca", "minimize", "--csv", "lipset.csv", "--outcome", "SURV", "--conditions", "DEV,URB,LIT,IND,STB", "--solution", "parsimonious")
                    .WithExample("qca", "minimize", "--members", "iraq-2003", "--outcome", "EARLY", "--conditions", "ELECTION,GOVCHANGE,CASUALTIES,TROOPS,PAYMENTS", "--incl-cut", "0.8", "--solution", "intermediate", "--directions", "ELECTION=1,GOVCHANGE=1,CASUALTIES=1,TROOPS=0,PAYMENTS=0");
                qca.AddCommand<QcaSetsCommand>("sets")
                    .WithDescription("The sets the case base gives QCA, with what each means: the coalitions (axes, indicators, EXIT, LEAVING, TREATY) or one coalition's members (--members); --format csv for R's QCA.")
                    .WithExample("qca", "sets", "--members", "iraq-2003", "--format", "csv");
                qca.AddCommand<QcaFitCommand>("fit")
                    .WithDescription("Parameters of fit of an expression for an outcome: inclS, PRI, covS (and covU per term), or with --necessity inclN, RoN, covN; deviant cases; an XY plot.")
                    .WithExample("qca", "fit", "--csv", "lipset.csv", "--outcome", "SURV", "--expression", "DEV*STB")
                    .WithExample("qca", "fit", "--outcome", "LEAVING", "--expression", "C*~R", "--chart", "xy.svg");
            });
            config.AddCommand<TimelineCommand>("timeline")
                .WithDescription("A case's memberships over time: who joined and left when and why, the triggers of exits, the count by month, and exit cascades tested against independent exits.")
                .WithExample("timeline", "iraq-2003")
                .WithExample("timeline", "iraq-2003", "--window", "45", "--format", "json");
            config.AddBranch("survival", survival =>
            {
                survival.SetDescription("Entry and exit over time (the 'coalition of the leaving'): event-history rows, Kaplan–Meier retention, Cox models of exit hazard, competing risks.");
                survival.AddCommand<SurvivalExportCommand>("export")
                    .WithDescription("A case's members as event-history rows, one per member and month (start, stop], with time-varying covariates, as CSV for R or any other tool.")
                    .WithExample("survival", "export", "iraq-2003", "--out", "iraq-months.csv")
                    .WithExample("survival", "export", "iraq-2003", "--scheduled", "cause", "--format", "json");
                survival.AddCommand<SurvivalKmCommand>("km")
                    .WithDescription("Kaplan–Meier retention with Greenwood standard errors and confidence intervals, by group, and the log-rank test between groups.")
                    .WithExample("survival", "km", "iraq-2003")
                    .WithExample("survival", "km", "iraq-2003", "--group", "on_membership_list", "--conf-type", "log-log")
                    .WithExample("survival", "km", "--csv", "data.csv", "--time", "time", "--event", "status", "--group", "arm", "--format", "json");
                survival.AddCommand<SurvivalCoxCommand>("cox")
                    .WithDescription("A Cox proportional-hazards model of exit (Efron or Breslow ties, (start, stop] rows, strata, robust errors by subject), as R's coxph.")
                    .WithExample("survival", "cox", "iraq-2003")
                    .WithExample("survival", "cox", "iraq-2003", "--covariates", "election_past3,gov_change_past3,casualties_past3,troop_share")
                    .WithExample("survival", "cox", "--csv", "heart.csv", "--start", "start", "--time", "stop", "--event", "event", "--covariates", "age,surgery,transplant", "--cluster", "id");
                survival.AddCommand<SurvivalCifCommand>("cif")
                    .WithDescription("Cumulative incidence of exit by reason (Aalen–Johansen, competing risks), with standard errors and intervals.")
                    .WithExample("survival", "cif", "iraq-2003")
                    .WithExample("survival", "cif", "--csv", "mgus2.csv", "--time", "etime", "--event", "cause", "--group", "sex");
                survival.AddCommand<SurvivalZphCommand>("zph")
                    .WithDescription("The proportional-hazards test of a Cox model on scaled Schoenfeld residuals, as R's cox.zph.")
                    .WithExample("survival", "zph", "iraq-2003")
                    .WithExample("survival", "zph", "--csv", "veteran.csv", "--time", "time", "--event", "status", "--covariates", "karno,age", "--transform", "rank");
            });
            config.AddBranch("simulate", simulate =>
            {
                simulate.SetDescription("Agent-based simulation of how coalitions form and unravel under each of Cooper's models: scenarios seeded from the case base, batches over parameter grids (sharded for clusters), calibration to observed curves, out-of-sample checks, sensitivity.");
                simulate.AddCommand<SimulateRunCommand>("run")
                    .WithDescription("Run a scenario once (or --reps times), month by month, beside the observed curve; rows to CSV or Parquet, a fan chart against the observed curve.")
                    .WithExample("simulate", "run", "iraq-2003")
                    .WithExample("simulate", "run", "landmines-ottawa", "--reps", "200", "--chart", "ottawa-fan.svg")
                    .WithExample("simulate", "run", "my-scenario.yaml", "--set", "base_hazard=0.02", "--out", "run.csv");
                simulate.AddCommand<SimulateBatchCommand>("batch")
                    .WithDescription("Run a scenario over a parameter grid with replicates, one derived seed per run, on all cores, streamed to Parquet or CSV; --shard K/N runs one exact slice.")
                    .WithExample("simulate", "batch", "iraq-2003", "--reps", "1000", "--out", "iraq.parquet")
                    .WithExample("simulate", "batch", "landmines-ottawa", "--reps", "100", "--grid", "threshold_mean=0.2,0.3,0.4", "--shard", "1/4", "--out", "part-1.parquet");
                simulate.AddCommand<SimulateMergeCommand>("merge")
                    .WithDescription("Merge the shards of one batch into the file one process would have written, byte for byte, after checking they belong together.")
                    .WithExample("simulate", "merge", "part-1.parquet", "part-2.parquet", "part-3.parquet", "part-4.parquet", "--out", "sweep.parquet");
                simulate.AddCommand<SimulateCalibrateCommand>("calibrate")
                    .WithDescription("Fit a scenario's free parameters to its observed curve (Nelder–Mead on the stated loss, common random numbers), print the fit point by point, then its out-of-sample checks.")
                    .WithExample("simulate", "calibrate", "iraq-2003", "--target", "iraq-2003")
                    .WithExample("simulate", "calibrate", "landmines-ottawa", "--target", "landmines-ottawa", "--chart", "ottawa-fit.svg");
                simulate.AddCommand<SimulateSensitivityCommand>("sensitivity")
                    .WithDescription("One-factor-at-a-time and variance-based (Sobol) sensitivity of a scenario's free parameters, on the final size or the calibration loss.")
                    .WithExample("simulate", "sensitivity", "iraq-2003", "--method", "sobol", "--samples", "128");
            });
            config.AddCommand<ReportCommand>("report")
                .WithDescription("Write the comparative report over the case base: index.html with the typology map, the property space, the paper's placements against Willing's, the trajectories of cases with periods and every case explained, and the charts as PNG and SVG.")
                .WithExample("report")
                .WithExample("report", "--out", "my-report", "--cases", "my-cases/");
            config.AddCommand<Willing.Cli.Commands.Web.ServeCommand>("serve")
                .WithDescription("Start the web workbench and the JSON API on a case store: SQLite by default (created and seeded from the built-in case base on first run), or PostgreSQL for a team. Reading is open; writes need the bearer token WILLING_TOKEN, else one made on first run and kept beside the database.")
                .WithExample("serve")
                .WithExample("serve", "--urls", "http://127.0.0.1:8080", "--db", "cases.db")
                .WithExample("serve", "--db", "Host=localhost;Database=willing;Username=willing");
        });
        return app.Run(args);
    }
}
