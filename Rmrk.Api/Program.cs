using Dapper;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Rmrk.Api;
using Rmrk.Api.Endpoints;
using Rmrk.Api.Queries;

var builder = WebApplication.CreateBuilder(args);

// The content root is the working folder, and scripts/run.sh starts the API from the repository root: the settings
// shipped beside the program apply wherever it starts, below the working folder's own, the environment and the command line.
builder.Configuration.Sources.Insert(0, new JsonConfigurationSource
{
    FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
    Path = "appsettings.json",
    Optional = true,
});
builder.Services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddSingleton<ReadOnlyDatabase>();
builder.Services.AddSingleton<NftQueries>();
// A query value that does not bind (limit=abc) is a 400 that says which and why, not a bare "Bad Request".
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
{
    if (context.Exception is BadHttpRequestException bad)
    {
        context.ProblemDetails.Detail = bad.Message;
    }
});
DefaultTypeMap.MatchNamesWithUnderscores = true;

var app = builder.Build();
try
{
    await app.Services.GetRequiredService<ReadOnlyDatabase>().EnsureCompatibleAsync(app.Lifetime.ApplicationStopping);
}
catch (Exception e) when (e is DatabaseUnusableException or OptionsValidationException)
{
    // A configuration the API cannot serve: one line naming it, not a stack trace and an abort.
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}

app.UseExceptionHandler(new ExceptionHandlerOptions
{
    StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,

    // The client's mistake, answered with a 400: not an error of ours to log with a stack trace.
    SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException,
});
app.UseStatusCodePages();
app.MapNftApi();
await app.RunAsync();
return 0;
