using Willing.Cli.Commands.Typology;
using Willing.Cli.Output;
using Willing.Core.Model;

namespace Willing.Cli.Commands.Lifecycle;

/// <summary>The one case a lifecycle command works on: an id of the case base or a case file of the user's own, as classify takes them.</summary>
internal static class CaseLoader
{
    /// <summary>The coalition, or null after printing why not.</summary>
    public static Coalition? Load(string target, CaseSettings settings, CliOutput output) =>
        TypologyLoader.Coalitions([target], all: false, settings, output, done: "read") is [var coalition] ? coalition : null;
}
