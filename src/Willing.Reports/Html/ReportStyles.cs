namespace Willing.Reports.Html;

/// <summary>The report's stylesheet, inlined so that the file stands alone; the classes the components of <see cref="Views"/> use.</summary>
/// <remarks>A page that shows the components writes it with <see cref="Views.ReportStyle"/>, as the report does.</remarks>
public static class ReportStyles
{
    /// <summary>The stylesheet's text (CSS, no markup).</summary>
    public const string Css = """
        :root { --one: #c0392b; --two: #1f6fb2; --hybrid: #8e44ad; --undetermined: #646f70; --muted: #5f6368; --line: #d9dce1; --soft: #f5f6f8; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; font-size: 15px; line-height: 1.5; color: #1d1f23; background: #fff; }
        header.top { background: #1d2733; color: #fff; padding: 28px 40px 20px; }
        header.top h1 { margin: 0 0 6px; font-size: 28px; font-weight: 600; }
        header.top p { margin: 0; color: #c9d1db; max-width: 980px; }
        nav.toc { background: var(--soft); border-bottom: 1px solid var(--line); padding: 10px 40px; font-size: 14px; }
        nav.toc a { margin-right: 18px; }
        main { max-width: 1280px; margin: 0 auto; padding: 8px 40px 40px; }
        section { margin-top: 34px; }
        h2 { font-size: 22px; border-bottom: 2px solid var(--line); padding-bottom: 4px; margin-bottom: 12px; }
        h3 { font-size: 17px; margin: 22px 0 8px; }
        h4 { font-size: 15px; margin: 16px 0 6px; }
        a { color: #1a5fa8; text-decoration: underline; text-underline-offset: 0.15em; }
        a:hover { text-decoration-thickness: 2px; }
        nav a { text-decoration: none; }
        nav a:hover { text-decoration: underline; }
        code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 13px; background: var(--soft); padding: 1px 4px; border-radius: 3px; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 14px; font-size: 14px; }
        th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
        th { background: var(--soft); font-weight: 600; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.num { white-space: nowrap; }
        table.cases th.num { width: 62px; }
        table.cases th.dist { width: 104px; }
        td.nowrap { white-space: nowrap; }
        td.missing { color: var(--muted); font-style: italic; }
        .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; color: #fff; font-size: 12px; font-weight: 600; white-space: nowrap; }
        .model-one { background: var(--one); } .model-two { background: var(--two); } .model-hybrid { background: var(--hybrid); } .model-undetermined { background: var(--undetermined); }
        .models { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
        .models div { border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; }
        .models div.one { border-top: 4px solid var(--one); } .models div.two { border-top: 4px solid var(--two); }
        figure.chart { margin: 14px 0; }
        figure.chart svg { max-width: 100%; height: auto; display: block; }
        figure.chart figcaption { color: var(--muted); font-size: 13px; margin-top: 4px; }
        div.networks { display: grid; grid-template-columns: repeat(auto-fit, minmax(460px, 1fr)); gap: 8px 24px; }
        div.networks h3 { margin-bottom: 0; }
        .space { display: grid; grid-template-columns: 150px repeat(4, 1fr); gap: 6px; font-size: 13px; }
        .space .head { background: var(--soft); border-radius: 4px; padding: 6px 8px; font-weight: 600; }
        .space .pair { display: flex; flex-direction: column; gap: 3px; }
        .space .cell { border: 1px solid var(--line); border-radius: 4px; padding: 4px 6px; min-height: 44px; }
        .space .cell.occupied { border-left: 4px solid var(--hybrid); }
        .space .cell.occupied.model-one-cell { border-left-color: var(--one); } .space .cell.occupied.model-two-cell { border-left-color: var(--two); }
        .space .cell.empty { background: #fafafa; color: #45484d; }
        .space .code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-weight: 700; }
        .space .cellname { color: var(--muted); font-size: 12px; }
        .space ul { margin: 4px 0 0; padding-left: 16px; }
        .tag { display: inline-block; font-size: 11px; font-weight: 600; padding: 0 6px; border-radius: 3px; margin-top: 4px; }
        .tag-logically-impossible { background: #f3d6d3; color: #7b241c; }
        .tag-theoretically-unexpected { background: #f6e7c8; color: #6b4a0b; }
        .tag-empirically-empty { background: #e5e7ea; color: #3d4248; }
        .tag-theorised-future-type { background: #dfe9f5; color: #1b4f8a; }
        .note { color: var(--muted); font-size: 12px; }
        section.case { border-top: 3px solid var(--line); padding-top: 6px; }
        section.case h2 { border: 0; }
        .meta { color: var(--muted); }
        .flags { background: #fff7e0; border-left: 4px solid #e0a800; padding: 6px 12px; margin: 8px 0; }
        .axis { border-left: 3px solid var(--line); padding-left: 12px; margin: 14px 0; }
        details { margin: 2px 0 6px; }
        details summary { cursor: pointer; color: #1a5fa8; font-size: 13px; }
        details ul { font-size: 13px; margin: 4px 0; }
        ol.sources { font-size: 13px; }
        .verdict { display: inline-block; padding: 0 7px; border-radius: 3px; font-size: 12px; font-weight: 600; white-space: nowrap; }
        .verdict-agree { background: #d8efe0; color: #1d5e35; } .verdict-disagree { background: #f8dfcf; color: #7a3410; }
        .verdict-undetermined { background: #e5e7ea; color: #3d4248; } .verdict-no-expectation { background: #f5f6f8; color: #5f6368; }
        p.agreement { font-size: 16px; background: var(--soft); border-left: 4px solid #1d2733; padding: 8px 12px; }
        .finding { border-left: 3px solid #e0a800; padding-left: 12px; margin: 14px 0; }
        .finding li.axis-finding { margin: 6px 0 10px; }
        ul.facts { margin: 3px 0 0; font-size: 13px; }
        .bounds, .coverage { font-weight: normal; color: var(--muted); font-size: 13px; margin-left: 6px; }
        .flag { display: inline-block; font-weight: normal; font-size: 12px; background: #fff7e0; border: 1px solid #e0c060; border-radius: 3px; padding: 0 5px; margin-left: 4px; }
        table.dimensions { width: auto; min-width: 60%; }
        footer { max-width: 1280px; margin: 0 auto; padding: 16px 40px 40px; color: var(--muted); font-size: 13px; border-top: 1px solid var(--line); }
        @media print { nav.toc { display: none; } details { display: block; } }
        """;
}
