using InnerSpace.Sandbox.Hosting;

return await SandboxCommandLine.RunAsync(args, Console.Out, Console.Error);
