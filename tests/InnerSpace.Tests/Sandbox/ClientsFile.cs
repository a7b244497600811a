namespace InnerSpace.Tests.Sandbox;

/// <summary>A --clients file in the temp folder, deleted on dispose.</summary>
internal sealed class ClientsFile : IDisposable
{
    public ClientsFile(string json)
    {
        Path = System.IO.Path.Combine(
            System.IO.Path.GetTempPath(), $"sandbox-clients-{Guid.NewGuid():N}.json");
        File.WriteAllText(Path, json);
    }

    public string Path { get; }

    public void Dispose()
    {
        File.Delete(Path);
    }
}
