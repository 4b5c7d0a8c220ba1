using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Recoupe.Model;

namespace Recoupe.Contracts;

/// <summary>
/// Serialization code generated at build time for the types Recoupe writes and reads on every run (store rows: annotations,
/// paragraphs, removals, hints, briefs; the extract and annotate contracts). Without it System.Text.Json builds each type's
/// serializer by reflection and emitted code in every process: hundreds of methods compiled at run time, a large part of a short
/// ingest (issue 18). <see cref="ContractJson"/> puts it first in its resolver chain with reflection behind it for any other type;
/// the settings (names, enums, escaping) stay those of <see cref="ContractJson"/>, so the JSON is byte for byte the same.
/// </summary>
[JsonSerializable(typeof(Brief))]
[JsonSerializable(typeof(ArticleAnnotations))]
[JsonSerializable(typeof(ImmutableArray<TextSpan>))]
[JsonSerializable(typeof(ImmutableArray<Removal>))]
[JsonSerializable(typeof(ImmutableArray<long>))]
[JsonSerializable(typeof(DocumentHints))]
[JsonSerializable(typeof(ExtractDocument))]
[JsonSerializable(typeof(AnnotateDocument))]
[JsonSerializable(typeof(InputErrorDocument))]
internal sealed partial class ContractJsonContext : JsonSerializerContext;
