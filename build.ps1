<#
.SYNOPSIS
Builds, tests and demonstrates the InnerSpace module.

.DESCRIPTION
Needs only the .NET SDK: run it as 'dotnet pwsh -NoProfile -File ./build.ps1' after
'dotnet tool restore'. Everything else (Pester, the packages) comes from NuGet.

  Build  compiles the solution and stages the module in out/InnerSpace and the sandbox
         in out/sandbox.
  Test   builds, runs the xunit and Pester tests, and ends with one line
         'N passed, N failed, N skipped'. Exits 1 when anything failed.
  Demo   builds, starts the sandbox, connects, exports a day of building 71 to a CSV
         under out/demo, shows it as a table and stops the sandbox.
  Bench  builds, then runs bench/Bench.ps1: speed and memory against Invoke-RestMethod,
         the Python client and the floor (minutes; see docs/performance.md).
  Clean  removes out/ and every bin/ and obj/ folder.
  Package
         builds, then packs the module into out/package: a versioned module folder
         (out/package/InnerSpace/<version>) and InnerSpace.<version>.nupkg, which
         Install-PSResource or Install-Module installs from that folder as a repository.
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Demo', 'Bench', 'Clean', 'Package')]
    [string] $Task = 'Build',

    [ValidateSet('Release', 'Debug')]
    [string] $Configuration = 'Release'
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

$root = $PSScriptRoot
$out = Join-Path $root 'out'
$moduleOut = Join-Path $out 'InnerSpace'
$sandboxOut = Join-Path $out 'sandbox'

function Invoke-Native {
    # Runs a native command and stops the build when it fails.
    param([Parameter(Mandatory)] [string] $Command, [string[]] $Arguments = @())

    & $Command @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "'$Command $($Arguments -join ' ')' failed with exit code $LASTEXITCODE."
    }
}

function Invoke-Build {
    Invoke-Native dotnet @('build', (Join-Path $root 'InnerSpace.sln'), '-c', $Configuration,
        '-nologo', '-v:minimal')

    # Publishing stages only what ships: the reference System.Management.Automation.dll of
    # PowerShellStandard.Library stays behind, and Newtonsoft.Json.dll comes along.
    Remove-Item -LiteralPath $moduleOut, $sandboxOut -Recurse -Force -ErrorAction Ignore
    Invoke-Native dotnet @('publish', (Join-Path $root 'src/InnerSpace'), '-c', $Configuration,
        '--no-build', '-nologo', '-v:quiet', '-o', $moduleOut)
    Invoke-Native dotnet @('publish', (Join-Path $root 'src/InnerSpace.Sandbox'), '-c',
        $Configuration, '--no-build', '-nologo', '-v:quiet', '-o', $sandboxOut)

    Copy-Item -LiteralPath (Join-Path $root 'InnerSpace.psd1') -Destination $moduleOut
    Get-ChildItem -LiteralPath $moduleOut -Include '*.deps.json', 'InnerSpace.xml' -Recurse |
        Remove-Item -Force
    Invoke-HelpBuild
    Write-Host "Module staged in $moduleOut; sandbox in $sandboxOut"
}

function Invoke-FreshPwsh {
    # Runs a script in a new PowerShell process, the one running this build: the dotnet
    # host with pwsh.dll under 'dotnet pwsh', pwsh itself otherwise.
    param([Parameter(Mandatory)] [string] $File, [string[]] $Arguments = @())

    $executable = [Environment]::ProcessPath
    $lead = @()
    if ([System.IO.Path]::GetFileNameWithoutExtension($executable) -eq 'dotnet') {
        $lead = @(Join-Path $PSHOME 'pwsh.dll')
    }

    $arguments = @($lead) + @('-NoProfile', '-NonInteractive', '-File', $File) + $Arguments
    Invoke-Native $executable $arguments
}

function Invoke-HelpBuild {
    # Compiles docs/help/*.md into en-US/InnerSpace.dll-Help.xml and copies the about_
    # topics, in a fresh process since it imports the module it documents.
    Invoke-FreshPwsh (Join-Path $root 'build/HelpCompiler.ps1') @(
        '-ModuleManifest', (Join-Path $moduleOut 'InnerSpace.psd1'),
        '-SourcePath', (Join-Path $root 'docs/help'),
        '-OutputPath', (Join-Path $moduleOut 'en-US'))
}

