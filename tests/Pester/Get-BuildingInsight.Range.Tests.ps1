BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $sandbox = Start-InnerSpaceSandbox -ArgumentList '--buildings', '5'
    Connect-InnerSpace -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential

    $buildings = 71, 72, 73
    $range = @{ StartDate = '2025-05-01'; EndDate = '2025-05-10' }
}

AfterAll {
    $sandbox | Stop-InnerSpaceSandbox
}

Describe 'Get-BuildingInsight over ranges and many buildings' {
    Context 'When three buildings and ten days are asked at PT1H' {
        BeforeAll {
            $rows = @(Get-BuildingInsight -BuildingId $buildings @range -ThrottleLimit 8)
        }

        It 'returns every hour of every day of every building' {
            $rows.Count | Should -Be (3 * 10 * 24)
        }

        It 'orders rows by building, then time' {
            $rows.BuildingId | Select-Object -Unique | Should -Be $buildings
            foreach ($building in $buildings) {
                $starts = @($rows | Where-Object BuildingId -EQ $building).DateTimeStart
                $sorted = $starts | Sort-Object
                $starts | Should -Be $sorted
            }
        }

        It 'gives the same output with -ThrottleLimit 1 as with 8' {
            $serial = Get-BuildingInsight -BuildingId $buildings @range -ThrottleLimit 1

            ($serial | ConvertTo-Csv) | Should -Be ($rows | ConvertTo-Csv)
        }
    }

    Context 'When input comes from the pipeline' {
        It 'reads building ids from Import-Csv' {
            $csv = Join-Path $TestDrive 'buildings.csv'
            'BuildingId,Name', '71,Demo', '72,Second' | Set-Content -LiteralPath $csv

            $rows = @(Import-Csv -LiteralPath $csv | Get-BuildingInsight -Date '2025-05-01')

            $rows.Count | Should -Be 48
            $rows[0].BuildingId | Should -Be 71
            $rows[-1].BuildingId | Should -Be 72
        }
    }

    Context 'When the output goes to a CSV file' {
        It 'round-trips every value in the <Culture> culture' -TestCases @(
            @{ Culture = 'de-DE' }
            @{ Culture = 'en-US' }
        ) {
            $saved = [cultureinfo]::CurrentCulture
            $csv = Join-Path $TestDrive "rows-$Culture.csv"
            try {
                [cultureinfo]::CurrentCulture = $Culture
                $rows = @(Get-BuildingInsight 71 '2025-05-01')
                $rows | Export-Csv -LiteralPath $csv -NoTypeInformation
                $back = @(Import-Csv -LiteralPath $csv)
                $culture = [cultureinfo]::CurrentCulture

                $back.Count | Should -Be 24
                foreach ($index in 0..23) {
                    [double]::Parse($back[$index].OccupancyMean, $culture) |
                        Should -Be $rows[$index].OccupancyMean
                    [DateTimeOffset]::Parse($back[$index].DateTimeStart, $culture) |
                        Should -Be $rows[$index].DateTimeStart
                    [datetime]::Parse($back[$index].DatePartition, $culture) |
                        Should -Be $rows[$index].DatePartition
                    [long]$back[$index].SiteId | Should -Be $rows[$index].SiteId
                }
            }
            finally {
                [cultureinfo]::CurrentCulture = $saved
            }
        }
    }

    Context 'When only some rows are wanted' {
        It 'stops further requests once -First rows were written' {
            $before = (Get-SandboxStats $sandbox).queries

            $rows = @(Get-BuildingInsight -BuildingId $buildings @range -First 5 -ThrottleLimit 1)

            $rows.Count | Should -Be 5
            (Get-SandboxStats $sandbox).queries - $before | Should -Be 1
        }

        It 'stops further requests when Select-Object -First has enough' {
            $before = (Get-SandboxStats $sandbox).queries

            $rows = @(Get-BuildingInsight -BuildingId $buildings @range -ThrottleLimit 1 |
                Select-Object -First 3)

            $rows.Count | Should -Be 3
            (Get-SandboxStats $sandbox).queries - $before | Should -Be 1
        }

        It 'skips with -Skip across buildings' {
            $all = @(Get-BuildingInsight -BuildingId 71, 72 -Date '2025-05-01')

            $page = @(Get-BuildingInsight -BuildingId 71, 72 -Date '2025-05-01' -Skip 20 -First 10)

            ($page | ConvertTo-Csv) | Should -Be ($all[20..29] | ConvertTo-Csv)
        }

        It 'returns only the properties asked for, in the order asked' {
            $rows = @(Get-BuildingInsight 71 '2025-05-01' -Property OCCUPANCY_MEAN, DateTimeStart)

            $rows.Count | Should -Be 24
            $rows[0].PSObject.Properties.Name | Should -Be 'OccupancyMean', 'DateTimeStart'
        }

        It 'expands wildcards over the known properties' {
            $row = Get-BuildingInsight 71 '2025-05-01' -Property Date* -First 1

            $row.PSObject.Properties.Name | Should -Be 'DateTimeStart', 'DatePartition'
        }

        It 'refuses a property name that cannot be a field, before any request' {
            $before = (Get-SandboxStats $sandbox).queries

            { Get-BuildingInsight 71 '2025-05-01' -Property 'X } } query Evil {' } |
                Should -Throw -ErrorId 'ParameterInvalid,InnerSpace.Commands.GetBuildingInsightCommand'

            (Get-SandboxStats $sandbox).queries | Should -Be $before
        }

        It 'passes an unknown property to the server and shows its error once' {
            $rows = Get-BuildingInsight $buildings @range -Property OccupancyMean, OCCUPANCY_P95 `
                -ErrorVariable failures -ErrorAction SilentlyContinue

            $rows | Should -BeNullOrEmpty
            $failures.Count | Should -Be 1
            $failures[0].FullyQualifiedErrorId |
                Should -Be 'ApiGraphQLError,InnerSpace.Commands.GetBuildingInsightCommand'
            $failures[0].Exception.Message | Should -Match 'OCCUPANCY_P95'
        }

        It 'takes ranges from piped rows that carry StartDate and EndDate' {
            $ranges = @(
                [pscustomobject]@{ BuildingId = 71; StartDate = '2025-05-01'; EndDate = '2025-05-02' }
                [pscustomobject]@{ BuildingId = 72; StartDate = '2025-05-03'; EndDate = '2025-05-03' }
            )

            $rows = @($ranges | Get-BuildingInsight -Granularity P1D)

            $rows.Count | Should -Be 3
            $days = '2025-05-01', '2025-05-02', '2025-05-03' | ForEach-Object { [datetime]$_ }
            $rows.DatePartition | Should -Be $days
        }

        It 'refuses days given two ways, or half a range' -TestCases @(
            @{ Days = @{ Date = '2025-05-01'; Last = 3 } }
            @{ Days = @{ StartDate = '2025-05-01' } }
            @{ Days = @{} }
        ) {
            { Get-BuildingInsight 71 @Days } |
                Should -Throw -ErrorId 'ParameterInvalid,InnerSpace.Commands.GetBuildingInsightCommand'
        }

        It 'does not warn about empty answers when paging may be why' {
            $null = Get-BuildingInsight 71 '2025-05-01' -Skip 1000 -WarningVariable warned

            $warned | Should -BeNullOrEmpty
        }
    }

    Context 'When the dates are relative or impossible' {
        It 'asks for the days ending yesterday with -Last' {
            $yesterday = [datetime]::Today.AddDays(-1).ToString('yyyyMMdd')
            $first = [datetime]::Today.AddDays(-7).ToString('yyyyMMdd')

            $debug = Get-BuildingInsight 71 -Last 7 -Debug 5>&1 | Out-String

            $debug | Should -Match "`"v1`":$first"
            $debug | Should -Match "`"v2`":$yesterday"
        }

        It 'refuses an end date before the start date before any request' {
            $before = (Get-SandboxStats $sandbox).queries

            { Get-BuildingInsight 71 -StartDate '2025-05-10' -EndDate '2025-05-01' } |
                Should -Throw -ErrorId 'ParameterInvalid,InnerSpace.Commands.GetBuildingInsightCommand'

            (Get-SandboxStats $sandbox).queries | Should -Be $before
        }

        It 'warns that PT15M is being retired' {
            $null = Get-BuildingInsight 71 '2025-05-01' -Granularity PT15M -WarningVariable warned `
                -WarningAction SilentlyContinue

            $warned | Should -Match 'retiring the PT15M'
        }
    }
}

