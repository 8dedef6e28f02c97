using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Rmrk.Api.Tests;

/// <summary>The real ASP.NET pipeline of Rmrk.Api (found through one of its types), pointed at a database file.</summary>
public sealed class ApiFactory(string database) : WebApplicationFactory<Rmrk.Api.ApiOptions>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("Rmrk:Database", database).UseSetting("Rmrk:MaxPageSize", "100");
}