function Invoke-Package {
    Invoke-Build
    Invoke-FreshPwsh (Join-Path $root 'build/ModulePackage.ps1') @(
        '-ModulePath', $moduleOut,
        '-OutputPath', (Join-Path $out 'package'),
        '-ExtraFile', (Join-Path $root 'LICENSE'))
}

function Get-NuGetPackageFolder {
    $line = & dotnet nuget locals global-packages --list
    if ($LASTEXITCODE -ne 0 -or "$line" -notmatch 'global-packages:\s*(.+)$') {
        throw "Could not ask dotnet where NuGet keeps packages: $line"
    }

    $Matches[1].Trim()
}

function Invoke-XunitTests {
    $results = Join-Path $out 'test-results'
    Remove-Item -LiteralPath $results -Recurse -Force -ErrorAction Ignore

    & dotnet test (Join-Path $root 'tests/InnerSpace.Tests') -c $Configuration --no-build `
        -nologo --logger 'trx;LogFileName=xunit.trx' --results-directory $results
    $trx = Join-Path $results 'xunit.trx'
    if (-not (Test-Path -LiteralPath $trx)) {
        throw "dotnet test wrote no results (exit code $LASTEXITCODE)."
    }

    $counters = ([xml](Get-Content -LiteralPath $trx -Raw)).TestRun.ResultSummary.Counters
    [pscustomobject]@{
        Passed  = [int]$counters.passed
        Failed  = [int]$counters.failed + [int]$counters.error + [int]$counters.timeout
        Skipped = [int]$counters.notExecuted
    }
}

function Invoke-PesterTests {
    $pester = Join-Path (Get-NuGetPackageFolder) 'pester/5.7.1/tools/Pester.psd1'
    if (-not (Test-Path -LiteralPath $pester)) {
        throw "Pester 5.7.1 is missing at '$pester'; 'dotnet build' of the tests restores it."
    }

    Import-Module $pester -Force
    $configuration = New-PesterConfiguration
    $configuration.Run.Path = Join-Path $root 'tests/Pester'
    $configuration.Run.PassThru = $true
    $configuration.Output.Verbosity = 'Detailed'
    $run = Invoke-Pester -Configuration $configuration

    [pscustomobject]@{
        Passed  = $run.PassedCount
        Failed  = $run.FailedCount + $run.FailedBlocksCount + $run.FailedContainersCount
        Skipped = $run.SkippedCount + $run.NotRunCount
    }
}

function Invoke-Test {
    Invoke-Build
    $suites = @(Invoke-XunitTests; Invoke-PesterTests)

    $passed = ($suites | Measure-Object -Property Passed -Sum).Sum
    $failed = ($suites | Measure-Object -Property Failed -Sum).Sum
    $skipped = ($suites | Measure-Object -Property Skipped -Sum).Sum
    Write-Host "$passed passed, $failed failed, $skipped skipped"
    if ($failed -gt 0 -or $passed -eq 0) {
        exit 1
    }
}

function Invoke-Demo {
    Invoke-Build
    Import-Module (Join-Path $sandboxOut 'SandboxProcess.psm1') -Force
    $sandbox = Start-InnerSpaceSandbox
    try {
        Write-Host "Sandbox listening on $($sandbox.BaseUri)"
        Import-Module $moduleOut -Force
        Connect-InnerSpace -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential

        $demo = Join-Path $out 'demo'
        $null = New-Item -ItemType Directory -Path $demo -Force
        $csv = Join-Path $demo 'building-71-2025-05-01-PT1H.csv'
        $rows = Get-BuildingInsight -BuildingId 71 -Date '2025-05-01' -Granularity PT1H
        $rows | Export-Csv -LiteralPath $csv -NoTypeInformation

        $rows | Format-Table | Out-Host
        Write-Host "CSV written to $csv"
    }
    finally {
        $sandbox | Stop-InnerSpaceSandbox
    }
}

function Invoke-Bench {
    Invoke-Build
    & (Join-Path $root 'bench/Bench.ps1')
}

function Invoke-Clean {
    Remove-Item -LiteralPath $out -Recurse -Force -ErrorAction Ignore
    Get-ChildItem -LiteralPath (Join-Path $root 'src'), (Join-Path $root 'tests') -Directory `
        -Recurse -Include 'bin', 'obj' | Remove-Item -Recurse -Force
}

switch ($Task) {
    'Build' { Invoke-Build }
    'Test' { Invoke-Test }
    'Demo' { Invoke-Demo }
    'Bench' { Invoke-Bench }
    'Clean' { Invoke-Clean }
    'Package' { Invoke-Package }
}
