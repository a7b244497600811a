BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $sandbox = Start-InnerSpaceSandbox
    Connect-InnerSpace -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential

    $demoDay = [datetime]'2025-05-01'
    $columns = 'BuildingId', 'SiteId', 'GroupId', 'Granularity', 'DateTimeStart', 'DatePartition',
        'OccupancyMean'
}

AfterAll {
    $sandbox | Stop-InnerSpaceSandbox
}

Describe 'Get-BuildingInsight' {
    Context 'When asked for the demo day at PT1H' {
        BeforeAll {
            $rows = @(Get-BuildingInsight -BuildingId 71 -Date $demoDay)
        }

        It 'returns one typed row per local hour, in time order' {
            $rows.Count | Should -Be 24
            $rows[0].PSObject.Properties.Name | Should -Be $columns
            $rows[0].PSObject.TypeNames[0] | Should -Be 'InnerSpace.BuildingInsight'
            $rows[0].BuildingId | Should -BeOfType [int]
            $rows[0].SiteId | Should -BeOfType [long]
            $rows[0].SiteId | Should -Be 900000222
            $rows[0].GroupId | Should -Be 'all-e707b3a8-0732-49ae-9156-13ff1138540e'
            $rows[0].DatePartition | Should -Be $demoDay
            $rows[0].OccupancyMean | Should -BeOfType [double]
            $starts = $rows.DateTimeStart
            $starts[0] | Should -BeOfType [DateTimeOffset]
            # Building 71 is in Chicago: local midnight on 1 May is 05:00 UTC (CDT).
            $starts[0].UtcDateTime | Should -Be ([datetime]::new(2025, 5, 1, 5, 0, 0, [DateTimeKind]::Utc))
            foreach ($hour in 1..23) {
                ($starts[$hour] - $starts[$hour - 1]) | Should -Be ([timespan]::FromHours(1))
            }
        }

        It 'shows a working day: busier at 10:00 than at 03:00 local time' {
            $rows[10].OccupancyMean | Should -BeGreaterThan ($rows[3].OccupancyMean + 10)
        }

        It 'round-trips through Export-Csv and Import-Csv with every column and value' {
            $csv = Join-Path $TestDrive 'demo.csv'
            $rows | Export-Csv -LiteralPath $csv -NoTypeInformation

            $back = @(Import-Csv -LiteralPath $csv)

            $back.Count | Should -Be 24
            $back[0].PSObject.Properties.Name | Should -Be $columns
            foreach ($index in 0..23) {
                [int]$back[$index].BuildingId | Should -Be $rows[$index].BuildingId
                [double]$back[$index].OccupancyMean | Should -Be $rows[$index].OccupancyMean
                [DateTimeOffset]$back[$index].DateTimeStart | Should -Be $rows[$index].DateTimeStart
            }
        }
    }

    Context 'When filters and granularity vary' {
        It 'gives one P1D row that is the mean of the day''s hours' {
            $hours = Get-BuildingInsight 71 $demoDay
            $day = @(Get-BuildingInsight 71 $demoDay -Granularity P1D)

            $day.Count | Should -Be 1
            $mean = ($hours.OccupancyMean | Measure-Object -Average).Average
            [math]::Abs($day[0].OccupancyMean - $mean) | Should -BeLessThan 0.01
        }

        It 'filters by site and by either form of the everyone group' -TestCases @(
            @{ Group = 'all-e707b3a8-0732-49ae-9156-13ff1138540e' }
            @{ Group = '00000000-0000-0000-0000-000000000000' }
        ) {
            $rows = @(Get-BuildingInsight 71 $demoDay -SiteId 900000222 -GroupId $Group)

            $rows.Count | Should -Be 24
        }

        It 'accepts the granularity in any case' {
            $rows = @(Get-BuildingInsight 71 $demoDay -Granularity pt1h)

            $rows.Count | Should -Be 24
            $rows[0].Granularity | Should -Be 'PT1H'
        }

        It 'takes building ids from the pipeline by value' {
            $rows = @(71, 71 | Get-BuildingInsight -Date $demoDay)

            $rows.Count | Should -Be 48
        }

        It 'warns when a request finds no rows' {
            $rows = @(Get-BuildingInsight 71 '2030-01-01' -WarningVariable warned -WarningAction SilentlyContinue)

            $rows.Count | Should -Be 0
            $warned | Should -Match 'No rows for building 71, 2030-01-01, PT1H'
        }

        It 'takes the building from the pipeline by property name' {
            $rows = @([pscustomobject]@{ Id = 71 } | Get-BuildingInsight -Date $demoDay)

            $rows.Count | Should -Be 24
        }

        It 'sends a group id with quotes and braces as data, which matches nothing' {
            $rows = @(Get-BuildingInsight 71 $demoDay -GroupId 'x"}}) { __typename } #' -ErrorVariable failures)

            $rows.Count | Should -Be 0
            $failures | Should -BeNullOrEmpty
        }
    }

    Context 'When the input is impossible' {
        It 'refuses <Case> before any request' -TestCases @(
            @{ Case = 'building 0'; Arguments = @{ BuildingId = 0; Date = '2025-05-01' } }
            @{
                Case      = 'an unknown granularity'
                Arguments = @{ BuildingId = 71; Date = '2025-05-01'; Granularity = 'PT2H' }
            }
        ) {
            { Get-BuildingInsight @Arguments } |
                Should -Throw -ErrorId 'ParameterArgumentValidationError,InnerSpace.Commands.GetBuildingInsightCommand'
        }
    }
}

