BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $sandbox = Start-InnerSpaceSandbox -ArgumentList '--buildings', '3'
    Connect-InnerSpace -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential
    $day = [datetime]'2025-05-01'
}

AfterAll {
    $sandbox | Stop-InnerSpaceSandbox
}

Describe 'Get-ZoneInsight' {
    Context 'When every zone of a building is asked for' {
        BeforeAll {
            $rows = @(Get-ZoneInsight -BuildingId 71 -Date $day)
            $zones = @($rows.ZoneId | Select-Object -Unique)
        }

        It 'returns one typed row per zone and hour, ordered by time, then zone' {
            $zones.Count | Should -BeGreaterThan 1
            $rows.Count | Should -Be ($zones.Count * 24)
            $rows[0] | Should -BeOfType [InnerSpace.ZoneInsight]
            $rows[0].ZoneType | Should -Not -BeNullOrEmpty
            $rows[0].DateTimeStart | Should -Be $rows[$zones.Count - 1].DateTimeStart
            $rows[$zones.Count].DateTimeStart | Should -Be $rows[0].DateTimeStart.AddHours(1)
        }

        It 'reads one zone when given its id, with the same values' {
            $one = @(Get-ZoneInsight -ZoneId $zones[1] -Date $day)

            $one.Count | Should -Be 24
            $one.OccupancyMean | Should -Be @($rows | Where-Object ZoneId -EQ $zones[1]).OccupancyMean
        }

        It 'filters by zone type' {
            $type = $rows[0].ZoneType

            $typed = @(Get-ZoneInsight -BuildingId 71 -Date $day -ZoneType $type)

            $typed.ZoneType | Select-Object -Unique | Should -Be $type
        }
    }

    Context 'When the input is incomplete' {
        It 'asks for a zone or a building before any request' {
            { Get-ZoneInsight -Date $day } |
                Should -Throw -ErrorId 'ParameterInvalid,InnerSpace.Commands.GetZoneInsightCommand'
        }
    }
}
