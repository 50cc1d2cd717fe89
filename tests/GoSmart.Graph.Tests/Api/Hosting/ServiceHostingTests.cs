using GoSmart.Graph.Api.Hosting;
using Microsoft.AspNetCore.Hosting;

namespace GoSmart.Graph.Tests.Api.Hosting;

public sealed class ServiceHostingTests
{
    [Fact]
    public void CreateBuilder_with_no_address_listens_on_the_default()
    {
        var builder = ServiceHosting.CreateBuilder([]);

        Assert.Equal(ServiceHosting.DefaultUrls, builder.Configuration[WebHostDefaults.ServerUrlsKey]);
    }

    [Theory]
    [InlineData("--urls=http://127.0.0.1:5391", "http://127.0.0.1:5391")]
    [InlineData("--http_ports=5391", null)]
    [InlineData("--https_ports=5391", null)]
    [InlineData("--Kestrel:Endpoints:Main:Url=http://127.0.0.1:5391", null)]
    public void CreateBuilder_with_an_address_given_sets_no_default(string argument, string? urls)
    {
        var builder = ServiceHosting.CreateBuilder([argument]);

        // With no urls, Kestrel takes the ports or its endpoints section; the default would hide them.
        Assert.Equal(urls, builder.Configuration[WebHostDefaults.ServerUrlsKey]);
    }

    [Fact]
    public void CreateBuilder_keeps_a_content_root_given_on_the_command_line()
    {
        using var folder = new Support.TempDirectory();

        var builder = ServiceHosting.CreateBuilder([$"--contentRoot={folder.Path}"]);

        Assert.Equal(Path.TrimEndingDirectorySeparator(folder.Path), Path.TrimEndingDirectorySeparator(builder.Environment.ContentRootPath));
    }
}
