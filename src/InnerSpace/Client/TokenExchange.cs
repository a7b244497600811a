using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace InnerSpace.Client;

/// <summary>
/// Exchanges a client id and secret for a session id at <c>POST /v2/oauth/token</c>.
/// </summary>
internal static class TokenExchange
{
    public static async Task<SessionGrant> ExchangeAsync(
        TransientRetrySender sender,
        InnerSpaceConnectionInfo connection,
        IInnerSpaceLog log,
        CancellationToken cancel)
    {
        var secret = SecureStringReader.Reveal(connection.ClientSecret);
        var requestJson = TokenRequestJson(connection, secret);

        using var response = await sender.SendAsync(
            () => new HttpRequestMessage(HttpMethod.Post, connection.TokenUri)
            {
                Content = new StringContent(requestJson, Encoding.UTF8, "application/json"),
            },
            log,
            cancel).ConfigureAwait(false);

        if (!response.IsSuccessStatusCode)
        {
            var excerpt = ResponseExcerpt.Redact(
                await ResponseExcerpt.ReadAsync(response, cancel).ConfigureAwait(false), secret);
            throw Refusal(response, excerpt);
        }

        var answer = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        return GrantFrom(answer, response);
    }

    private static string TokenRequestJson(InnerSpaceConnectionInfo connection, string secret)
    {
        using var text = new StringWriter();
        using (var json = new JsonTextWriter(text))
        {
            json.WriteStartObject();
            json.WritePropertyName("client_id");
            json.WriteValue(connection.ClientId);
            json.WritePropertyName("client_secret");
            json.WriteValue(secret);
            json.WritePropertyName("audience");
            json.WriteValue(connection.Audience);
            json.WriteEndObject();
        }

        return text.ToString();
    }

    private static InnerSpaceException Refusal(HttpResponseMessage response, string excerpt)
    {
        var status = (int)response.StatusCode;
        var statusText = $"HTTP {status} {response.ReasonPhrase}";
        var isRefusal = response.StatusCode is HttpStatusCode.BadRequest
            or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;

        if (isRefusal)
        {
            return new InnerSpaceException(
                ErrorIds.AuthenticationRejected,
                $"InnerSpace rejected the credentials: the token endpoint answered {statusText}. " +
                "Check the client id, the client secret and the audience.",
                status,
                excerpt);
        }

        return new InnerSpaceException(
            ErrorIds.ApiHttpError,
            $"The InnerSpace token endpoint answered {statusText}; no session was opened.",
            status,
            excerpt);
    }

    private static SessionGrant GrantFrom(string body, HttpResponseMessage response)
    {
        string? sessionId = null;
        TimeSpan? lifetime = null;
        try
        {
            var answer = JObject.Parse(body);
            sessionId = answer.Value<string>("session_id");
            lifetime = LifetimeFrom(answer["expires_in"]);
        }
        catch (JsonException)
        {
            // Reported below together with the other ways the answer can be unusable.
        }

        if (string.IsNullOrEmpty(sessionId))
        {
            // The body is not quoted: on success it would hold the session id itself.
            throw new InnerSpaceException(
                ErrorIds.AuthenticationResponseInvalid,
                "The InnerSpace token endpoint answered " +
                $"{(int)response.StatusCode} ({ResponseExcerpt.ContentTypeOf(response)}, " +
                $"{body.Length} characters) without a 'session_id' string.",
                (int)response.StatusCode);
        }

        return new SessionGrant(sessionId!, lifetime);
    }

    // An expiry hint is not documented for v2, so anything but a positive number of
    // seconds is ignored and the session relies on 401 answers alone.
    private static TimeSpan? LifetimeFrom(JToken? expiresIn)
    {
        if (expiresIn is null || expiresIn.Type is not (JTokenType.Integer or JTokenType.Float))
        {
            return null;
        }

        var seconds = expiresIn.Value<double>();
        return seconds > 0 ? TimeSpan.FromSeconds(seconds) : null;
    }
}
