namespace Recoupe.Model;

/// <summary>
/// The outcome of an operation that is expected to fail on some inputs (NodaTime's habit):
/// a value, or a reason a person can read. Exceptions stay for bugs.
/// </summary>
public readonly record struct ParseResult<T>
{
    private ParseResult(T? value, string? error) { Value = value; Error = error; }

    public T? Value { get; }
    public string? Error { get; }
    public bool Success => Error is null;

    public static ParseResult<T> Ok(T value) => new(value, null);
    public static ParseResult<T> Fail(string reason) => new(default, reason);

    public T GetValueOrThrow() => Success ? Value! : throw new InvalidOperationException(Error);
}
