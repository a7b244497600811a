# The module as a whole: its manifest, removal and re-import in one session, and the
# default views of what it writes.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $sandbox = Start-InnerSpaceSandbox
    $manifest = Import-PowerShellDataFile -LiteralPath $ModulePath
}

AfterAll {
    $sandbox | Stop-InnerSpaceSandbox
    Import-Module $ModulePath -Force
}

Describe 'InnerSpace module' {
    Context 'Manifest' {
        It 'passes Test-ModuleManifest' {
            { Test-ModuleManifest -Path $ModulePath -ErrorAction Stop } | Should -Not -Throw
        }

        It 'lists its cmdlets by name, without wildcards, and exports exactly those' {
            $listed = @($manifest.CmdletsToExport)

            $listed | Where-Object { $_ -match '[*?]' } | Should -BeNullOrEmpty
            @((Get-Module InnerSpace).ExportedCmdlets.Keys | Sort-Object) | Should -Be @($listed | Sort-Object)
        }

        It 'runs on Windows PowerShell 5.1 and PowerShell 7, with its views' {
            $manifest.CompatiblePSEditions | Should -Be @('Desktop', 'Core')
            $manifest.PowerShellVersion | Should -Be '5.1'
            $manifest.FormatsToProcess | Should -Be @('InnerSpace.format.ps1xml')
        }

        It 'carries what a gallery shows: version, id, author, licence, tags, notes' {
            [version]$manifest.ModuleVersion | Should -BeOfType [version]
            [guid]$manifest.GUID | Should -Not -Be ([guid]::Empty)
            $manifest.Author | Should -Not -BeNullOrEmpty
            $manifest.Description | Should -Not -BeNullOrEmpty

            $data = $manifest.PrivateData.PSData
            $data.Tags | Should -Contain 'InnerSpace'
            ([uri]$data.LicenseUri).IsAbsoluteUri | Should -BeTrue
            $data.ReleaseNotes | Should -Match ([regex]::Escape($manifest.ModuleVersion))
        }
    }

    Context 'Remove-Module and Import-Module again' {
        It 'imports again in the same session after Remove-Module' {
            Remove-Module InnerSpace
            Import-Module $ModulePath

            Get-Command Get-BuildingInsight -Module InnerSpace | Should -Not -BeNullOrEmpty
        }

        It 'leaves no default session behind, and ends the one it had' {
            $before = Connect-InnerSpace -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential -PassThru

            Remove-Module InnerSpace
            Import-Module $ModulePath

            Get-InnerSpaceSession | Should -BeNullOrEmpty
            $before.IsConnected | Should -BeFalse
            { Get-BuildingInsight 71 2025-05-01 } |
                Should -Throw -ErrorId 'SessionNotConnected,InnerSpace.Commands.GetBuildingInsightCommand'
        }

        It 'connects and reads as before after the re-import' {
            Remove-Module InnerSpace
            Import-Module $ModulePath

            Connect-InnerSpace -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential

            @(Get-BuildingInsight 71 2025-05-01).Count | Should -Be 24
        }

        It 'ends only the default session of the runspace that removes the module' {
            $other = New-TestRunspace
            try {
                $null = $other.AddCommand('Connect-InnerSpace').AddParameter('BaseUri', $sandbox.BaseUri).
                    AddParameter('Credential', $sandbox.Credential).Invoke()
                $other.Commands.Clear()
                Connect-InnerSpace -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential

                Remove-Module InnerSpace
                Import-Module $ModulePath

                $session = $other.AddCommand('Get-InnerSpaceSession').Invoke()
                $session.IsConnected | Should -BeTrue
            }
            finally {
                $other.Dispose()
            }
        }
    }

    Context 'Views' {
        BeforeAll {
            Connect-InnerSpace -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential
        }

        It 'shows insight rows as a table of building, day, bucket and occupancy' {
            $rows = Get-BuildingInsight 71 2025-05-01

            $table = $rows | Format-Table | Out-String -Width 200

            $table | Should -Match 'BuildingId\s+DatePartition\s+Granularity\s+DateTimeStart \(UTC\)\s+OccupancyMean'
            $table | Should -Match '71\s+2025-05-01\s+PT1H\s+2025-05-01 \d\d:00\s+\d+[.,]\d\d'
            $table | Should -Not -Match 'SiteId|GroupId'
        }

        It 'shows a session as where, as whom and how busy, with nothing secret' {
            $table = Get-InnerSpaceSession | Format-Table | Out-String -Width 200

            $table | Should -Match 'ClientId\s+BaseUri\s+Connected\s+Requests\s+Refreshes'
            $table | Should -Match 'demo-client-id\s+\S+\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+\d+\s+\d+'
            $table | Should -Match 'demo-client-id'
            $table | Should -Not -Match 'demo-client-secret'
        }
    }
}
