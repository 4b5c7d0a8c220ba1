using Recoupe.Pipeline;

namespace Recoupe.Evaluation;

/// <summary>
/// A quality measurement on a gold data set (`recoupe eval NAME PATH`). Suites are found by
/// <see cref="EvalSuites"/> through reflection, so adding one is adding one file.
/// </summary>
public interface IEvalSuite
{
    /// <summary>The name on the command line, e.g. "extraction", "timex", "seeds-cleaning".</summary>
    string Name { get; }
    string Description { get; }
    /// <summary>The data folder used when the user gives none, relative to the shared eval folder (e.g. "timex-fr-timebank").</summary>
    string DefaultDataFolder { get; }
    /// <summary>True when <see cref="DefaultDataFolder"/> is relative to the repository (data we wrote and ship), not to the shared eval folder.</summary>
    bool DataInRepository => false;
    EvalReport Run(string dataPath, RecoupePipeline pipeline, EvalOptions options);
}

/// <summary>Options common to all suites: a limit for quick runs and a writer for per-item details.</summary>
public sealed record EvalOptions(int? Limit = null, TextWriter? Details = null);

/// <summary>Named figures (F1, precision…) with the counts behind them, printable as text or JSON.</summary>
public sealed record EvalReport(string Suite, IReadOnlyDictionary<string, double> Metrics, IReadOnlyList<string> Notes)
{
    public double this[string metric] => Metrics[metric];
}
