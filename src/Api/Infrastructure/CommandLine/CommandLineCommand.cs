namespace CleanPlatform.Api.Infrastructure.CommandLine;

/// <summary>
/// A command given on the API's command line instead of serving: its own arguments, and the ones left for the host
/// (configuration such as <c>--Database:Provider=Postgres</c>).
/// </summary>
internal sealed record CommandLineCommand(string[] Arguments, string[] HostArguments)
{
    /// <summary>The command in <paramref name="args"/>, or null when they only configure the server.</summary>
    public static CommandLineCommand? Parse(string[] args)
    {
        if (args is not ["import", ..])
            return null;
        var own = new List<string>();
        var host = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            // Host configuration is --Key=Value or --Section:Key value; the command's own options are known.
            if (args[i].StartsWith("--", StringComparison.Ordinal) && args[i] != "--organization")
                host.AddRange(args[i].Contains('=', StringComparison.Ordinal) || i + 1 >= args.Length
                    ? [args[i]] : [args[i], args[++i]]);
            else
                own.Add(args[i]);
        }

        // A command says what it did on standard output; the host's own logging keeps to warnings.
        host.Add("--Serilog:MinimumLevel:Default=Warning");
        return new CommandLineCommand([.. own], [.. host]);
    }
}