Describe 'Get-BuildingInsight and the forms of DATE_TIME_START' {
    BeforeAll {
        # From the file's sandbox, which writes UTC with Z.
        $reference = Get-BuildingInsight 71, 72 -StartDate '2025-03-08' -EndDate '2025-03-10' |
            ForEach-Object { $_.DateTimeStart.UtcDateTime.ToString('o') }
    }

    It 'reads the <Format> form as the same instants' -TestCases @(
        @{ Format = 'utc' }
        @{ Format = 'offset' }
        @{ Format = 'local' }
    ) {
        $server = Start-InnerSpaceSandbox -ArgumentList '--buildings', '3', '--timestamp-format', $Format
        try {
            $session = Connect-InnerSpace -BaseUri $server.BaseUri -Credential $server.Credential -PassThru
            # A DST change in New York (72) and none in Chicago's May: both must come out right.
            $rows = @(Get-BuildingInsight 71, 72 -StartDate '2025-03-08' -EndDate '2025-03-10' `
                -Session $session -WarningVariable warned)

            $warned | Should -BeNullOrEmpty
            $rows.Count | Should -Be (2 * (24 + 23 + 24))
            $utc = $rows | ForEach-Object { $_.DateTimeStart.UtcDateTime.ToString('o') }
            $reference.Count | Should -Be $rows.Count
            $utc | Should -Be $reference
        }
        finally {
            $server | Stop-InnerSpaceSandbox
        }
    }
}

