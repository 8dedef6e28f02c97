using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Rmrk.Api.Tests;

/// <summary>
/// The real ASP.NET pipeline of Rmrk.Api (found through one of its types), pointed at a database file, with any
/// other settings given.
/// </summary>
public sealed class ApiFactory(string database, params (string Key, string Value)[] settings) : WebApplicationFactory<Rmrk.Api.ApiOptions>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Rmrk:Database", database).UseSetting("Rmrk:MaxPageSize", "100");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
