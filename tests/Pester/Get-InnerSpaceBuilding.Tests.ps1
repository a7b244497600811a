BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $sandbox = Start-InnerSpaceSandbox -ArgumentList '--buildings', '5'
    Connect-InnerSpace -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential
}

AfterAll {
    $sandbox | Stop-InnerSpaceSandbox
}

Describe 'Get-InnerSpaceBuilding' {
    Context 'When the whole directory is asked for' {
        It 'lists every building, the demo building first, as typed objects' {
            $buildings = @(Get-InnerSpaceBuilding)

            $buildings.Count | Should -Be 5
            $buildings[0] | Should -BeOfType [InnerSpace.Building]
            $buildings[0].BuildingId | Should -Be 71
            $buildings[0].SiteId | Should -Be 900000222
            $buildings[0].TimeZone | Should -Be 'America/Chicago'
            $buildings.BuildingId | Should -Be ($buildings.BuildingId | Sort-Object)
        }
    }

    Context 'When some buildings are asked for' {
        It 'returns only those' {
            $buildings = @(Get-InnerSpaceBuilding -BuildingId 72, 71)

            $buildings.BuildingId | Should -Be 71, 72
        }

        It 'returns only the properties asked for' {
            $building = Get-InnerSpaceBuilding -BuildingId 71 -Property BuildingName, TIME_ZONE

            $building.PSObject.Properties.Name | Should -Be 'BuildingName', 'TimeZone'
        }
    }

    Context 'When its output is piped on' {
        It 'feeds Get-BuildingInsight by property name, and the rows survive Export-Csv' {
            $csv = Join-Path $TestDrive 'portfolio.csv'

            Get-InnerSpaceBuilding | Get-BuildingInsight -Date '2025-05-01' |
                Export-Csv -LiteralPath $csv -NoTypeInformation

            $rows = @(Import-Csv -LiteralPath $csv)
            $rows.Count | Should -Be (5 * 24)
            ($rows.BuildingId | Select-Object -Unique) | Should -Be '71', '72', '73', '74', '75'
        }
    }
}
