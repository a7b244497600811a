using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>One planned request of an insight cmdlet and how to name it to the user.</summary>
internal sealed class InsightRequest
{
    public InsightRequest(InsightQuery query, string description)
    {
        Query = query;
        Description = description;
    }

    public InsightQuery Query { get; }

    /// <summary>Such as "building 71, 2025-01-01..2025-01-31, PT1H".</summary>
    public string Description { get; }

    public override string ToString() => Description;
}
