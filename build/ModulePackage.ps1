<#
.SYNOPSIS
Packages a staged module as a versioned module folder and a .nupkg that PSResourceGet and
PowerShellGet install.

.DESCRIPTION
Copies the staged module (out/InnerSpace) and the extra files given (LICENSE) into
<OutputPath>/<Name>/<ModuleVersion>, checks the manifest there with Test-ModuleManifest,
and packs that folder with Publish-PSResource into <OutputPath>/<Name>.<Version>.nupkg,
through a file repository registered for the occasion and removed afterwards.
<OutputPath> is itself a file repository then: Register-PSResourceRepository (or
Register-PSRepository) on it, and Install-PSResource (or Install-Module) installs.

Run it in a fresh process, as build.ps1 and the Pester test do. On Linux and macOS the
repository registration is kept out of the user's own PSResourceGet settings by pointing
XDG_DATA_HOME at a temporary folder before PSResourceGet first reads its settings; on
Windows the temporary repository is unregistered again in any case. Needs no network.

Writes the path of the .nupkg.
#>
[CmdletBinding()]
[OutputType([string])]
param(
    # The staged module folder, holding <Name>.psd1.
    [Parameter(Mandatory)]
    [string] $ModulePath,

    # Where the versioned folder and the .nupkg go; emptied of an earlier package first.
    [Parameter(Mandatory)]
    [string] $OutputPath,

    # Files that ship in the package beside the module, such as LICENSE.
    [string[]] $ExtraFile = @()
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

$ModulePath = (Resolve-Path -LiteralPath $ModulePath).Path
$OutputPath = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($OutputPath)
$name = Split-Path -Leaf $ModulePath
$manifest = Import-PowerShellDataFile -LiteralPath (Join-Path $ModulePath "$name.psd1")
$version = $manifest.ModuleVersion

# A folder named after the version, inside one named after the module: the layout every
# PSModulePath entry expects, and what Publish-PSResource packs.
$versioned = Join-Path $OutputPath $name $version
Remove-Item -LiteralPath (Join-Path $OutputPath $name) -Recurse -Force -ErrorAction Ignore
Get-ChildItem -LiteralPath $OutputPath -Filter "$name.*.nupkg" -ErrorAction Ignore | Remove-Item -Force
$null = New-Item -ItemType Directory -Path $versioned -Force
Copy-Item -Path (Join-Path $ModulePath '*') -Destination $versioned -Recurse
foreach ($file in $ExtraFile) {
    Copy-Item -LiteralPath $file -Destination $versioned
}

$null = Test-ModuleManifest -Path (Join-Path $versioned "$name.psd1")

if (-not $IsWindows) {
    # .NET ignores a settings folder that does not exist yet and falls back to the current
    # directory, so it is created first.
    $env:XDG_DATA_HOME = Join-Path ([System.IO.Path]::GetTempPath()) "psresourceget-$([guid]::NewGuid())"
    $null = New-Item -ItemType Directory -Path $env:XDG_DATA_HOME
}

$repository = "InnerSpaceBuild-$([guid]::NewGuid().ToString('n'))"
try {
    Register-PSResourceRepository -Name $repository -Uri $OutputPath -Trusted
    Publish-PSResource -Path $versioned -Repository $repository
}
finally {
    Unregister-PSResourceRepository -Name $repository -ErrorAction Ignore
    if (-not $IsWindows) {
        Remove-Item -LiteralPath $env:XDG_DATA_HOME -Recurse -Force -ErrorAction Ignore
    }
}

$package = Join-Path $OutputPath "$name.$version.nupkg"
if (-not (Test-Path -LiteralPath $package)) {
    throw "Publish-PSResource wrote no '$package'."
}

$package
