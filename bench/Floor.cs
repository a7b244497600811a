using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Text;
using Newtonsoft.Json;

namespace InnerSpaceBench
{
    /// <summary>
    /// The floor of the benchmark: the same HTTP request and a pass of the JSON reader over
    /// the body that counts rows and builds nothing. No client can be faster than this.
    /// </summary>
    public static class Floor
    {
        public static double[] ReadOnly(string apiUri, string sessionId, string body)
        {
            var clock = Stopwatch.StartNew();
            using var http = new HttpClient();
            using var request = new HttpRequestMessage(HttpMethod.Post, apiUri)
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("X-Session-Id", sessionId);

            using var response = http.Send(request, HttpCompletionOption.ResponseHeadersRead);
            var headersMs = clock.Elapsed.TotalMilliseconds;
            using var text = new StreamReader(response.Content.ReadAsStream(), Encoding.UTF8, false, 65536);
            using var json = new JsonTextReader(text) { DateParseHandling = DateParseHandling.None };

            var rows = 0L;
            var firstRowMs = -1.0;
            while (json.Read())
            {
                if (json.TokenType == JsonToken.EndObject && json.Depth == 3)
                {
                    rows++;
                    if (firstRowMs < 0)
                    {
                        firstRowMs = clock.Elapsed.TotalMilliseconds;
                    }
                }
            }

            return new[] { clock.Elapsed.TotalMilliseconds, firstRowMs, headersMs, rows };
        }
    }
}
