using System.Text.Encodings.Web;
using System.Text.Json;

namespace InnerSpace.Sandbox.Execution;

/// <summary>Shared settings for every JSON body the sandbox writes.</summary>
internal static class JsonOutput
{
    public const string ContentType = "application/json; charset=utf-8";

    // The default encoder escapes quotes and non-ASCII as \uXXXX for HTML safety; these bodies
    // are never embedded in HTML, and readable messages matter more to people testing clients.
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
