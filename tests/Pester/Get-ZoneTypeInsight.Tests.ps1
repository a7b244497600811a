BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $sandbox = Start-InnerSpaceSandbox -ArgumentList '--buildings', '3'
    Connect-InnerSpace -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential
    $day = [datetime]'2025-05-01'
}

AfterAll {
    $sandbox | Stop-InnerSpaceSandbox
}

Describe 'Get-ZoneTypeInsight' {
    It 'returns one typed row per zone type and hour, from buildings piped by value' {
        $rows = @(71, 72 | Get-ZoneTypeInsight -Date $day)
        $types = @($rows | Where-Object BuildingId -EQ 71 | Select-Object -ExpandProperty ZoneType -Unique)

        $rows[0] | Should -BeOfType [InnerSpace.ZoneTypeInsight]
        $types.Count | Should -BeGreaterThan 1
        @($rows | Where-Object BuildingId -EQ 71).Count | Should -Be ($types.Count * 24)
        $rows[-1].BuildingId | Should -Be 72
    }

    It 'keeps only the zone types asked for' {
        $all = @(Get-ZoneTypeInsight 71 -Date $day -Granularity P1D)

        $some = @(Get-ZoneTypeInsight 71 -Date $day -Granularity P1D -ZoneType $all[0].ZoneType)

        $some.Count | Should -Be 1
        $some[0].OccupancyMean | Should -Be $all[0].OccupancyMean
    }
}
