# Dot-sourced by the tests that need a PowerShell process of their own: which assembly
# wins, what an installed package does and what a first import sees can only be observed
# in a process that has loaded nothing yet.

function Invoke-PwshProcess {
    # Runs a script in a new process of the PowerShell running the tests (the dotnet host
    # with pwsh.dll under 'dotnet pwsh', pwsh itself otherwise). Values reach the script
    # through -Environment, never pasted into its text. Returns the exit code, what the
    # script wrote to the output (one string per line) and to the error stream.
    param(
        [Parameter(Mandatory)] [string] $Script,
        [hashtable] $Environment = @{},
        [string] $WorkingDirectory = $TestDrive,
        [int] $TimeoutSec = 60
    )

    $executable = [Environment]::ProcessPath
    $start = [System.Diagnostics.ProcessStartInfo]::new($executable)
    if ([System.IO.Path]::GetFileNameWithoutExtension($executable) -eq 'dotnet') {
        $start.ArgumentList.Add((Join-Path $PSHOME 'pwsh.dll'))
    }

    $encoded = [Convert]::ToBase64String([System.Text.Encoding]::Unicode.GetBytes(
        "`$ErrorActionPreference = 'Stop'`n" + $Script))
    foreach ($argument in '-NoProfile', '-NonInteractive', '-EncodedCommand', $encoded) {
        $start.ArgumentList.Add($argument)
    }

    $start.WorkingDirectory = $WorkingDirectory
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardError = $true
    $start.UseShellExecute = $false
    $start.Environment['NO_COLOR'] = '1'
    foreach ($name in $Environment.Keys) {
        $start.Environment[$name] = [string]$Environment[$name]
    }

    $process = [System.Diagnostics.Process]::Start($start)
    try {
        $output = $process.StandardOutput.ReadToEndAsync()
        $errors = $process.StandardError.ReadToEndAsync()
        if (-not $process.WaitForExit($TimeoutSec * 1000)) {
            $process.Kill($true)
            throw "The fresh pwsh process did not end within $TimeoutSec s."
        }

        $process.WaitForExit()
        [pscustomobject]@{
            ExitCode = $process.ExitCode
            Output   = @($output.Result -split '\r?\n' | Where-Object { $_ -ne '' })
            Errors   = $errors.Result
        }
    }
    finally {
        $process.Dispose()
    }
}

function Get-NewtonsoftJsonPath {
    # The netstandard2.0 Newtonsoft.Json.dll of a version, from the NuGet cache; restores a
    # throwaway project into $TestDrive first when the cache does not hold it yet.
    param([Parameter(Mandatory)] [string] $Version)

    $line = & dotnet nuget locals global-packages --list
    if ("$line" -notmatch 'global-packages:\s*(.+)$') {
        throw "Could not ask dotnet where NuGet keeps packages: $line"
    }

    $dll = Join-Path $Matches[1].Trim() "newtonsoft.json/$Version/lib/netstandard2.0/Newtonsoft.Json.dll"
    if (-not (Test-Path -LiteralPath $dll)) {
        $project = Join-Path $TestDrive "restore-newtonsoft-$Version"
        $null = New-Item -ItemType Directory -Path $project -Force
        Set-Content -LiteralPath (Join-Path $project 'Restore.csproj') -Value @"
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>netstandard2.0</TargetFramework></PropertyGroup>
  <ItemGroup><PackageReference Include="Newtonsoft.Json" Version="$Version" /></ItemGroup>
</Project>
"@
        $restore = & dotnet restore $project -nologo 2>&1
        if ($LASTEXITCODE -ne 0 -or -not (Test-Path -LiteralPath $dll)) {
            throw "Could not restore Newtonsoft.Json $Version from NuGet: $restore"
        }
    }

    $dll
}
