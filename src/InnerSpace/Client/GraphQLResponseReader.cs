using System.Collections.Generic;
using System.IO;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace InnerSpace.Client;

/// <summary>
/// Reads a GraphQL answer from the socket as it arrives. Each element of a list under
/// <c>data</c> is handed out as soon as its JSON ends, so the caller can emit rows while
/// the rest is still downloading, and never holds the whole body. What each element
/// becomes is up to an <see cref="IRowFactory{T}"/>, which reads it from the reader
/// directly.
/// </summary>
internal sealed class GraphQLResponseReader<T>
{
    // Larger than the default so that a big answer takes fewer reads from the socket.
    private const int BufferSize = 64 * 1024;

    private readonly ApiResponse _response;
    private readonly IRowFactory<T> _rows;
    private JsonTextReader? _json;
    private int _valuesRead;

    private GraphQLResponseReader(ApiResponse response, IRowFactory<T> rows)
    {
        _response = response;
        _rows = rows;
    }

    /// <summary>
    /// The items of the answer in body order. Enumerate once; a body that is not JSON,
    /// is cut short or breaks off raises <see cref="ErrorIds.ApiResponseInvalid"/>.
    /// </summary>
    public static IEnumerable<GraphQLResponseItem<T>> Read(ApiResponse response, IRowFactory<T> rows)
    {
        if (!response.IsJson)
        {
            using var stream = response.OpenBody();
            var excerpt = ResponseExcerpt.ReadAsync(stream, default).GetAwaiter().GetResult();
            throw new GraphQLResponseReader<T>(response, rows).Invalid($"it is not JSON: '{excerpt}'");
        }

        return new GraphQLResponseReader<T>(response, rows).ReadBody();
    }

    private IEnumerable<GraphQLResponseItem<T>> ReadBody()
    {
        using var text = new StreamReader(_response.OpenBody(), Encoding.UTF8, false, BufferSize);
        using var json = new JsonTextReader(text)
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Double,
            PropertyNameTable = _rows.PropertyNames,
        };
        _json = json;

        if (!Next() || json.TokenType != JsonToken.StartObject)
        {
            throw Invalid("it does not start with a JSON object");
        }

        while (Next() && json.TokenType == JsonToken.PropertyName)
        {
            var member = Guarded(() => StrictJson.MemberName(json));
            Next();

            if (member == "data" && json.TokenType == JsonToken.StartObject)
            {
                foreach (var item in ReadData())
                {
                    yield return item;
                }
            }
            else if (member == "errors" && json.TokenType == JsonToken.StartArray)
            {
                foreach (var entry in Load())
                {
                    yield return GraphQLResponseItem<T>.ForError(ToError(entry));
                }
            }
            else
            {
                Load();
            }
        }
    }

    private IEnumerable<GraphQLResponseItem<T>> ReadData()
    {
        var json = _json!;

        while (Next() && json.TokenType == JsonToken.PropertyName)
        {
            var rootField = Guarded(() => StrictJson.MemberName(json));
            Next();

            if (json.TokenType == JsonToken.StartArray)
            {
                while (Next() && json.TokenType != JsonToken.EndArray)
                {
                    var element = Create();
                    _valuesRead++;
                    yield return GraphQLResponseItem<T>.ForValue(rootField, element);
                }
            }
            else if (json.TokenType != JsonToken.Null)
            {
                var value = Create();
                _valuesRead++;
                yield return GraphQLResponseItem<T>.ForValue(rootField, value);
            }
        }
    }

    private static GraphQLError ToError(JToken entry)
    {
        var message = entry.Value<string>("message") ?? entry.ToString(Formatting.None);
        var extensions = entry["extensions"] as JObject;
        var code = extensions?.Value<string>("code");
        var path = extensions?["path"] ?? entry["path"];
        var pathText = path is JValue plain ? plain.ToString() : path?.ToString(Formatting.None);

        return new GraphQLError(message, code, pathText);
    }

    private bool Next()
    {
        var json = _json!;
        try
        {
            if (json.Read())
            {
                return true;
            }
        }
        catch (JsonReaderException broken)
        {
            throw Invalid(broken.Message);
        }
        catch (IOException cut)
        {
            throw Incomplete("the connection broke: " + cut.Message);
        }

        if (json.Depth > 0 || json.TokenType != JsonToken.EndObject)
        {
            throw Incomplete("the body ends in the middle of the JSON");
        }

        return false;
    }

    // A row factory reads the socket through the reader, so a broken or cut connection can
    // surface inside it; it gets the same message as one met between rows.
    private T Create()
    {
        try
        {
            return _rows.Create(_json!);
        }
        catch (JsonReaderException broken)
        {
            throw Invalid(broken.Message);
        }
        catch (IOException cut)
        {
            throw Incomplete("the connection broke: " + cut.Message);
        }
    }

    private JToken Load() => Guarded(() => JToken.ReadFrom(_json!));

    private TResult Guarded<TResult>(System.Func<TResult> read)
    {
        try
        {
            return read();
        }
        catch (JsonReaderException broken)
        {
            throw Invalid(broken.Message);
        }
        catch (IOException cut)
        {
            throw Incomplete("the connection broke: " + cut.Message);
        }
    }

    // No ServerDetail: what the reader found wrong is the reader's words, not the
    // server's, and the start of a body that is not JSON is quoted in the message itself.
    private InnerSpaceException Invalid(string what) =>
        new(ErrorIds.ApiResponseInvalid,
            $"The InnerSpace API answered {_response.StatusCode} ({_response.ContentType}) with a " +
            $"body that is not a usable GraphQL answer after {_valuesRead} rows: {what}",
            _response.StatusCode);

    private InnerSpaceException Incomplete(string what) =>
        new(ErrorIds.ApiResponseIncomplete,
            $"The InnerSpace API's answer broke off after {_valuesRead} rows: {what}",
            _response.StatusCode);
}
