# Dot-sourced by every Pester file: imports the module as build.ps1 staged it and gives
# access to the sandbox launcher, so the tests run what users run.

$script:RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
$script:ModulePath = Join-Path $RepoRoot 'out/InnerSpace/InnerSpace.psd1'
$script:SandboxLauncher = Join-Path $RepoRoot 'out/sandbox/SandboxProcess.psm1'

if (-not (Test-Path -LiteralPath $ModulePath)) {
    throw "The module is not staged at '$ModulePath'. Run ./build.ps1 first."
}

Import-Module $ModulePath -Force
Import-Module $SandboxLauncher -Force

function Get-SandboxStats {
    param([Parameter(Mandatory)] $Sandbox)

    Invoke-RestMethod -Uri ([uri]::new($Sandbox.BaseUri, 'sandbox/stats'))
}

function New-TestRunspace {
    # A fresh runspace with the module imported and no session of its own.
    $runspace = [powershell]::Create()
    $null = $runspace.AddCommand('Import-Module').AddParameter('Name', $ModulePath).Invoke()
    $runspace.Commands.Clear()
    $runspace
}
