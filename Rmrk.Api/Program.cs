using Dapper;
using Rmrk.Api;
using Rmrk.Api.Endpoints;
using Rmrk.Api.Queries;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddSingleton<ReadOnlyDatabase>();
builder.Services.AddSingleton<NftQueries>();
builder.Services.AddProblemDetails();
DefaultTypeMap.MatchNamesWithUnderscores = true;

var app = builder.Build();
await app.Services.GetRequiredService<ReadOnlyDatabase>().EnsureCompatibleAsync(app.Lifetime.ApplicationStopping);
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapNftApi();
await app.RunAsync();
