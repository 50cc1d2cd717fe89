using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace GoSmart.Graph.Api.Http;

/// <summary>
/// The browser pages, built from web/ into wwwroot/ui and committed: the network explorer at <c>/</c>,
/// the GraphiQL IDE at <c>/graphql</c> for a browser's GET (one that prefers <c>text/html</c> to JSON),
/// and their scripts and styles under <c>/ui/</c>. Nothing on them loads from another origin, and the
/// Content-Security-Policy says so to the browser. Served ahead of authentication and the rate limit:
/// they are static files; the GraphQL requests the pages make are checked like any other.
/// </summary>
public static class BrowserPages
{
    public const string AssetPath = "/ui";
    private const string ExplorerPage = "ui/explorer.html";
    private const string IdePage = "ui/graphiql.html";

    /// <summary>Only this origin; inline styles for GraphiQL's and Cytoscape's computed styles; data: and blob: for exported images and fonts.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseBrowserPages(this IApplicationBuilder app, string graphQLPath)
    {
        var environment = app.ApplicationServices.GetRequiredService<IWebHostEnvironment>();
        var files = environment.WebRootFileProvider;
        app.Use(async (http, next) =>
        {
            var request = http.Request;
            var page = !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) ? null
                : request.Path == "/" ? ExplorerPage
                : request.Path.Equals(graphQLPath, StringComparison.OrdinalIgnoreCase) && PrefersHtml(request) ? IdePage
                : null;
            if (page is null)
            {
                await next(http).ConfigureAwait(false);
                return;
            }

            await WritePageAsync(http, files.GetFileInfo(page)).ConfigureAwait(false);
        });
        // Only under the bundle's path: elsewhere (every GraphQL GET) the file lookup would be a disk access per request.
        app.UseWhen(http => http.Request.Path.StartsWithSegments(AssetPath), assets => assets.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = "",
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
            OnPrepareResponse = context =>
            {
                if (context.Context.Request.Path.StartsWithSegments(AssetPath))
                {
                    AddHeaders(context.Context.Response);
                }
            },
        }));
        return app;
    }

    /// <summary>
    /// True when the client ranks <c>text/html</c> above the GraphQL JSON types: a browser's
    /// <c>text/html,…,*/*;q=0.8</c>, not curl's <c>*/*</c> nor a client's <c>application/json</c>.
    /// </summary>
    public static bool PrefersHtml(HttpRequest request)
    {
        // Most GETs here are GraphQL clients' (application/json): no need to parse their Accept header.
        if (!request.Headers.Accept.ToString().Contains("html", StringComparison.OrdinalIgnoreCase)
            || !MediaTypeHeaderValue.TryParseList(request.Headers.Accept.OfType<string>().ToList(), out var types))
        {
            return false;
        }

        double html = 0, json = 0;
        foreach (var type in types)
        {
            var quality = type.Quality ?? 1.0;
            if (type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase))
            {
                html = Math.Max(html, quality);
            }
            else if (type.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
                || type.MediaType.Equals(GraphQLMediaTypes.GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                json = Math.Max(json, quality);
            }
        }

        return html > 0 && html > json;
    }

    private static async Task WritePageAsync(HttpContext http, IFileInfo file)
    {
        var response = http.Response;
        if (!file.Exists)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync(
                "The browser pages are not in this build (wwwroot/ui is missing). Build them with `npm --prefix web ci && npm --prefix web run build`, " +
                "or send GraphQL requests to /graphql with POST.").ConfigureAwait(false);
            return;
        }

        AddHeaders(response);
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = file.Length;
        response.Headers.Vary = HeaderNames.Accept;
        if (HttpMethods.IsHead(http.Request.Method))
        {
            return;
        }

        await response.SendFileAsync(file, http.RequestAborted).ConfigureAwait(false);
    }

    private static void AddHeaders(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        // The bundle's names carry no hash: the browser revalidates (ETag) so a new build shows at once.
        response.Headers.CacheControl = "no-cache";
    }
}
