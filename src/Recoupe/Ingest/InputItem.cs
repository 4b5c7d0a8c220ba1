using Recoupe.Model;

namespace Recoupe.Ingest;

/// <summary>One thing read from the user's inputs: a document to process, or a failure to report (the batch goes on).</summary>
public abstract record InputItem(string Input);

public sealed record InputDocument(RawDocument Document) : InputItem(Document.Input);

/// <summary>An input that could not even be read as a document (unreadable file, malformed JSON line, broken feed).</summary>
public sealed record InputFailure(string Input, string Reason) : InputItem(Input);
