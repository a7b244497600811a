using Xunit;

namespace InnerSpace.Tests.Sandbox;

/// <summary>One sandbox shared by the tests of a class that only read data.</summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    public SandboxClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = await SandboxClient.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Client.DisposeAsync();
    }
}
