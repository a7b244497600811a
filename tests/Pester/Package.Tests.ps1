# The package that 'build.ps1 -Task Package' makes, made here by the same script from the
# staged module, then installed the ways users install modules and used from a fresh
# session. Nothing is installed outside $TestDrive: repositories are registered in a
# settings folder under it, and installs go to a module path or a home folder under it.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    . (Join-Path $PSScriptRoot 'FreshProcess.ps1')
    $sandbox = Start-InnerSpaceSandbox

    $version = (Import-PowerShellDataFile -LiteralPath $ModulePath).ModuleVersion
    $packageFolder = Join-Path $TestDrive 'package'
    $packed = Invoke-PwshProcess -Environment @{
        PACKAGE_SCRIPT = Join-Path $RepoRoot 'build/ModulePackage.ps1'
        MODULE_FOLDER  = Split-Path $ModulePath
        PACKAGE_FOLDER = $packageFolder
        LICENSE_FILE   = Join-Path $RepoRoot 'LICENSE'
    } -Script @'
& $env:PACKAGE_SCRIPT -ModulePath $env:MODULE_FOLDER -OutputPath $env:PACKAGE_FOLDER -ExtraFile $env:LICENSE_FILE
'@
    $nupkg = Join-Path $packageFolder "InnerSpace.$version.nupkg"

    # Installs from the package folder as a file repository: Save-PSResource into a folder,
    # and where the home folder can be redirected, Install-PSResource for the current user.
    # Repository settings and the current user's modules both live under that home.
    $home_ = Join-Path $TestDrive 'home'
    $isolated = @{ HOME = $home_; XDG_DATA_HOME = Join-Path $home_ '.local/share' }
    $saved = Join-Path $TestDrive 'saved-modules'
    $null = New-Item -ItemType Directory -Path $isolated.XDG_DATA_HOME, $saved
    $installEnvironment = $isolated + @{ PACKAGE_FOLDER = $packageFolder; SAVED = $saved }
    $installed = Invoke-PwshProcess -Environment $installEnvironment -Script @'
Register-PSResourceRepository -Name InnerSpaceTest -Uri $env:PACKAGE_FOLDER -Trusted
try {
    Save-PSResource -Name InnerSpace -Repository InnerSpaceTest -Path $env:SAVED -TrustRepository -Quiet
    if (-not $IsWindows) {
        Install-PSResource -Name InnerSpace -Repository InnerSpaceTest -Scope CurrentUser -TrustRepository -Quiet
    }
}
finally {
    Unregister-PSResourceRepository -Name InnerSpaceTest
}
'@
}

AfterAll {
    $sandbox | Stop-InnerSpaceSandbox
}

Describe 'InnerSpace package' {
    Context 'Contents' {
        It 'is made without an error' {
            $packed.ExitCode | Should -Be 0 -Because $packed.Errors
            $packed.Output[-1] | Should -Be $nupkg
        }

        It 'holds a module folder named after the manifest version that passes Test-ModuleManifest' {
            $manifest = Join-Path $packageFolder "InnerSpace/$version/InnerSpace.psd1"

            { Test-ModuleManifest -Path $manifest -ErrorAction Stop } | Should -Not -Throw
        }

        It 'ships the module, its dependency, views, help and licence in the .nupkg' {
            Add-Type -AssemblyName System.IO.Compression.FileSystem
            $zip = [System.IO.Compression.ZipFile]::OpenRead($nupkg)
            try {
                $entries = @($zip.Entries.FullName)
            }
            finally {
                $zip.Dispose()
            }

            foreach ($file in 'InnerSpace.psd1', 'InnerSpace.dll', 'Newtonsoft.Json.dll', 'InnerSpace.format.ps1xml',
                'en-US/InnerSpace.dll-Help.xml', 'en-US/about_InnerSpace.help.txt', 'LICENSE', 'InnerSpace.nuspec') {
                $entries | Should -Contain $file
            }
        }
    }

    Context 'Install' {
        It 'installs from the package folder registered as a file repository' {
            $installed.ExitCode | Should -Be 0 -Because $installed.Errors
        }

        It 'saves, with Save-PSResource, a versioned module folder that passes Test-ModuleManifest' {
            $manifest = Join-Path $saved "InnerSpace/$version/InnerSpace.psd1"

            { Test-ModuleManifest -Path $manifest -ErrorAction Stop } | Should -Not -Throw
        }

        It 'imports by name in a fresh session and reads 24 hours of building 71 from the sandbox' {
            # Windows takes its profile folders from the system, not the environment, so there
            # the saved copy stands in for the one Install-PSResource would put in Documents.
            $environment = if ($IsWindows) {
                @{ PSModulePath = $saved + [System.IO.Path]::PathSeparator + $env:PSModulePath }
            }
            else {
                $isolated
            }

            $run = Invoke-PwshProcess -Environment ($environment + @{
                    SANDBOX_URI              = $sandbox.BaseUri
                    INNERSPACE_CLIENT_ID     = 'demo-client-id'
                    INNERSPACE_CLIENT_SECRET = 'demo-client-secret'
                }) -Script @'
Import-Module InnerSpace
Connect-InnerSpace -BaseUri $env:SANDBOX_URI
[pscustomobject]@{
    ModuleBase = (Get-Module InnerSpace).ModuleBase
    Rows       = @(Get-BuildingInsight -BuildingId 71 -Date 2025-05-01).Count
    Synopsis   = (Get-Help Get-BuildingInsight).Synopsis
} | ConvertTo-Json -Compress
'@
            $run.ExitCode | Should -Be 0 -Because $run.Errors
            $result = $run.Output[-1] | ConvertFrom-Json

            $result.ModuleBase | Should -BeLike "$(if ($IsWindows) { $saved } else { $home_ })*InnerSpace*$version"
            $result.Rows | Should -Be 24
            $result.Synopsis | Should -Match 'occupancy insights'
        }
    }
}