Describe 'Get-BuildingInsight when the answer is broken' {
    It 'writes ApiResponseInvalid for a body that is not JSON, without inventing rows' {
        $null = Invoke-RestMethod -Method Post -Uri ([uri]::new($sandbox.BaseUri, 'sandbox/faults')) `
            -ContentType 'application/json' -Body '{"kind":"invalid-json"}'

        $rows = @(Get-BuildingInsight 71 $demoDay -ErrorVariable failures -ErrorAction SilentlyContinue)

        $rows.Count | Should -Be 0
        $failures[0].FullyQualifiedErrorId |
            Should -Be 'ApiResponseInvalid,InnerSpace.Commands.GetBuildingInsightCommand'
        $failures[0].Exception.Message | Should -Match 'after 0 rows'
        $failures[0].CategoryInfo.Category | Should -Be 'InvalidResult'
    }

    It 'asks again for a body that broke off and writes every row exactly once' {
        $before = (Get-SandboxStats $sandbox).queries
        $null = Invoke-RestMethod -Method Post -Uri ([uri]::new($sandbox.BaseUri, 'sandbox/faults')) `
            -ContentType 'application/json' -Body '{"kind":"truncate"}'

        $rows = @(Get-BuildingInsight 71 $demoDay -ErrorVariable failures -WarningVariable warned `
            -WarningAction SilentlyContinue)

        $failures | Should -BeNullOrEmpty
        $warned | Should -Match 'broke off'
        $rows.Count | Should -Be 24
        @($rows.DateTimeStart | Select-Object -Unique).Count | Should -Be 24
        (Get-SandboxStats $sandbox).queries - $before | Should -Be 2
    }

    It 'gives up with ApiResponseIncomplete when every answer breaks off' {
        $null = Invoke-RestMethod -Method Post -Uri ([uri]::new($sandbox.BaseUri, 'sandbox/faults')) `
            -ContentType 'application/json' -Body '{"kind":"truncate","count":3}'

        $rows = @(Get-BuildingInsight 71 $demoDay -ErrorVariable failures -ErrorAction SilentlyContinue `
            -WarningAction SilentlyContinue)

        $rows.Count | Should -BeLessThan 24
        $failures[0].FullyQualifiedErrorId |
            Should -Be 'ApiResponseIncomplete,InnerSpace.Commands.GetBuildingInsightCommand'
    }
}

Describe 'Get-BuildingInsight with a session that expires' {
    BeforeAll {
        $shortLived = Start-InnerSpaceSandbox -ArgumentList '--session-ttl', '1'
        $session = Connect-InnerSpace -BaseUri $shortLived.BaseUri -Credential $shortLived.Credential -PassThru
    }

    AfterAll {
        $shortLived | Stop-InnerSpaceSandbox
    }

    It 'exchanges the credentials again once and returns every row' {
        Start-Sleep -Milliseconds 1500

        $rows = @(Get-BuildingInsight 71 $demoDay -Session $session -ErrorVariable failures)

        $rows.Count | Should -Be 24
        $failures | Should -BeNullOrEmpty
        (Get-SandboxStats $shortLived).tokenExchanges | Should -Be 2
        $session.RefreshCount | Should -Be 1
    }
}
