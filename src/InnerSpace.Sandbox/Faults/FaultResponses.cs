using System.Text;
using InnerSpace.Sandbox.Auth;
using InnerSpace.Sandbox.Execution;
using InnerSpace.Sandbox.GraphQL;
using Microsoft.AspNetCore.Http;

namespace InnerSpace.Sandbox.Faults;

/// <summary>The bodies faulty answers carry, each shaped like what the fault imitates.</summary>
internal static class FaultResponses
{
    /// <summary>Valid UTF-8, JSON-looking, not JSON: an unquoted member name.</summary>
    public const string NotJson = """{"data":{"BUILDING_INSIGHTS":[{BUILDING_ID:71}]}}""";

    public const string InjectedCode = "injected-fault";

    /// <summary>An error status in the endpoint's own error shape.</summary>
    public static Task WriteStatusAsync(HttpContext context, FaultEntry fault)
    {
        SetRetryAfter(context, fault);
        var message = $"injected fault: HTTP {fault.Status}";
        if (fault.Target == FaultTarget.Token)
        {
            return TokenResponseWriter.WriteErrorAsync(context.Response, fault.Status,
                "temporarily_unavailable", message, context.RequestAborted);
        }

        var error = new GraphQLError(message, null, InjectedCode);
        return ErrorEnvelopeWriter.WriteAsync(
            context.Response, fault.Status, error, context.RequestAborted);
    }

    /// <summary>A gateway's HTML page, as a proxy in front of an API sends when it fails.</summary>
    public static Task WriteHtmlAsync(HttpContext context, FaultEntry fault)
    {
        SetRetryAfter(context, fault);
        var reason = ReasonPhrase(fault.Status);
        var page = "<html>\r\n<head><title>" + $"{fault.Status} {reason}" + "</title></head>\r\n"
            + "<body>\r\n<center><h1>" + $"{fault.Status} {reason}" + "</h1></center>\r\n"
            + "<hr><center>gateway</center>\r\n</body>\r\n</html>\r\n";
        return WriteTextAsync(context, fault.Status, "text/html; charset=utf-8", page);
    }

    public static Task WriteInvalidJsonAsync(HttpContext context)
    {
        return WriteTextAsync(context, StatusCodes.Status200OK, JsonOutput.ContentType, NotJson);
    }

    private static void SetRetryAfter(HttpContext context, FaultEntry fault)
    {
        if (fault.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = fault.RetryAfter;
        }
    }

    private static Task WriteTextAsync(
        HttpContext context,
        int status,
        string contentType,
        string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = bytes.Length;
        return context.Response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
    }

    private static string ReasonPhrase(int status)
    {
        var phrase = Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
        return phrase.Length > 0 ? phrase : "Error";
    }
}
