namespace Recoupe.Cli;

/// <summary>The exit codes of `recoupe`, documented in the README.</summary>
public static class ExitCodes
{
    /// <summary>Everything asked was done.</summary>
    public const int Ok = 0;
    /// <summary>The command could not do its work (store unreadable, story not found, unknown eval suite...).</summary>
    public const int Failed = 1;
    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;
    /// <summary>The batch completed, but some inputs were rejected (each named on standard error with its reason).</summary>
    public const int SomeInputsRejected = 3;
}
